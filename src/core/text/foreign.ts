/**
 * Paragraphs that are not English inside an English text: a farm copy with a paragraph of French
 * boilerplate, a quotation in German. They are left out of the check (masked with spaces, so every
 * offset stays where it was), and the rest gets its verdict.
 */
import { languageSample } from './chunks.js';
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

/** Scripts written without spaces between words: each character counts as a word. */
const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
/** A word: a run of letters, or one character of a script written without spaces (Chinese, Thai). */
const WORDS = new RegExp(`[${UNSPACED}]|(?:(?![${UNSPACED}])[\\p{L}\\p{M}])+`, 'gu');
const BLANK_LINE = /\r?\n[ \t]*\r?\n\s*/g;
/** A Markdown code fence: never blanked, or the code after it would lose its protection. */
const FENCE = /^[ \t]*(?:```|~~~)/;

/** Words of any script (see {@link WORDS}) in text[from, to): the unit English and foreign parts are compared in. */
export function wordCount(text: string, from = 0, to = text.length): number {
  // Counted in place: a match array of a 20 MB text would cost more than the text.
  const words = new RegExp(WORDS.source, 'gu');
  words.lastIndex = from;
  let n = 0;
  for (let m = words.exec(text); m !== null && m.index < to; m = words.exec(text)) n++;
  return n;
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
    let lines = 1;
    for (let i = text.indexOf('\n', b); i >= 0 && i < e; i = text.indexOf('\n', i + 1)) lines++;
    if (lines < 2 || wordCount(text, b, e) < LINE_PARAGRAPH_WORDS * lines) {
      out.push([b, e]);
      continue;
    }
    for (let at = b; at < e; ) {
      const nl = text.indexOf('\n', at);
      const end = nl < 0 || nl > e ? e : nl;
      out.push([at, end]);
      at = end + 1;
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
    const words = wordCount(text, start, end);
    if (words < MIN_PART_WORDS) continue;
    const guess = guessLanguage(languageSample(text.slice(start, end)));
    // Prose of a named language, not a list of names with a "de" or "van" in it, nor code.
    const foreignProse =
      guess.language !== 'und' && guess.language !== 'en' && (guess.foreignShare ?? 0) >= MIN_FOREIGN_SHARE && (guess.foreignDistinct ?? 0) >= MIN_FOREIGN_DISTINCT;
    if (!foreignProse && guess.otherScript !== true) continue;
    parts.push({ start, end, language: guess.language, words });
  }
  return parts;
}

/**
 * The text with the given parts blanked out: spaces for every character but line breaks, and code
 * fences kept, so that a fence opened in a blanked part still closes where it did.
 */
export function maskParts(text: string, parts: readonly ForeignPart[]): string {
  let out = '';
  let at = 0;
  for (const part of parts) {
    const blanked = text
      .slice(part.start, part.end)
      .split('\n')
      .map((line) => (FENCE.test(line) ? line : line.replace(/[^\r]/g, ' ')))
      .join('\n');
    out += text.slice(at, part.start) + blanked;
    at = part.end;
  }
  return out + text.slice(at);
}

/** The language of most of the foreign paragraphs' words. */
export function mainLanguage(parts: readonly ForeignPart[]): LanguageCode {
  const words = new Map<LanguageCode, number>();
  for (const part of parts) words.set(part.language, (words.get(part.language) ?? 0) + part.words);
  return [...words].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
}

/** `2 paragraphs (31 % of the words, language fr) are not English and were not checked.` */
export function partsNote(parts: readonly ForeignPart[], foreignWords: number, allWords: number): string {
  const languages = [...new Set(parts.map((p) => p.language))].join(', ');
  const one = parts.length === 1;
  const share = Math.round((100 * foreignWords) / Math.max(1, allWords));
  const words = share < 1 ? 'under 1 %' : `${share} %`;
  return `${one ? '1 paragraph' : `${parts.length} paragraphs`} (${words} of the words, language ${languages}) ${one ? 'is' : 'are'} not English and ${one ? 'was' : 'were'} not checked.`;
}
