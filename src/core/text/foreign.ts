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
  /** A paragraph, or a sentence or quotation inside an English paragraph. */
  kind: 'paragraph' | 'sentence';
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
  // Counted in place (a match array of a 20 MB text would cost more than the text), with the one
  // global expression: the loop runs to its end before anything else can use it.
  WORDS.lastIndex = from;
  let n = 0;
  for (let m = WORDS.exec(text); m !== null && m.index < to; m = WORDS.exec(text)) n++;
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

/** Fewest words a sentence needs to be judged on its own (a quotation inside English prose). */
const MIN_SENTENCE_WORDS = 12;
/** Where a sentence or quotation ends: `.`, `!`, `?` or `…` (and closing quotes) before a space, or a quote mark at a quotation's edge. */
const SENTENCE_BREAK = /[.!?…]+["'”’»]*\s+|[,;]?["”»]\s+|\s+["“«]/g;

/** The sentences of text[b, e), roughly; a quotation's closing quote and comma end it too. */
function sentences(text: string, b: number, e: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  SENTENCE_BREAK.lastIndex = b;
  let start = b;
  for (let m = SENTENCE_BREAK.exec(text); m !== null && m.index < e; m = SENTENCE_BREAK.exec(text)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < e) out.push([start, e]);
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
 * heavily spun prose) is never among them. With `sentences`, sentences and quotations of at least
 * twelve words are judged instead (for a quotation inside an English paragraph).
 */
export function foreignParts(text: string, options: { sentences?: boolean } = {}): ForeignPart[] {
  const parts: ForeignPart[] = [];
  const bySentence = options.sentences === true;
  const spans = bySentence ? paragraphs(text).flatMap(([b, e]) => sentences(text, b, e)) : paragraphs(text);
  const least = bySentence ? MIN_SENTENCE_WORDS : MIN_PART_WORDS;
  for (const [start, end] of spans) {
    const words = wordCount(text, start, end);
    if (words < least) continue;
    const guess = guessLanguage(languageSample(text.slice(start, end)));
    // Prose of a named language, not a list of names with a "de" or "van" in it, nor code.
    const foreignProse =
      guess.language !== 'und' && guess.language !== 'en' && (guess.foreignShare ?? 0) >= MIN_FOREIGN_SHARE && (guess.foreignDistinct ?? 0) >= MIN_FOREIGN_DISTINCT;
    // A sentence in another script is left alone: its words are no English candidates anyway, and
    // in technical text it is most often code (a name in an `alt` attribute).
    if (!foreignProse && (guess.otherScript !== true || bySentence)) continue;
    parts.push({ start, end, language: guess.language, words, kind: bySentence ? 'sentence' : 'paragraph' });
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

/**
 * The text with its fenced code blocks blanked, line breaks and offsets kept. Fences are read as the
 * tokenizer reads them: three or more backticks or tildes open one (a backtick fence's info string
 * holds no backtick: ```x``` on one line is inline code), and a line of at least as many of the same
 * character, indented at most three spaces and followed by spaces only, closes it; an unclosed
 * fence runs to the end.
 */
function blankFencedCode(text: string): string {
  if (!text.includes('```') && !text.includes('~~~')) return text;
  let fence = '';
  return text
    .split('\n')
    .map((line) => {
      if (fence === '') {
        const opener = /^[ \t]*(`{3,}|~{3,})(.*)$/.exec(line.replace(/\r$/, ''));
        if (opener === null || (opener[1]?.startsWith('`') === true && opener[2]?.includes('`') === true)) return line;
        fence = opener[1] as string;
      } else {
        const closer = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(line)?.[1];
        if (closer !== undefined && closer[0] === fence[0] && closer.length >= fence.length) fence = '';
      }
      return line.replace(/[^\r]/g, ' ');
    })
    .join('\n');
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
  const share = Math.round((100 * foreignWords) / Math.max(1, allWords));
  const words = share < 1 ? 'under 1 %' : `${share} %`;
  const count = (kind: ForeignPart['kind']): number => parts.filter((p) => p.kind === kind).length;
  const named = [count('paragraph'), count('sentence')]
    .map((n, k) => (n === 0 ? '' : `${n} ${k === 0 ? 'paragraph' : 'sentence'}${n === 1 ? '' : 's'}`))
    .filter(Boolean)
    .join(' and ');
  const one = parts.length === 1;
  return `${named} (${words} of the words, language ${languages}) ${one ? 'is' : 'are'} not English and ${one ? 'was' : 'were'} not checked.`;
}

/** A text split into what is checked and what is left out as another language. */
export interface EnglishPart {
  /** The language guess of the whole text (of a sample when it is long). */
  whole: LanguageGuess;
  /** The parts left out, in text order. */
  parts: ForeignPart[];
  /** The text with those parts blanked (the text itself when there are none). */
  checked: string;
  /** The language guess of what is checked. */
  language: LanguageGuess;
  /** Words (of any script) left out. */
  foreignWords: number;
  /** Words (of any script) checked; 0 when nothing is left out. */
  englishWords: number;
}

/**
 * Leaves out paragraphs in another language, then sentences and quotations in another language
 * inside English paragraphs (a French quotation in an English report), so that neither is read
 * as spun English.
 */
export function englishPart(text: string): EnglishPart {
  const sample = languageSample(text);
  const whole = guessLanguage(sample);
  const none: EnglishPart = { whole, parts: [], checked: text, language: whole, foreignWords: 0, englishWords: 0 };
  if (sample === text && !mayHaveForeignParts(whole)) return none;
  // Fenced code is never checked, so its comments are no foreign part to report either.
  const prose = blankFencedCode(text);
  const paragraphParts = foreignParts(prose);
  const withoutParagraphs = maskParts(text, paragraphParts);
  const sentenceParts = foreignParts(maskParts(prose, paragraphParts), { sentences: true });
  if (paragraphParts.length === 0 && sentenceParts.length === 0) return none;
  const parts = [...paragraphParts, ...sentenceParts].sort((x, y) => x.start - y.start);
  const checked = maskParts(withoutParagraphs, sentenceParts);
  const foreignWords = parts.reduce((n, part) => n + part.words, 0);
  return { whole, parts, checked, language: guessLanguage(languageSample(checked)), foreignWords, englishWords: wordCount(checked) };
}
