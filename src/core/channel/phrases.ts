/**
 * The curated phrase table (`data/phrases.tsv`): human-edited pairs of what spinners write for a
 * common original, each with its provenance and an example. See the file's header for the format.
 */
import type { Morphology, Pos } from '../lexicon/types.js';
import { FORMS_BY_POS } from './inflect-like.js';

/** Part of speech of a curated entry: a WordNet one (inflected) or `x` (fixed phrase). */
export type PhrasePos = Pos | 'x';

/** One curated entry. */
export interface PhraseEntry {
  /** What the spinner writes (lemma, lower case). */
  spun: string;
  /** The original it replaced (lemma, lower case). */
  original: string;
  /** How both sides inflect. */
  pos: PhrasePos;
  /** Where the pair was observed. */
  source: string;
  /** A spun example sentence. */
  exampleSpun: string;
  /** The example's original sentence. */
  exampleOriginal: string;
  /** 1-based line in the file, for error messages. */
  line: number;
}

/** A problem in a phrase file, with the line it is on. */
export class PhraseTableError extends Error {
  /** 1-based line of the problem. */
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'PhraseTableError';
    this.line = line;
  }
}

const POS_VALUES = new Set(['n', 'v', 'a', 'r', 'x']);
const LEMMA = /^[a-z][a-z' -]*[a-z]$|^[a-z]$/;

/**
 * Parses a curated phrase file. Throws {@link PhraseTableError} naming the first bad line.
 * @param text - the file's content
 */
export function parsePhraseTable(text: string): PhraseEntry[] {
  const entries: PhraseEntry[] = [];
  const seen = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cols = raw.split('\t');
    if (cols.length !== 6) {
      throw new PhraseTableError(lineNo, `expected 6 tab-separated columns, found ${cols.length}`);
    }
    const [spun, original, pos, source, exampleSpun, exampleOriginal] = cols.map((c) => c.trim()) as [
      string, string, string, string, string, string,
    ];
    for (const [name, value] of [['spun', spun], ['original', original]] as const) {
      if (!LEMMA.test(value) || /\s{2,}/.test(value)) {
        throw new PhraseTableError(lineNo, `${name} "${value}" must be a lower-case word or phrase`);
      }
    }
    if (spun === original) throw new PhraseTableError(lineNo, `spun and original are both "${spun}"`);
    if (!POS_VALUES.has(pos)) throw new PhraseTableError(lineNo, `pos "${pos}" must be one of n, v, a, r, x`);
    if (source === '') throw new PhraseTableError(lineNo, 'source is empty: say where the pair was seen');
    if (exampleSpun === '' || exampleOriginal === '') throw new PhraseTableError(lineNo, 'examples are empty');
    const key = `${spun}\t${original}`;
    if (seen.has(key)) throw new PhraseTableError(lineNo, `duplicate entry "${spun}" <- "${original}"`);
    seen.add(key);
    entries.push({ spun, original, pos: pos as PhrasePos, source, exampleSpun, exampleOriginal, line: lineNo });
  }
  return entries;
}

/**
 * Every inflected pair of the curated entries, original -> spun forms: a verb entry "get here" <-
 * "come" gives "got here" <- "came", "getting here" <- "coming" and so on; `x` entries stay as written.
 */
export function curatedForms(entries: readonly PhraseEntry[], morphology: Morphology): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const entry of entries) {
    const forms = entry.pos === 'x' ? (['base'] as const) : FORMS_BY_POS[entry.pos];
    for (const form of forms) {
      const spun = entry.pos === 'x' ? entry.spun : morphology.inflect(entry.spun, entry.pos, form);
      const original = entry.pos === 'x' ? entry.original : morphology.inflect(entry.original, entry.pos, form);
      if (spun === null || original === null) continue;
      let set = out.get(original);
      if (set === undefined) out.set(original, (set = new Set()));
      set.add(spun);
    }
  }
  return out;
}
