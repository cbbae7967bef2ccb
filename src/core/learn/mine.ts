/**
 * Learning a farm's substitution table from aligned (original, spun) pairs: every substitution of
 * the word alignment whose original is a short phrase of words (no digits) is counted, with a few
 * example contexts.
 */
import { alignTexts, resplit } from './align.js';
import { addAnchors, emptyAnchors } from './split-gaps.js';
import { phrase } from './words.js';
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

/**
 * Mines substitution pairs with counts and contexts, most frequent first. Every pair's alignment is
 * held until all are read, since each gap is cut by what the other pairs show.
 */
export function mineSubstitutions(pairs: Iterable<TextPair>, options: MineOptions = {}): FarmEntry[] {
  const minCount = options.minCount ?? 1;
  const keep = options.contexts ?? 2;
  const around = options.contextWords ?? 4;
  const table = new Map<string, FarmEntry>();
  // Aligned once; gaps where substitutions ran together are then cut by what all pairs show alone.
  // Twice: a gap cut in the first round leaves its unanchored rest ("several" -> "a number of")
  // as a piece of its own, an anchor for the second.
  let alignments = [...pairs].map((pair) => alignTexts(pair.original, pair.spun, emptyAnchors()));
  const raw = alignments;
  for (let round = 0; round < 2; round++) {
    const anchors = emptyAnchors();
    for (const al of alignments) addAnchors(anchors, al.ops, al.originalWords, al.spunWords);
    alignments = raw.map((x) => resplit(x, anchors));
  }
  for (const al of alignments) {
    for (const op of al.ops) {
      if (op.type !== 'substitute' || op.aLength > MAX_ORIGINAL_WORDS || op.bLength > MAX_SPUN_WORDS) continue;
      const original = phrase(al.originalWords, op.a, op.aLength);
      const spun = phrase(al.spunWords, op.b, op.bLength);
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
