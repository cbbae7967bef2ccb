/**
 * Fixed-width unsigned integers packed back to back, least significant bit first, in a byte
 * array (the layout sphinxbase's trie uses, and the one our artifact keeps). Widths are at most
 * 25 bits so that one unaligned little-endian 32-bit read always covers a value.
 */

/** Largest field width the 32-bit single-read trick supports (25 + 7 bits of misalignment). */
export const MAX_BIT_WIDTH = 25;

/** Bytes needed to hold `count` values of `width` bits, plus 4 bytes of slack for the 32-bit reads. */
export function packedByteLength(count: number, width: number): number {
  return Math.ceil((count * width) / 8) + 4;
}

/** Number of bits needed to store every integer in 0..max (at least 1). */
export function bitsFor(max: number): number {
  let bits = 1;
  while (2 ** bits <= max) bits++;
  return bits;
}

/** Read the `width`-bit value at bit offset `bit`; `mask` must be (1 << width) - 1. */
export function readBitsAt(view: DataView, bit: number, mask: number): number {
  return (view.getUint32(bit >>> 3, true) >>> (bit & 7)) & mask;
}

/** Pack `values` (each below 2^width) into a fresh byte array of `packedByteLength` bytes. */
export function packBits(values: ArrayLike<number>, width: number): Uint8Array {
  if (width < 1 || width > MAX_BIT_WIDTH) throw new RangeError(`bit width ${width} out of range`);
  const out = new Uint8Array(packedByteLength(values.length, width));
  const limit = 2 ** width;
  let bit = 0;
  for (let i = 0; i < values.length; i++, bit += width) {
    const v = values[i] as number;
    if (v < 0 || v >= limit) throw new RangeError(`value ${v} does not fit in ${width} bits`);
    // Spread the value over the bytes it touches, low bits first.
    let byte = bit >>> 3;
    let shifted = v * 2 ** (bit & 7);
    while (shifted > 0) {
      out[byte] = (out[byte] as number) | (shifted & 0xff);
      shifted = Math.floor(shifted / 256);
      byte++;
    }
  }
  return out;
}
