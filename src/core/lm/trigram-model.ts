/**
 * Katz back-off trigram model over the `models/lm.bin` artifact (see compact-layout.ts for the
 * layout). The trie is keyed on the reversed n-gram: under each predicted word w3 sit the bigram
 * entries "w2 w3" (sorted by w2), and under each of those the trigram entries "w1 w2 w3" (sorted by
 * w1). Lookups are interpolation searches over bit-packed word ids; nothing allocates per call.
 */
import { readArtifact, sectionView, type LmHeader } from './artifact.js';
import { popcount } from './compact-layout.js';
import { LOG10_OF_SPHINX_BASE } from './log-base.js';

/** Result of `TrigramModel.scoreSentence`. */
export interface SentenceScore {
  /** Sum of the scored words' log10 probabilities (including `</s>` when `markers` is set). */
  total: number;
  /** log10 probability of each input word, in input order; 0 for OOV words and `<s>`, which are not scored. */
  perWord: number[];
  /** Number of out-of-vocabulary words (skipped, and they break the context, as in sphinx_lm_eval). */
  oovs: number;
}

/** Options of `TrigramModel.scoreSentence`. */
export interface ScoreOptions {
  /** Wrap the words in `<s>` … `</s>` (default false, like `sphinx_lm_eval -text`). */
  markers?: boolean;
}

/** log2 of the slots of the (w1, w2) backoff cache. */
const BO_CACHE_BITS = 16;
const BO_CACHE_SIZE = 1 << BO_CACHE_BITS;
/** log2 of the slots of the (w2, w3) bigram-entry cache: one entry serves every w1. */
const BI_CACHE_BITS = 16;
const BI_CACHE_SIZE = 1 << BI_CACHE_BITS;
/** log2 of the slots of the (w1, w2, w3) result cache (1.3 MB of typed arrays). */
const RESULT_CACHE_BITS = 16;
const RESULT_CACHE_SIZE = 1 << RESULT_CACHE_BITS;

const toLog10 = (src: Float32Array): Float64Array => {
  const out = new Float64Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = (src[i] as number) * LOG10_OF_SPHINX_BASE;
  return out;
};

/** A trigram language model loaded from the artifact bytes; safe to use in browsers. */
export class TrigramModel {
  /** The artifact header (provenance, counts). */
  readonly header: LmHeader;
  /** Number of words in the vocabulary. */
  readonly vocabSize: number;
  /** Id of `<s>`. */
  readonly bos: number;
  /** Id of `</s>`. */
  readonly eos: number;
  /**
   * Id of the unknown-word token, or -1: this model (like sphinx_lm_eval with it) has no `<unk>`,
   * so out-of-vocabulary words have no id and `logProb` returns `oovLogProb` for them.
   */
  readonly unk: number;
  /** Score `logProb` gives a word id outside the vocabulary: the lowest unigram log10 probability (other than `<s>`). */
  readonly oovLogProb: number;

  private readonly words: string[];
  private readonly ids: Map<string, number>;
  private readonly uniProb: Float64Array;
  private readonly uniBo: Float64Array;
  /** Per unigram w: [2w] first bigram entry, [2w + 1] first trigram entry under it. */
  private readonly uniPtr: Uint32Array;
  private readonly biProb: Float64Array;
  private readonly biBo: Float64Array;
  private readonly triProb: Float64Array;
  private readonly biWord: DataView;
  /** Per bigram entry: prob index << 16 | trigram offset from the unigram's first trigram. */
  private readonly biData: Uint32Array;
  private readonly biBoFlags: Uint32Array;
  private readonly biBoRank: Uint32Array;
  private readonly biBoIdx: Uint16Array;
  private readonly triWord: DataView;
  private readonly triProbIdx: Uint16Array;
  private readonly wordBits: number;
  private readonly wordMask: number;
  // Direct-mapped caches (no allocation, no eviction logic): the decoder asks the same contexts
  // and n-grams over and over, and a hit skips the searches and their cache misses.
  private readonly boKeys = new Int32Array(2 * BO_CACHE_SIZE).fill(-2);
  private readonly boVals = new Float64Array(BO_CACHE_SIZE);
  private readonly biKeys = new Int32Array(2 * BI_CACHE_SIZE).fill(-2);
  private readonly biIdx = new Int32Array(BI_CACHE_SIZE);
  private readonly hitKeys = new Int32Array(3 * RESULT_CACHE_SIZE).fill(-2);
  private readonly hitVals = new Float64Array(RESULT_CACHE_SIZE);

