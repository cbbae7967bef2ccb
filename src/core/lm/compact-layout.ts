/**
 * Turns a sphinx trie into the sections of our artifact. The trie shape (keyed on the reversed
 * n-gram, sibling ranges sorted by word id) and sphinx's 16-bit quantisation are kept exactly, so
 * every score is bit-for-bit the source's; the space is saved elsewhere, losslessly:
 * - trigram pointers are stored as 16-bit offsets from a per-unigram base instead of 21 bits;
 * - bigram backoffs (86% are exactly 0) are stored sparsely behind a bitset with a rank index;
 * - everything except the word-id keys is byte-aligned, so reads are plain typed-array loads, and
 *   fields read together are interleaved (uniPtr: next, triBase; biData: probIdx << 16 | nextRel).
 */
import { packBits } from './bit-array.js';
import type { SectionData } from './artifact.js';
import type { SphinxTrie } from './sphinx-trie.js';

/** Build the named sections for `writeArtifact`, plus the word-id width they use. */
export function compactSections(t: SphinxTrie, wordBits: number): Record<string, SectionData> {
  const [n1, n2, n3] = t.counts;
  const uniTriBase = new Uint32Array(n1 + 1);
  for (let w = 0; w <= n1; w++) uniTriBase[w] = t.biNext[t.uniNext[w] as number] as number;
  if (uniTriBase[n1] !== n3) throw new Error('trigram pointers do not end at the trigram count');

  // Interleave each bigram's prob index and trigram offset, and each unigram's two pointers, so
  // a lookup touches one cache line per level rather than one per field.
  const biData = new Uint32Array(n2);
  for (let w = 0; w < n1; w++) {
    const base = uniTriBase[w] as number;
    for (let i = t.uniNext[w] as number; i < (t.uniNext[w + 1] as number); i++) {
      const rel = (t.biNext[i] as number) - base;
      if (rel > 0xffff) throw new Error(`trigram offset ${rel} under word ${w} exceeds 16 bits`);
      biData[i] = (((t.biProbIdx[i] as number) << 16) | rel) >>> 0;
    }
  }

  const biBoFlags = new Uint32Array((n2 + 31) >>> 5);
  const nonZero: number[] = [];
  for (let i = 0; i < n2; i++) {
    const idx = t.biBoIdx[i] as number;
    if (t.biBoTable[idx] !== 0) {
      biBoFlags[i >>> 5] = ((biBoFlags[i >>> 5] as number) | (1 << (i & 31))) >>> 0;
      nonZero.push(idx);
    }
  }
  const biBoRank = new Uint32Array(biBoFlags.length);
  for (let k = 1; k < biBoFlags.length; k++) biBoRank[k] = (biBoRank[k - 1] as number) + popcount(biBoFlags[k - 1] as number);

  return {
    vocab: new TextEncoder().encode(t.vocab.join('\n')),
    uniProb: t.uniProb,
    uniBo: t.uniBo,
    uniPtr: Uint32Array.from({ length: 2 * (n1 + 1) }, (_, k) => ((k & 1) ? uniTriBase[k >>> 1] : t.uniNext[k >>> 1]) as number),
    biProbTable: t.biProbTable,
    biBoTable: t.biBoTable,
    triProbTable: t.triProbTable,
    biWord: packBits(t.biWord, wordBits),
    biData,
    biBoFlags,
    biBoRank,
    biBoIdx: Uint16Array.from(nonZero),
    triWord: packBits(t.triWord, wordBits),
    triProbIdx: t.triProbIdx,
  };
}

/** Number of set bits in a 32-bit integer. */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
