/** Small, fast, platform-independent 32-bit hashes for fingerprints (no crypto needed). */

/** MurmurHash3's 32-bit finaliser: spreads the bits of `h` (returns an unsigned 32-bit integer). */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of `s`, finalised with {@link fmix32}. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Order-sensitive combination of a running hash and a 32-bit value. */
export function combine(h: number, v: number): number {
  return fmix32((Math.imul(h ^ 0x27d4eb2f, 0x9e3779b1) + v) | 0);
}