  /** Load from the bytes of `models/lm.bin` (copied once if not 8-byte aligned). */
  constructor(bytes: Uint8Array | ArrayBuffer) {
    const a = readArtifact(bytes);
    this.header = a.header;
    const packed = (name: string): DataView => {
      const u8 = sectionView(a, name, 'u8');
      return new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
    };
    this.words = new TextDecoder().decode(sectionView(a, 'vocab', 'u8')).split('\n');
    this.vocabSize = this.words.length;
    this.ids = new Map();
    for (let i = 0; i < this.words.length; i++) this.ids.set(this.words[i] as string, i);
    this.uniProb = toLog10(sectionView(a, 'uniProb', 'f32'));
    this.uniBo = toLog10(sectionView(a, 'uniBo', 'f32'));
    this.uniPtr = sectionView(a, 'uniPtr', 'u32');
    this.biProb = toLog10(sectionView(a, 'biProbTable', 'f32'));
    this.biBo = toLog10(sectionView(a, 'biBoTable', 'f32'));
    this.triProb = toLog10(sectionView(a, 'triProbTable', 'f32'));
    this.biWord = packed('biWord');
    this.biData = sectionView(a, 'biData', 'u32');
    this.biBoFlags = sectionView(a, 'biBoFlags', 'u32');
    this.biBoRank = sectionView(a, 'biBoRank', 'u32');
    this.biBoIdx = sectionView(a, 'biBoIdx', 'u16');
    this.triWord = packed('triWord');
    this.triProbIdx = sectionView(a, 'triProbIdx', 'u16');
    this.wordBits = a.header.wordBits;
    this.wordMask = 2 ** this.wordBits - 1;
    const [n1, n2, n3] = a.header.counts;
    if (this.vocabSize !== n1 || this.uniPtr.length !== 2 * (n1 + 1) || this.biData.length !== n2 || this.triProbIdx.length !== n3) {
      throw new Error('artifact sections disagree with the header counts');
    }
    this.bos = this.wordId('<s>');
    this.eos = this.wordId('</s>');
    this.unk = this.ids.get('<unk>') ?? this.ids.get('<UNK>') ?? -1;
    let min = 0;
    // <s> carries sphinx's -99 "never predicted" score; it is no model of an unseen word.
    for (let i = 0; i < n1; i++) if (i !== this.bos) min = Math.min(min, this.uniProb[i] as number);
    this.oovLogProb = min;
  }

  /** Vocabulary id of `word` (exact match; the vocabulary is lower case), or -1. */
  wordId(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /** The word with id `id`; throws on an invalid id. */
  word(id: number): string {
    const w = this.words[id];
    if (w === undefined) throw new RangeError(`no word with id ${id}`);
    return w;
  }

  /**
   * log10 P(w3 | w1 w2) with Katz back-off, exactly as sphinxbase scores the source model.
   * Pass w1 = -1 for a bigram context, w2 = -1 for none (w1 is then ignored).
   */
  logProb(w1: number, w2: number, w3: number): number {
    const slot = (Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca77) ^ Math.imul(w3, 0xc2b2ae3d)) >>> (32 - RESULT_CACHE_BITS);
    const k = 3 * slot;
    const keys = this.hitKeys;
    if (keys[k] === w1 && keys[k + 1] === w2 && keys[k + 2] === w3) return this.hitVals[slot] as number;
    const p = this.lookup(w1, w2, w3);
    keys[k] = w1;
    keys[k + 1] = w2;
    keys[k + 2] = w3;
    this.hitVals[slot] = p;
    return p;
  }

  /** The uncached `logProb`. */
  private lookup(w1: number, w2: number, w3: number): number {
    if (w3 < 0 || w3 >= this.vocabSize) return this.oovLogProb;
    const uni = this.uniProb[w3] as number;
    if (w2 < 0 || w2 >= this.vocabSize) return uni;
    const e = this.uniPtr[2 * w3 + 2] as number;
    const i = this.bigramIndex(w2, w3);
    if (i < 0) {
      // No "w2 w3": back off through bo(w2) and, with a full context, bo(w1 w2).
      return uni + (this.uniBo[w2] as number) + (w1 < 0 ? 0 : this.contextBackoff(w1, w2));
    }
    const d = this.biData[i] as number;
    const bi = this.biProb[d >>> 16] as number;
    if (w1 < 0 || w1 >= this.vocabSize) return bi;
    const base = this.uniPtr[2 * w3 + 1] as number;
    const ts = base + (d & 0xffff);
    const te = i + 1 < e ? base + ((this.biData[i + 1] as number) & 0xffff) : (this.uniPtr[2 * w3 + 3] as number);
    const j = ts < te ? this.find(this.triWord, ts, te, w1) : -1;
    if (j >= 0) return this.triProb[this.triProbIdx[j] as number] as number;
    return bi + this.contextBackoff(w1, w2);
  }

