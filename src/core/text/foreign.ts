/**
 * Paragraphs that are not English inside an English text: a farm copy with a paragraph of French
 * boilerplate, a quotation in German. They are left out of the check (masked with spaces, so every
 * offset stays where it was), and the rest gets its verdict.
 */
import { guessLanguage, type LanguageCode, type LanguageGuess } from './language.js';

/** A paragraph that is not English. */
export interface ForeignPart {
  /** Offset of its first character. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Its language: a named one, or `und` for another script. */
  language: LanguageCode;
  /** Its words. */
  words: number;
}

/** Fewest words a paragraph needs before its language is judged on its own. */
const MIN_PART_WORDS = 20;
/** Least share of a paragraph's words that are its language's function words (prose has 20-40 %). */
const MIN_FOREIGN_SHARE = 0.15;
/** Fewest different function words of that language: code repeats a variable named `y` or `es`. */
const MIN_FOREIGN_DISTINCT = 4;
/** A block whose lines average this many words is a paragraph per line, not one wrapped paragraph. */
const LINE_PARAGRAPH_WORDS = 25;

/** A word: a run of letters, or one character of a script written without spaces (Chinese, Japanese). */
const WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}])+/gu;
const BLANK_LINE = /\r?\n[ \t]*\r?\n\s*/g;

/** Words of any script (see {@link WORDS}): the unit in which English and foreign parts are compared. */
export function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

/** The paragraphs of a text as [start, end) ranges: blank-line blocks, or lines when each line is one. */
function paragraphs(text: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(BLANK_LINE)) {
    blocks.push([start, m.index]);
    start = m.index + m[0].length;
  }
  blocks.push([start, text.length]);
  const out: Array<[number, number]> = [];
  for (const [b, e] of blocks) {
    const lines = text.slice(b, e).split('\n');
    if (lines.length < 2 || wordCount(text.slice(b, e)) < LINE_PARAGRAPH_WORDS * lines.length) {
      out.push([b, e]);
      continue;
    }
    let offset = b;
    for (const line of lines) {
      out.push([offset, offset + line.length]);
      offset += line.length + 1;
    }
  }
  return out;
}

/**
 * False when a text's own language guess rules out foreign paragraphs, so they need no search: an
 * English text without three different foreign function words and with no letter outside ASCII.
 * The guess must be of the whole text (not a sample of a long one).
 */
export function mayHaveForeignParts(whole: LanguageGuess): boolean {
  return whole.language !== 'en' || (whole.foreignDistinct ?? Infinity) >= MIN_FOREIGN_DISTINCT - 1 || (whole.asciiShare ?? 0) < 1;
}

/**
 * The paragraphs of at least twenty words that are plainly another language: one of the languages
 * unspin names, or another script. A paragraph of English that merely reads oddly (a list, a table,
 * heavily spun prose) is never among them.
 */
export function foreignParts(text: string): ForeignPart[] {
  const parts: ForeignPart[] = [];
  for (const [start, end] of paragraphs(text)) {
    const paragraph = text.slice(start, end);
    const words = wordCount(paragraph);
    if (words < MIN_PART_WORDS) continue;
    const guess = guessLanguage(paragraph);
    // Prose of a named language, not a list of names with a "de" or "van" in it, nor code.
    const foreignProse =
      guess.language !== 'und' && guess.language !== 'en' && (guess.foreignShare ?? 0) >= MIN_FOREIGN_SHARE && (guess.foreignDistinct ?? 0) >= MIN_FOREIGN_DISTINCT;
    if (!foreignProse && guess.otherScript !== true) continue;
    parts.push({ start, end, language: guess.language, words });
  }
  return parts;
}

/** The text with the given parts blanked out: spaces for every character but line breaks. */
export function maskParts(text: string, parts: readonly ForeignPart[]): string {
  let out = '';
  let at = 0;
  for (const part of parts) {
    out += text.slice(at, part.start) + text.slice(part.start, part.end).replace(/[^\r\n]/g, ' ');
    at = part.end;
  }
  return out + text.slice(at);
}
