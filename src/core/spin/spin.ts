/**
 * The reference spinner: rewrites a text the way synonym spinners do, reproducibly for a seed, and
 * records the true substitutions so that benchmarks can score detection and restoration.
 */
import type { Lexicon, Morphology } from '../lexicon/types.js';
import { tokenize } from '../text/tokenize.js';
import type { Token } from '../types.js';
import { applyCase, casePattern, type CasePattern } from './case.js';
import { mulberry32, sample, type Random } from './prng.js';
import { tableCandidates, type PhraseTable } from './table.js';
import { wordnetCandidates } from './wordnet.js';

/** A span of a text: 0-based UTF-16 offsets (end exclusive) and the text between them. */
export interface Span {
  /** Start offset. */
  offset: number;
  /** End offset, exclusive. */
  end: number;
  /** The text of the span. */
  text: string;
}

/** One true substitution made by the spinner, with its place in the original and in the spun text. */
export interface Substitution {
  /** The replaced span of the original text. */
  original: Span;
  /** The replacement's span in the spun text. */
  spun: Span;
}

/**
 * Spinner styles: `wordnet` (style W) and `table` (style P) of docs/spinners.md, and `farm`: style P
 * as a content farm runs it, with a fixed table applied almost everywhere it matches.
 */
export type SpinStyle = 'wordnet' | 'table' | 'farm';

/**
 * Share of a `farm` table's matches that are replaced. A farm's tool rewrites every phrase its table
 * holds; the rest of the text stays as it was, so a spun form recurs wherever its original would.
 */
export const FARM_REPLACE_PROB = 0.9;

/** Options of `spin`. */
export interface SpinOptions {
  /** Which spinner to imitate. */
  style: SpinStyle;
  /**
   * Probability in [0, 1] that an eligible position is replaced. `wordnet`: each word token that has
   * at least one candidate (wordnetCandidates non-empty) is replaced independently with probability
   * `rate`. `table`: scanning left to right, at each word the longest table entry starting there (up to
   * 4 words, within a run of words separated only by spaces) is replaced with probability `rate`; a
   * replaced phrase is skipped over, otherwise the scan moves on by one word. `farm`: the farm's own
   * table is a `rate` share of the table's entries (drawn with the seed), and each match of one of
   * them is replaced with probability FARM_REPLACE_PROB, scanning as for `table`. Words that cannot be
   * spun do not count, so the share of all words changed is lower than `rate`.
   */
  rate: number;
  /** Seed of the generator; the same text, options and seed give the same output. */
  seed: number;
  /** Phrase table, required for the `table` and `farm` styles (see parseTable). */
  table?: PhraseTable;
  /** Lexicon, required for the `wordnet` style. */
  lexicon?: Lexicon;
  /** Morphology, required for the `wordnet` style. */
  morphology?: Morphology;
}

/** The spun text and the true substitutions, in text order. */
export interface SpinResult {
  /** The spun text: the input with only the substituted spans changed. */
  text: string;
  /** True substitutions with offsets in both texts. */
  alignment: Substitution[];
  /** Number of eligible positions (words or phrase starts that had a candidate). */
  eligible: number;
}

/** A planned replacement of input range [start, end). */
interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** True for word tokens that a spinner may touch: unprotected and containing a letter but no digit. */
export function isSpinnable(token: Token): boolean {
  return token.kind === 'word' && token.protected !== true && /\p{L}/u.test(token.text) && !/\d/.test(token.text);
}

/**
 * Spins `text`: replaces words (style `wordnet`) or phrases (style `table`) by candidates drawn from
 * wordnetCandidates / tableCandidates, keeping layout, whitespace, punctuation, URLs, e-mails, code and
 * numbers as they are, and giving each replacement the case pattern of what it replaces (Number →
 * Quantity, NASA → all caps). Deterministic for a given seed.
 */
export function spin(text: string, options: SpinOptions): SpinResult {
  const { rate } = options;
  if (!(rate >= 0 && rate <= 1)) throw new Error(`spin: rate must be between 0 and 1, got ${rate}`);
  const random = mulberry32(options.seed);
  const tokens = tokenize(text);
  let planned: { edits: Edit[]; eligible: number };
  if (options.style === 'wordnet') {
    const { lexicon, morphology } = options;
    if (!lexicon || !morphology) throw new Error('spin: the wordnet style needs a lexicon and a morphology');
    planned = planWordnet(tokens, rate, random, lexicon, morphology);
  } else if (options.style === 'table') {
    if (!options.table) throw new Error('spin: the table style needs a phrase table');
    planned = planTable(tokens, rate, random, options.table);
  } else if (options.style === 'farm') {
    if (!options.table) throw new Error('spin: the farm style needs a phrase table');
    planned = planTable(tokens, FARM_REPLACE_PROB, random, farmTable(options.table, rate, random));
  } else {
    throw new Error(`spin: unknown style "${String(options.style)}"`);
  }
  return { ...applyEdits(text, planned.edits), eligible: planned.eligible };
}