  /**
   * Entry index of the bigram "w1 w2" (stored under w2), or -1; cached, since both the probability
   * of "w1 w2" and the back-off weight of the context "w1 w2" need it.
   */
  private bigramIndex(w1: number, w2: number): number {
    const slot = (Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0xc2b2ae3d)) >>> (32 - BI_CACHE_BITS);
    const keys = this.biKeys;
    if (keys[2 * slot] === w1 && keys[2 * slot + 1] === w2) return this.biIdx[slot] as number;
    const i = this.find(this.biWord, this.uniPtr[2 * w2] as number, this.uniPtr[2 * w2 + 2] as number, w1);
    keys[2 * slot] = w1;
    keys[2 * slot + 1] = w2;
    this.biIdx[slot] = i;
    return i;
  }

  /** log10 backoff weight of the bigram "w1 w2" (0 when it is not in the model). */
  bigramBackoff(w1: number, w2: number): number {
    if (w1 < 0 || w2 < 0 || w1 >= this.vocabSize || w2 >= this.vocabSize) return 0;
    return this.contextBackoff(w1, w2);
  }

  /** log10 backoff weight of the unigram `w` (0 for an invalid id). */
  unigramBackoff(w: number): number {
    return w >= 0 && w < this.vocabSize ? (this.uniBo[w] as number) : 0;
  }

  /**
   * Score a sentence the way `sphinx_lm_eval -text` does: each word given up to two preceding words
   * of context; `<s>` is a context cue and not scored; an OOV word is skipped and breaks the context.
   * With `markers`, the words are wrapped in `<s>` … `</s>` first.
   */
  scoreSentence(words: readonly string[], options: ScoreOptions = {}): SentenceScore {
    const tokens = options.markers ? ['<s>', ...words, '</s>'] : [...words];
    const perWord: number[] = [];
    let total = 0;
    let oovs = 0;
    let h1 = -1;
    let h2 = -1;
    for (let k = 0; k < tokens.length; k++) {
      const id = this.wordId(tokens[k] as string);
      let score = 0;
      if (id < 0) oovs++;
      else if (id !== this.bos) score = this.logProb(h1, h2, id);
      total += score;
      if (!options.markers || (k > 0 && k < tokens.length - 1)) perWord.push(score);
      h1 = h2;
      h2 = id;
    }
    return { total, perWord, oovs };
  }

  /** Backoff of bigram "w1 w2", looked up under w2; cached per context. */
  private contextBackoff(w1: number, w2: number): number {
    const slot = (Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca77)) >>> (32 - BO_CACHE_BITS);
    const keys = this.boKeys;
    if (keys[2 * slot] === w1 && keys[2 * slot + 1] === w2) return this.boVals[slot] as number;
    let bo = 0;
    const i = this.bigramIndex(w1, w2);
    if (i >= 0) {
      const word = this.biBoFlags[i >>> 5] as number;
      const bit = 1 << (i & 31);
      if (word & bit) {
        const rank = (this.biBoRank[i >>> 5] as number) + popcount(word & (bit - 1));
        bo = this.biBo[this.biBoIdx[rank] as number] as number;
      }
    }
    keys[2 * slot] = w1;
    keys[2 * slot + 1] = w2;
    this.boVals[slot] = bo;
    return bo;
  }

  /**
   * Index in [b, e) of the entry whose packed word id is `key`, or -1. Interpolation search (ids
   * in a range are spread fairly evenly), falling back to bisection when a guess makes little
   * progress, and to a linear scan on short ranges.
   */
  private find(view: DataView, b: number, e: number, key: number): number {
    const bits = this.wordBits;
    const mask = this.wordMask;
    let lo = b;
    let hi = e - 1;
    while (hi - lo > 8) {
      const vlo = (view.getUint32((lo * bits) >>> 3, true) >>> ((lo * bits) & 7)) & mask;
      const vhi = (view.getUint32((hi * bits) >>> 3, true) >>> ((hi * bits) & 7)) & mask;
      if (key < vlo || key > vhi) return -1;
      const span = hi - lo;
      let mid = lo + Math.floor(((key - vlo) * span) / (vhi - vlo + 1));
      const v = (view.getUint32((mid * bits) >>> 3, true) >>> ((mid * bits) & 7)) & mask;
      if (v === key) return mid;
      if (v < key) lo = mid + 1;
      else hi = mid - 1;
      // A guess that left most of the range: bisect what remains once.
      if (hi - lo > span >>> 1) {
        mid = (lo + hi) >>> 1;
        const m = (view.getUint32((mid * bits) >>> 3, true) >>> ((mid * bits) & 7)) & mask;
        if (m === key) return mid;
        if (m < key) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    for (let k = lo; k <= hi; k++) {
      const v = (view.getUint32((k * bits) >>> 3, true) >>> ((k * bits) & 7)) & mask;
      if (v === key) return k;
      if (v > key) return -1;
    }
    return -1;
  }
}
