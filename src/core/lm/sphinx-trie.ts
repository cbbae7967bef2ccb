/**
 * Reader for sphinxbase's binary trie language model ("Trie Language Model" files such as
 * pocketsphinx's en-us.lm.bin), written from the format description: a header with the order and
 * n-gram counts, 16-bit quantisation tables, a unigram array, bit-packed middle and highest-order
 * levels of a trie keyed on the *reversed* n-gram, and finally the vocabulary strings. Scores are
 * stored in log base 1.0001 (sphinx's logmath units). Only order 3 is supported.
 */
import { bitsFor, readBitsAt } from './bit-array.js';

const MAGIC = 'Trie Language Model';
/** Sphinx always quantises middle-level prob and backoff, and top-level prob, to 16 bits. */
const QUANT_BITS = 16;
const QUANT_BINS = 1 << QUANT_BITS;

/** A trigram trie read from a sphinx binary model, unpacked into plain typed arrays. */
export interface SphinxTrie {
  /** n-gram entries actually present: [unigrams, bigrams, trigrams] (the header may reserve more). */
  counts: [number, number, number];
  /** Vocabulary, indexed by word id. */
  vocab: string[];
  /** Unigram log1.0001 probabilities and backoffs, length counts[0] + 1 (last is a sentinel). */
  uniProb: Float32Array;
  /** Unigram backoffs (log1.0001). */
  uniBo: Float32Array;
  /** First bigram entry of each unigram; entry counts[0] is the end sentinel. */
  uniNext: Uint32Array;
  /** Dequantisation tables (log1.0001): bigram prob, bigram backoff, trigram prob. */
  biProbTable: Float32Array;
  /** Bigram backoff bin centres. */
  biBoTable: Float32Array;
  /** Trigram prob bin centres. */
  triProbTable: Float32Array;
  /** For bigram entry i under unigram w (the predicted word): the context word. */
  biWord: Uint32Array;
  /** Quantised prob index of each bigram entry. */
  biProbIdx: Uint16Array;
  /** Quantised backoff index of each bigram entry. */
  biBoIdx: Uint16Array;
  /** First trigram entry of each bigram entry; length counts[1] + 1. */
  biNext: Uint32Array;
  /** For trigram entry j: the oldest context word. */
  triWord: Uint32Array;
  /** Quantised prob index of each trigram entry. */
  triProbIdx: Uint16Array;
  /** Trigram sibling ranges found out of order in the file and sorted by the reader. */
  repairedRanges: number;
}

/** Byte size sphinx reserves for a bit-packed level: one extra entry, rounded up, plus 8 bytes. */
function levelBytes(entries: number, totalBits: number): number {
  return Math.floor(((1 + entries) * totalBits + 7) / 8) + 8;
}

