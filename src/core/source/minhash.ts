/**
 * MinHash by one-permutation hashing (one hash per shingle, K bins, empty bins filled by rotation)
 * and LSH banding: a band is `rows` consecutive bins hashed into one 52-bit key, so two documents
 * share a band key with probability about J^rows for Jaccard similarity J.
 */
import { combine, fmix32 } from './hash.js';

/** MinHash and banding parameters. */
export interface LshParams {
  /** Number of bins (MinHash values) per signature. */
  bins: number;
  /** Bins per band; bins / rows bands. */
  rows: number;
}

/** Defaults used by the index: 64 bins in 64 one-row bands. */
export const DEFAULT_LSH: LshParams = { bins: 64, rows: 1 };

const EMPTY = 0xffffffff;

/** The one-permutation MinHash signature of a set of shingle hashes (empty input: empty signature). */
export function minhashSignature(shingles: ArrayLike<number>, bins: number): Uint32Array {
  if (shingles.length === 0) return new Uint32Array(0);
  const sig = new Uint32Array(bins).fill(EMPTY);
  for (let i = 0; i < shingles.length; i++) {
    const v = fmix32((shingles[i] as number) ^ 0x5bd1e995);
    const bin = v % bins;
    if (v < (sig[bin] as number)) sig[bin] = v;
  }
  // Densify: an empty bin borrows the value of the next filled bin to its right (in the undensified
  // signature), re-hashed with the distance so that borrowed values only agree when both documents
  // borrowed alike.
  const filled = sig.slice();
  for (let b = 0; b < bins; b++) {
    if (filled[b] !== EMPTY) continue;
    for (let d = 1; d < bins; d++) {
      const v = filled[(b + d) % bins] as number;
      if (v !== EMPTY) {
        sig[b] = fmix32(v + Math.imul(d, 0x9e3779b1)) | 0x80000000;
        break;
      }
    }
  }
  return sig;
}

/** The band keys of a signature: one non-negative integer below 2^52 per band, salted by band index. */
export function bandKeys(sig: Uint32Array, rows: number): number[] {
  const keys: number[] = [];
  for (let start = 0, band = 0; start + rows <= sig.length; start += rows, band++) {
    let hi = combine(0x51ed27, band);
    let lo = combine(0x2545f491, band);
    for (let j = start; j < start + rows; j++) {
      hi = combine(hi, sig[j] as number);
      lo = combine(lo, (sig[j] as number) ^ 0xa5a5a5a5);
    }
    keys.push((hi & 0xfffff) * 0x100000000 + lo);
  }
  return keys;
}

/** Share of equal bins of two signatures of the same length: an estimate of the Jaccard similarity. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
