/**
 * Phrase tables for the table-style spinner (style P of docs/spinners.md): context-blind substitution
 * of single words and short phrases, most likely replacement first. The file format is described in
 * docs/table-format.md.
 */
import type { SpinCandidate } from './wordnet.js';

/** Longest original phrase, in words, that a table may hold. */
export const MAX_PHRASE_WORDS = 4;

/** Probability of the first (most likely) replacement when an entry has more than one. */
export const TOP_CANDIDATE_PROB = 0.6;

/** A parsed phrase table: lower-case original phrase (single spaces) → replacements, most likely first. */
export interface PhraseTable {
  /** Entries keyed by the original phrase. */
  readonly entries: ReadonlyMap<string, readonly string[]>;
  /** Longest original phrase in words (at most MAX_PHRASE_WORDS). */
  readonly maxWords: number;
}

function normalise(field: string): string {
  return field.trim().replace(/\s+/g, ' ');
}

/**
 * Parses a phrase table: UTF-8 text, one entry a line, `original<TAB>replacement1<TAB>replacement2…`,
 * most likely replacement first, everything lower case; blank lines and lines starting with `#` are
 * skipped; runs of spaces inside a field are read as one space. Throws an Error with a one-line
 * message naming the line (`table line 7: …`) on a line without a replacement, an empty field, an
 * upper-case letter, an original longer than MAX_PHRASE_WORDS words, a replacement equal to its
 * original, or an original listed twice. Duplicate replacements within a line are dropped.
 */
export function parseTable(text: string): PhraseTable {
  const entries = new Map<string, string[]>();
  let maxWords = 0;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const where = `table line ${index + 1}`;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const fields = raw.split('\t').map(normalise);
    if (fields.length < 2) throw new Error(`${where}: expected original<TAB>replacement, found no tab`);
    const blank = fields.findIndex((f) => f === '');
    if (blank >= 0) throw new Error(`${where}: field ${blank + 1} is empty`);
    const upper = fields.find((f) => f !== f.toLowerCase());
    if (upper !== undefined) throw new Error(`${where}: "${upper}" must be lower case`);
    const [original, ...replacements] = fields as [string, ...string[]];
    const words = original.split(' ').length;
    if (words > MAX_PHRASE_WORDS) {
      throw new Error(`${where}: original "${original}" has ${words} words, at most ${MAX_PHRASE_WORDS} allowed`);
    }
    if (replacements.includes(original)) throw new Error(`${where}: "${original}" is listed as its own replacement`);
    if (entries.has(original)) throw new Error(`${where}: "${original}" is already listed on an earlier line`);
    entries.set(original, [...new Set(replacements)]);
    maxWords = Math.max(maxWords, words);
  });
  return { entries, maxWords };
}

/**
 * The exact distribution the table-style spinner draws from when it replaces `phrase` (matched
 * case-insensitively, whitespace normalised): with one replacement it has probability 1; with k > 1
 * the first has TOP_CANDIDATE_PROB (0.6) and the others share the remaining 0.4 geometrically, each
 * half the one before (weights 1/2, 1/4, … normalised). Empty when the phrase is not in the table.
 */
export function tableCandidates(phrase: string, table: PhraseTable): SpinCandidate[] {
  const replacements = table.entries.get(normalise(phrase.toLowerCase()));
  if (!replacements || replacements.length === 0) return [];
  const [first, ...rest] = replacements as [string, ...string[]];
  if (rest.length === 0) return [{ spun: first, prob: 1 }];
  const weights = rest.map((_, i) => 0.5 ** (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return [
    { spun: first, prob: TOP_CANDIDATE_PROB },
    ...rest.map((spun, i) => ({ spun, prob: ((1 - TOP_CANDIDATE_PROB) * (weights[i] ?? 0)) / total })),
  ];
}
