/**
 * The string hash used by the lexicon artifact's lemma table (FNV-1a, 32-bit, over UTF-8 bytes).
 * Shared by the writer and the reader, so it must never change without a new artifact version.
 */

const encoder = new TextEncoder();

/** FNV-1a of `bytes[start, end)`. */
export function fnv1aBytes(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h >>> 0;
}

/**
 * UTF-8 bytes of `s` for hashing, or null when `s` is ASCII (then its char codes are its bytes and
 * callers hash it without allocating).
 */
export function utf8IfNeeded(s: string): Uint8Array | null {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return encoder.encode(s);
  return null;
}

/** FNV-1a of an ASCII string's char codes (equal to the hash of its UTF-8 bytes). */
export function fnv1aAscii(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