/** A farm's own table: each entry of `table` kept with probability `share`, in table order. */
function farmTable(table: PhraseTable, share: number, random: Random): PhraseTable {
  const entries = new Map<string, readonly string[]>();
  for (const [original, replacements] of table.entries) if (random() < share) entries.set(original, replacements);
  return { entries, maxWords: table.maxWords };
}

function planWordnet(
  tokens: readonly Token[],
  rate: number,
  random: Random,
  lexicon: Lexicon,
  morphology: Morphology,
): { edits: Edit[]; eligible: number } {
  const edits: Edit[] = [];
  let eligible = 0;
  for (const token of tokens) {
    if (!isSpinnable(token)) continue;
    const candidates = wordnetCandidates(token.text, lexicon, morphology);
    if (candidates.length === 0) continue;
    eligible++;
    if (random() >= rate) continue;
    const pick = sample(candidates, random);
    if (!pick) continue;
    edits.push({ start: token.offset, end: token.end, replacement: applyCase(pick.spun, casePattern(token.text)) });
  }
  return { edits, eligible };
}

/** Runs of spinnable words separated only by horizontal space: phrases never cross punctuation or lines. */
function wordRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let gapOk = false;
  for (const token of tokens) {
    if (isSpinnable(token)) {
      if (!gapOk && run.length > 0) {
        runs.push(run);
        run = [];
      }
      run.push(token);
      gapOk = false;
    } else if (token.kind === 'space' && run.length > 0 && !gapOk) {
      gapOk = true;
    } else {
      if (run.length > 0) runs.push(run);
      run = [];
      gapOk = false;
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function phrasePattern(words: readonly Token[]): CasePattern {
  const patterns = words.map((w) => casePattern(w.text));
  if (patterns.every((p) => p === 'upper')) return 'upper';
  const first = patterns[0];
  return first === 'title' || first === 'upper' ? 'title' : 'lower';
}

function planTable(
  tokens: readonly Token[],
  rate: number,
  random: Random,
  table: PhraseTable,
): { edits: Edit[]; eligible: number } {
  const edits: Edit[] = [];
  let eligible = 0;
  for (const run of wordRuns(tokens)) {
    let i = 0;
    while (i < run.length) {
      let matched = 0;
      for (let n = Math.min(table.maxWords, run.length - i); n >= 1; n--) {
        const key = run.slice(i, i + n).map((t) => t.text.toLowerCase()).join(' ');
        if (table.entries.has(key)) {
          matched = n;
          break;
        }
      }
      if (matched === 0) {
        i++;
        continue;
      }
      eligible++;
      const words = run.slice(i, i + matched);
      const first = words[0];
      const last = words[words.length - 1];
      if (!first || !last || random() >= rate) {
        i++;
        continue;
      }
      const pick = sample(tableCandidates(words.map((t) => t.text).join(' '), table), random);
      if (pick) edits.push({ start: first.offset, end: last.end, replacement: applyCase(pick.spun, phrasePattern(words)) });
      i += matched;
    }
  }
  return { edits, eligible };
}

/** Applies non-overlapping edits in text order and records each one with its offsets in both texts. */
function applyEdits(text: string, edits: readonly Edit[]): { text: string; alignment: Substitution[] } {
  const parts: string[] = [];
  const alignment: Substitution[] = [];
  let cursor = 0;
  let outLength = 0;
  for (const edit of edits) {
    const keep = text.slice(cursor, edit.start);
    parts.push(keep, edit.replacement);
    outLength += keep.length;
    alignment.push({
      original: { offset: edit.start, end: edit.end, text: text.slice(edit.start, edit.end) },
      spun: { offset: outLength, end: outLength + edit.replacement.length, text: edit.replacement },
    });
    outLength += edit.replacement.length;
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), alignment };
}

/**
 * Applies an alignment to the original text and returns the spun text; the inverse check of `spin`'s
 * bookkeeping (useful in tests and for replaying a saved `--alignment` file).
 */
export function applyAlignment(original: string, alignment: readonly Substitution[]): string {
  const sorted = [...alignment].sort((a, b) => a.original.offset - b.original.offset);
  return applyEdits(
    original,
    sorted.map((s) => ({ start: s.original.offset, end: s.original.end, replacement: s.spun.text })),
  ).text;
}
