/**
 * Word alignment of an original and its spun copy: longest matching blocks (difflib-equivalent)
 * over lower-cased words, and the gaps between blocks read as substitutions (both sides have
 * words), insertions or deletions. Equal-length gaps are paired word by word, since spinners
 * substitute word by word; unequal short gaps are one phrase substitution ("came" -> "got here").
 */
import { matchingBlocks } from '../metrics/matching-blocks.js';
import { spunWords } from '../metrics/restore.js';
import { addAnchors, ambiguous, emptyAnchors, splitGap, wordByWord, type Anchors } from './split-gaps.js';
import { phrase, wordKey } from './words.js';

export { phrase } from './words.js';

/** A word of a text with its offsets. */
export interface WordSpan {
  /** The word as written. */
  text: string;
  /** Start offset (UTF-16). */
  start: number;
  /** End offset, exclusive. */
  end: number;
}

/** One step of an alignment. */
export interface AlignOp {
  /** What happened to these words. */
  type: 'keep' | 'substitute' | 'insert' | 'delete';
  /** Index of the first original word, and how many (0 for an insertion). */
  a: number;
  /** Number of original words. */
  aLength: number;
  /** Index of the first spun word. */
  b: number;
  /** Number of spun words (0 for a deletion). */
  bLength: number;
}

/** A substitution with how often it occurs. */
export interface SubstitutionCount {
  /** Original phrase, lower case. */
  original: string;
  /** Spun phrase, lower case. */
  spun: string;
  /** Occurrences. */
  count: number;
}

/** The alignment of an original and a spun text. */
export interface Alignment {
  /** Words of the original. */
  originalWords: WordSpan[];
  /** Words of the spun text. */
  spunWords: WordSpan[];
  /** Steps in text order. */
  ops: AlignOp[];
  /** Substitutions with counts, most frequent first (ties alphabetical). */
  substitutions: SubstitutionCount[];
  /** Spin rate as docs/metrics.md counts it: share of the original's words not matched unchanged. */
  spinRate: number;
  /** Words of the original (metric tokens). */
  words: number;
  /** Of those, the spun ones. */
  spun: number;
}

/** Gaps with more words than this on a side are read as a deletion plus an insertion. */
const MAX_PHRASE_GAP = 8;

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

/** The words of a text with their offsets. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Aligns an original with its spun copy. A gap where neighbouring substitutions ran together is
 * split by `anchors` (split-gaps.ts): by default the pair's own unambiguous substitutions; learning
 * passes those of all its pairs.
 */
export function alignTexts(original: string, spun: string, anchors?: Anchors): Alignment {
  const a = wordSpans(original);
  const b = wordSpans(spun);
  const blocks = matchingBlocks(a.map(wordKey), b.map(wordKey));
  const raw: AlignOp[] = [];
  let i = 0;
  let j = 0;
  for (const block of blocks) {
    gapOps(i, block.a - i, j, block.b - j, raw);
    if (block.size > 0) raw.push({ type: 'keep', a: block.a, aLength: block.size, b: block.b, bLength: block.size });
    i = block.a + block.size;
    j = block.b + block.size;
  }
  let own = anchors;
  if (own === undefined) addAnchors((own = emptyAnchors()), raw, a, b);
  const ops = splitGaps(raw, a, b, own);
  const mask = spunWords(original, spun);
  const spunCount = mask.filter(Boolean).length;
  return {
    originalWords: a,
    spunWords: b,
    ops,
    substitutions: substitutionCounts(ops, a, b),
    spinRate: mask.length === 0 ? 0 : spunCount / mask.length,
    words: mask.length,
    spun: spunCount,
  };
}

/** The alignment with its ambiguous gaps split again by other anchors (those of many pairs). */
export function resplit(al: Alignment, anchors: Anchors): Alignment {
  const ops = splitGaps(al.ops, al.originalWords, al.spunWords, anchors);
  return { ...al, ops, substitutions: substitutionCounts(ops, al.originalWords, al.spunWords) };
}

/**
 * Ops with every gap of substitutions cut again: equal sides word by word, unequal ones by the
 * anchors. Consecutive substitutions are pieces of one gap (a kept block parts two gaps), so they
 * are joined first and new anchors see the whole gap.
 */
function splitGaps(ops: readonly AlignOp[], a: readonly WordSpan[], b: readonly WordSpan[], anchors: Anchors): AlignOp[] {
  const out: AlignOp[] = [];
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k] as AlignOp;
    if (op.type !== 'substitute') {
      out.push(op);
      continue;
    }
    let gap = op;
    while (ops[k + 1]?.type === 'substitute') {
      const next = ops[++k] as AlignOp;
      gap = { type: 'substitute', a: gap.a, aLength: gap.aLength + next.aLength, b: gap.b, bLength: gap.bLength + next.bLength };
    }
    if (gap.aLength === gap.bLength) out.push(...wordByWord(gap.a, gap.b, gap.aLength));
    else out.push(...(ambiguous(gap) ? splitGap(gap, a, b, anchors) : [gap]));
  }
  return out;
}

function substitutionCounts(ops: readonly AlignOp[], a: readonly WordSpan[], b: readonly WordSpan[]): SubstitutionCount[] {
  const counts = new Map<string, SubstitutionCount>();
  for (const op of ops) {
    if (op.type !== 'substitute') continue;
    const o = phrase(a, op.a, op.aLength);
    const s = phrase(b, op.b, op.bLength);
    if (o === s) continue;
    const k = `${o}\t${s}`;
    const entry = counts.get(k);
    if (entry) entry.count++;
    else counts.set(k, { original: o, spun: s, count: 1 });
  }
  return [...counts.values()].sort(
    (x, y) => y.count - x.count || (x.original < y.original ? -1 : x.original > y.original ? 1 : x.spun < y.spun ? -1 : x.spun > y.spun ? 1 : 0),
  );
}

function gapOps(a: number, n: number, b: number, m: number, ops: AlignOp[]): void {
  if (n === 0 && m === 0) return;
  if (n === 0) ops.push({ type: 'insert', a, aLength: 0, b, bLength: m });
  else if (m === 0) ops.push({ type: 'delete', a, aLength: n, b, bLength: 0 });
  else if (n === m) ops.push(...wordByWord(a, b, n));
  else if (n <= MAX_PHRASE_GAP && m <= MAX_PHRASE_GAP) ops.push({ type: 'substitute', a, aLength: n, b, bLength: m });
  else {
    ops.push({ type: 'delete', a, aLength: n, b, bLength: 0 });
    ops.push({ type: 'insert', a: a + n, aLength: 0, b, bLength: m });
  }
}