/** Parse a sphinx "Trie Language Model" file. Throws on anything unexpected. */
export function parseSphinxTrie(bytes: Uint8Array): SphinxTrie {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new Error('not a sphinx trie language model');
  let pos = MAGIC.length;
  const order = bytes[pos++];
  if (order !== 3) throw new Error(`only trigram models are supported (order ${String(order)})`);
  const counts: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < 3; i++, pos += 4) counts[i] = view.getUint32(pos, true);
  const [n1, n2, n3] = counts;
  pos += 4; // quantiser-type word, unused by the reader

  const floats = (count: number): Float32Array => {
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++, pos += 4) out[i] = view.getFloat32(pos, true);
    return out;
  };
  // Tables are laid out per middle order (prob then backoff), then the top-order prob.
  const biProbTable = floats(QUANT_BINS);
  const biBoTable = floats(QUANT_BINS);
  const triProbTable = floats(QUANT_BINS);

  // Unigram records: float prob, float backoff, uint32 next, with one sentinel record.
  const uniProb = new Float32Array(n1 + 1);
  const uniBo = new Float32Array(n1 + 1);
  const uniNext = new Uint32Array(n1 + 1);
  for (let i = 0; i <= n1; i++, pos += 12) {
    uniProb[i] = view.getFloat32(pos, true);
    uniBo[i] = view.getFloat32(pos + 4, true);
    uniNext[i] = view.getUint32(pos + 8, true);
  }

  const wordBits = bitsFor(n1);
  const wordMask = 2 ** wordBits - 1;
  const quantMask = QUANT_BINS - 1;

  // Middle level: word, backoff index, prob index, next pointer into the top level.
  const nextBits = bitsFor(n3);
  const nextMask = 2 ** nextBits - 1;
  const midBits = wordBits + 2 * QUANT_BITS + nextBits;
  const mid = new DataView(bytes.buffer, bytes.byteOffset + pos, levelBytes(n2, midBits));
  // The header states the space reserved per level; the entries actually used can be fewer
  // (sphinx over-estimates when it adds entries for missing contexts), and the sentinel pointers
  // tell how many.
  const used2 = uniNext[n1] as number;
  if (used2 > n2) throw new Error(`bigram pointer ${used2} beyond ${n2} reserved entries`);
  const biWord = new Uint32Array(used2);
  const biProbIdx = new Uint16Array(used2);
  const biBoIdx = new Uint16Array(used2);
  const biNext = new Uint32Array(used2 + 1);
  for (let i = 0; i <= used2; i++) {
    const bit = i * midBits;
    if (i < used2) {
      biWord[i] = readBitsAt(mid, bit, wordMask);
      biBoIdx[i] = readBitsAt(mid, bit + wordBits, quantMask);
      biProbIdx[i] = readBitsAt(mid, bit + wordBits + QUANT_BITS, quantMask);
    }
    biNext[i] = readBitsAt(mid, bit + wordBits + 2 * QUANT_BITS, nextMask);
  }
  pos += mid.byteLength;

  // Top level: word, prob index.
  const topBits = wordBits + QUANT_BITS;
  const top = new DataView(bytes.buffer, bytes.byteOffset + pos, levelBytes(n3, topBits));
  const used3 = biNext[used2] as number;
  if (used3 > n3) throw new Error(`trigram pointer ${used3} beyond ${n3} reserved entries`);
  const triWord = new Uint32Array(used3);
  const triProbIdx = new Uint16Array(used3);
  for (let j = 0; j < used3; j++) {
    const bit = j * topBits;
    triWord[j] = readBitsAt(top, bit, wordMask);
    triProbIdx[j] = readBitsAt(top, bit + wordBits, quantMask);
  }
  pos += top.byteLength;

  // Vocabulary: int32 byte length, then NUL-terminated strings in id order.
  const vocabBytes = view.getInt32(pos, true);
  pos += 4;
  const vocab = new TextDecoder('utf-8').decode(bytes.subarray(pos, pos + vocabBytes)).split('\0');
  if (vocab[vocab.length - 1] === '') vocab.pop();
  pos += vocabBytes;
  if (pos !== bytes.byteLength) throw new Error(`trailing bytes: read ${pos} of ${bytes.byteLength}`);
  if (vocab.length !== n1) throw new Error(`vocabulary has ${vocab.length} words, expected ${n1}`);

  const trie: SphinxTrie = {
    counts: [n1, used2, used3], vocab, uniProb, uniBo, uniNext, biProbTable, biBoTable, triProbTable,
    biWord, biProbIdx, biBoIdx, biNext, triWord, triProbIdx, repairedRanges: 0,
  };
  trie.repairedRanges = checkTrie(trie);
  return trie;
}

/**
 * Structural checks: pointers monotonic and in range, keys strictly increasing within each sibling
 * range. A few sibling ranges in the Debian model are out of order (sphinx's own search then misses
 * one entry of each); those are sorted in place so every stored n-gram stays reachable.
 * Returns the number of ranges sorted.
 */
function checkTrie(t: SphinxTrie): number {
  const n1 = t.counts[0];
  let repaired = 0;
  const level = (next: Uint32Array, parents: number, words: Uint32Array, payload: Uint16Array[], what: string): void => {
    if (next[0] !== 0) throw new Error(`${what}: bad first pointer`);
    for (let p = 0; p < parents; p++) {
      const b = next[p] as number;
      const e = next[p + 1] as number;
      if (e < b || e > words.length) throw new Error(`${what}: bad pointers at ${p}`);
      let sorted = true;
      for (let i = b; i < e; i++) {
        if ((words[i] as number) >= n1) throw new Error(`${what}: word id out of range at ${i}`);
        if (i > b && (words[i] as number) <= (words[i - 1] as number)) sorted = false;
      }
      if (!sorted) {
        sortRange(words, payload, b, e);
        for (let i = b + 1; i < e; i++) {
          if (words[i] === words[i - 1]) throw new Error(`${what}: duplicate key at ${i}`);
        }
        repaired++;
      }
    }
  };
  // Bigram ranges carry a next pointer per entry, so they cannot be reordered; require them sorted.
  const before = repaired;
  level(t.uniNext, n1, t.biWord, [t.biProbIdx, t.biBoIdx], 'bigram level');
  if (repaired !== before) throw new Error('bigram level: keys not sorted');
  level(t.biNext, t.counts[1], t.triWord, [t.triProbIdx], 'trigram level');
  return repaired;
}

/** Sort words[b..e) ascending, permuting the parallel payload arrays alongside. */
function sortRange(words: Uint32Array, payload: Uint16Array[], b: number, e: number): void {
  const order = Array.from({ length: e - b }, (_, k) => b + k).sort((x, y) => (words[x] as number) - (words[y] as number));
  const w = order.map((i) => words[i] as number);
  const cols = payload.map((col) => order.map((i) => col[i] as number));
  words.set(w, b);
  payload.forEach((col, c) => col.set(cols[c] as number[], b));
}
