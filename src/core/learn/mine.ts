/**
 * Learning a farm's substitution table from aligned (original, spun) pairs: every substitution of
 * the word alignment whose original is a short phrase of words (no digits) is counted, with a few
 * example contexts.
 */
import { alignTexts, resplit, type WordSpan } from './align.js';
import { addAnchors, emptyAnchors, type Anchors } from './split-gaps.js';

/** Anchors for the first alignment: none, so gaps stay whole until every pair's anchors are in. */
const NO_ANCHORS: Anchors = emptyAnchors();
import { MAX_ORIGINAL_WORDS, MAX_SPUN_WORDS, type FarmEntry } from './table-file.js';

/** One training pair. */
export interface TextPair {
  /** The original text. */
  original: string;
  /** Its spun copy. */
  spun: string;
}

/** Options of {@link mineSubstitutions}. */
export interface MineOptions {
  /** Pairs seen fewer times are dropped (default 1). */
  minCount?: number;
  /** Example contexts kept per pair (default 2). */
  contexts?: number;
  /** Words of context on each side (default 4). */
  contextWords?: number;
}

const LETTERS = /^[\p{L}' -]+$/u;

/** Mines substitution pairs with counts and contexts, most frequent first. */
export function mineSubstitutions(pairs: Iterable<TextPair>, options: MineOptions = {}): FarmEntry[] {
  const minCount = options.minCount ?? 1;
  const keep = options.contexts ?? 2;
  const around = options.contextWords ?? 4;
  const table = new Map<string, FarmEntry>();
  // Aligned once; gaps where substitutions ran together are then cut by what all pairs show alone.
  // Twice: a gap cut in the first round leaves its unanchored rest ("several" -> "a number of")
  // as a piece of its own, an anchor for the second.
  let alignments = [...pairs].map((pair) => alignTexts(pair.original, pair.spun, NO_ANCHORS));
  const raw = alignments;
  for (let round = 0; round < 2; round++) {
    const anchors = emptyAnchors();
    for (const al of alignments) addAnchors(anchors, al.ops, al.originalWords, al.spunWords);
    alignments = raw.map((x) => resplit(x, anchors));
  }
  for (const al of alignments) {
    for (const op of al.ops) {
      if (op.type !== 'substitute' || op.aLength > MAX_ORIGINAL_WORDS || op.bLength > MAX_SPUN_WORDS) continue;
      const original = lower(al.originalWords, op.a, op.aLength);
      const spun = lower(al.spunWords, op.b, op.bLength);
      if (original === spun || !LETTERS.test(original) || !LETTERS.test(spun)) continue;
      const k = `${original}\t${spun}`;
      let entry = table.get(k);
      if (entry === undefined) table.set(k, (entry = { original, spun, count: 0, contexts: [] }));
      entry.count++;
      if (entry.contexts.length < keep) {
        const before = al.originalWords.slice(Math.max(0, op.a - around), op.a).map((w) => w.text);
        const after = al.originalWords.slice(op.a + op.aLength, op.a + op.aLength + around).map((w) => w.text);
        const self = al.originalWords.slice(op.a, op.a + op.aLength).map((w) => w.text).join(' ');
        entry.contexts.push([...before, `[${self}]`, ...after].join(' '));
      }
    }
  }
  return [...table.values()]
    .filter((e) => e.count >= minCount)
    .sort((x, y) => y.count - x.count || (x.original < y.original ? -1 : x.original > y.original ? 1 : x.spun < y.spun ? -1 : 1));
}

function lower(words: readonly WordSpan[], from: number, n: number): string {
  return words
    .slice(from, from + n)
    .map((w) => w.text.toLowerCase().replace(/\u2019/g, "'"))
    .join(' ');
}
