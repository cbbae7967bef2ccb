/**
 * A lossless, linear-time tokeniser for English prose and light Markdown.
 *
 * Every character of the input belongs to exactly one token, so `tokens.map(t => t.text).join('')`
 * gives the input back. The scanner moves forward; every look-ahead is either bounded by a small
 * constant or consumes what it looks at, and the one look-back (the place before a state
 * abbreviation) is bounded too, so 10 MB of adversarial input stays linear.
 *
 * Token rules (see the test file for examples):
 * - words: letters/digits of any script, joined by an inner apostrophe (don't, it’s, o'clock) or
 *   hyphen (well-known, COVID-19, 20-year-old); abbreviations from `abbreviations.ts` and
 *   initialisms (U.S.A., e.g.) keep their dots inside the word token, as does a US state after a
 *   place ("Richmond, Va.");
 * - numbers: 2004, 1,200, 3.5, 20%, £82.7m, $5bn, 1990s, 1990's, 10th;
 * - `sentenceEnd` is set on the `.`, `!`, `?` (or run of them) that ends a sentence: not after an
 *   abbreviation or initial, not inside a number, not when a lower-case word follows, not when no
 *   space follows (file.txt); on a may-end abbreviation (etc., Inc.) followed by a capitalised word;
 *   on the newline that ends the first blank line after an unfinished sentence (paragraph break),
 *   and on the newline that ends a Markdown heading (`# Title`);
 * - protected tokens (never flagged): URLs (`http://`, `https://`, `www.`), e-mail addresses, inline
 *   code (`x`), fenced code blocks (``` or ~~~, to the closing fence or the end), quoted
 *   mentions (see `markQuotedMentions`), list markers such as `(ii)` (see `markListMarkers`),
 *   Markdown reference labels such as `[fl]` (see `markReferenceLabels`), and paths and file names
 *   such as `docs/api.md` (see `markPaths`).
 */
import type { Token, TokenKind } from '../types.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { markPaths } from './paths.js';
import { markReferenceLabels } from './reference-labels.js';
import {
  isApostrophe,
  isAsciiLetter,
  isCloser,
  isDigit,
  isHyphen,
  isLetter,
  isLineBreak,
  isLower,
  isPunct,
  isSpace,
  isUpper,
  isWordChar,
} from './chars.js';

/** Longest dotted abbreviation or initialism the scanner tries (bounds the look-ahead). */
const MAX_ABBREVIATION = 12;
/** Most characters of the place name the state-abbreviation rule looks back over. */
const MAX_PLACE_LOOKBACK = 40;
/** Most tokens between an opening and a closing quote of a quoted mention. */
const MAX_MENTION_TOKENS = 16;
/** Most words in a quoted mention that follows a cue word ("the term ‘counterfeit consciousness’"). */
const MAX_MENTION_WORDS = 4;

const NUMBER_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 's', 'm', 'bn', 'b', 'k', 'tn']);
const CURRENCIES = '£$€¥';

/** Words that announce a quoted mention of a word or phrase. */
const MENTION_CUES = new Set([
  'word',
  'words',
  'term',
  'terms',
  'phrase',
  'phrases',
  'expression',
  'expressions',
  'name',
  'called',
  'named',
  'so-called',
  'dubbed',
  'nicknamed',
  'label',
  'labelled',
  'labeled',
  'titled',
  'entitled',
  'coined',
  'slogan',
  'spelled',
  'spelt',
]);

const QUOTE_PAIRS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '«': '»',
  '„': '“',
  '"': '"',
  "'": "'",
};

interface Scan {
  kind: TokenKind;
  end: number;
  protected?: boolean;
  /** Abbreviation class of a word token that ends in a dot. */
  abbreviation?: 'never-ends' | 'may-end';
}

/**
 * Splits `text` into tokens. Lossless, with exact offsets and 1-based line/column (`\r\n`, `\n`
 * and a lone `\r` each count as one line break and get one `newline` token).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let line = 1;
  let column = 1;
  let lineHasContent = false;
  let lineIsHeading = false;
  let sentenceOpen = false;
  // Caches that keep failed look-aheads from being repeated (linear time on adversarial input).
  let emailFailUntil = -1;

  const code = (i: number): number => (i < n ? text.charCodeAt(i) : -1);
  const point = (i: number): number => (i < n ? (text.codePointAt(i) ?? -1) : -1);
  const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

  function emit(kind: TokenKind, start: number, end: number, sentenceEnd = false, isProtected = false, tokenText?: string): Token {
    // Every token has both flags from the start: one object shape keeps the passes over tokens
    // from being recompiled each time a new combination of flags turns up.
    const token: Token = {
      kind,
      text: tokenText ?? text.slice(start, end),
      offset: start,
      end,
      line,
      column,
      sentenceEnd,
      protected: isProtected,
    };
    tokens.push(token);
    // Advance line/column over the token (code blocks and newline tokens contain line breaks).
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (i + 1 < end && text.charCodeAt(i + 1) === 10) i++;
        line++;
        column = 1;
      } else if (c === 10) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return token;
  }

  /** Index of the first non-space, non-line-break character at or after `i`. */
  function skipWhite(i: number): number {
    while (i < n && (isSpace(code(i)) || isLineBreak(code(i)))) i++;
    return i;
  }

  /** Whether sentence-final punctuation ending at `end` really ends the sentence. */
  function endsSentenceAt(end: number): boolean {
    let j = end;
    while (j < n && isCloser(code(j))) j++;
    if (j >= n) return true;
    const c = code(j);
    if (!isSpace(c) && !isLineBreak(c)) return false;
    const k = skipWhite(j);
    if (k >= n) return true;
    return !isLower(point(k));
  }

  /** Next non-space character after `end` on any line is a capital letter (or the text ends). */
  function capitalFollows(end: number): boolean {
    let j = end;
    while (j < n && isCloser(code(j))) j++;
    if (j < n && !isSpace(code(j)) && !isLineBreak(code(j))) return false;
    const k = skipWhite(j);
    return k < n && isUpper(point(k));
  }

  /**
   * True when a capital starts the word at `i` and a place comes before it: a capitalised word, a
   * comma and spaces ("Richmond, Va."; not "Thank you, Pa."). Looks back a few characters only.
   */
  function placeAfterComma(i: number): boolean {
    let j = i - 1;
    while (j >= 0 && isSpace(code(j))) j--;
    if (j === i - 1 || code(j) !== 44 || !isUpper(code(i))) return false;
    let k = j - 1;
    while (k >= 0 && j - k <= MAX_PLACE_LOOKBACK && isLetter(point(k))) k--;
    return k + 1 < j && isUpper(code(k + 1));
  }

  function digitFollows(end: number): boolean {
    let j = end;
    while (j < n && isSpace(code(j))) j++;
    return isDigit(code(j));
  }

  /** A fenced code block starting at `i` (at the start of a line), or null. */
  function scanFence(i: number): Scan | null {
    const f = code(i);
    if (f !== 96 && f !== 126) return null;
    let j = i;
    while (code(j) === f) j++;
    const len = j - i;
    if (len < 3) return null;
    // A backtick fence's info string holds no backtick (```x``` on one line is inline code).
    if (f === 96) {
      let k = j;
      while (k < n && !isLineBreak(code(k))) if (code(k++) === 96) return null;
    }
    // To the end of the line holding the closing fence, or of the input.
    while (j < n) {
      while (j < n && !isLineBreak(code(j))) j++;
      if (j >= n) break;
      j += code(j) === 13 && code(j + 1) === 10 ? 2 : 1;
      let k = j;
      while (k < n && code(k) === 32 && k - j < 3) k++;
      let m = k;
      while (code(m) === f) m++;
      if (m - k >= len) {
        while (m < n && isSpace(code(m))) m++;
        if (m >= n || isLineBreak(code(m))) return { kind: 'code', end: m, protected: true };
      }
    }
    return { kind: 'code', end: n, protected: true };
  }

  /**
   * Where each backtick run's code span closes: the next run of the same length in the same
   * paragraph, or -1. Built once, in two linear passes, on the first backtick.
   */
  let codeCloses: Map<number, number> | null = null;
  function buildCodeCloses(): Map<number, number> {
    const runs: { start: number; end: number; paragraph: number }[] = [];
    let paragraph = 0;
    let blank = true;
    for (let j = 0; j < n; ) {
      const c = code(j);
      if (c === 96) {
        let k = j;
        while (code(k) === 96) k++;
        runs.push({ start: j, end: k, paragraph });
        blank = false;
        j = k;
        continue;
      }
      if (isLineBreak(c)) {
        if (blank) paragraph++;
        blank = true;
        j += c === 13 && code(j + 1) === 10 ? 2 : 1;
        continue;
      }
      if (!isSpace(c)) blank = false;
      j++;
    }
    const closes = new Map<number, number>();
    const later = new Map<number, { end: number; paragraph: number }>();
    for (let r = runs.length - 1; r >= 0; r--) {
      const run = runs[r];
      if (!run) continue;
      const len = run.end - run.start;
      const next = later.get(len);
      closes.set(run.start, next && next.paragraph === run.paragraph ? next.end : -1);
      later.set(len, run);
    }
    return closes;
  }

  /** An inline code span opened by the backtick run at `i`, within its paragraph, or null. */
  function scanInlineCode(i: number): Scan | null {
    codeCloses ??= buildCodeCloses();
    const end = codeCloses.get(i) ?? -1;
    return end < 0 ? null : { kind: 'code', end, protected: true };
  }

  /** `# Title` .. `###### Title` at `i`: 1-6 hashes then a space or the end of the line. */
  function isAtxHeading(i: number): boolean {
    let j = i;
    while (code(j) === 35) j++;
    return j - i <= 6 && (j >= n || isSpace(code(j)) || isLineBreak(code(j)));
  }

  function startsWithCi(i: number, s: string): boolean {
    return text.slice(i, i + s.length).toLowerCase() === s;
  }

  /** A URL starting at `i` (http://, https://, www.), or null. */
  function scanUrl(i: number): Scan | null {
    const c = code(i);
    if (c !== 104 && c !== 72 && c !== 119 && c !== 87) return null;
    if (i > 0 && isWordChar(code(i - 1))) return null;
    let j: number;
    if (startsWithCi(i, 'https://')) j = i + 8;
    else if (startsWithCi(i, 'http://')) j = i + 7;
    else if (startsWithCi(i, 'www.')) j = i + 4;
    else return null;
    const bodyStart = j;
    let open = 0;
    while (j < n) {
      const d = code(j);
      if (isSpace(d) || isLineBreak(d) || d === 60 || d === 62 || d === 34 || d === 96) break;
      if (d === 0x201c || d === 0x201d || d === 0x2018 || d === 0x2019 || d === 0xab || d === 0xbb) break;
      if (d === 40) open++;
      if (d === 41) open--;
      j++;
    }
    // Trailing sentence punctuation belongs to the prose, as does an unbalanced closing bracket.
    while (j > bodyStart) {
      const d = code(j - 1);
      if ('.,;:!?\'"]}*'.includes(String.fromCharCode(d))) j--;
      else if (d === 41 && open < 0) {
        open++;
        j--;
      } else break;
    }
    if (j <= bodyStart) return null;
    return { kind: 'url', end: j, protected: true };
  }

  const isLocal = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;

  /** An e-mail address starting at `i`, or null. */
  function scanEmail(i: number): Scan | null {
    if (i < emailFailUntil) return null;
    let j = i;
    while (j < n && isLocal(code(j))) j++;
    if (code(j) !== 64 || j === i) {
      emailFailUntil = j;
      return null;
    }
    let k = j + 1;
    while (k < n && (isAsciiLetter(code(k)) || isDigit(code(k)) || code(k) === 45 || code(k) === 46)) k++;
    while (k > j + 1 && (code(k - 1) === 46 || code(k - 1) === 45)) k--;
    const domain = text.slice(j + 1, k);
    if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(domain)) {
      emailFailUntil = j;
      return null;
    }
    return { kind: 'email', end: k, protected: true };
  }

  /** A number at `i` (digit or currency sign then digit), or null when it is really a word. */
  function scanNumber(i: number): Scan | null {
    let j = i;
    if (CURRENCIES.includes(text[j] ?? '')) j++;
    if (!isDigit(code(j))) return null;
    const digitsStart = j;
    while (isDigit(code(j))) j++;
    // Thousands groups: 1,200 and 12,345,678 (exactly three digits each).
    if (j - digitsStart <= 3) {
      while (code(j) === 44 && isDigit(code(j + 1)) && isDigit(code(j + 2)) && isDigit(code(j + 3)) && !isDigit(code(j + 4))) {
        j += 4;
      }
    }
    if (code(j) === 46 && isDigit(code(j + 1))) {
      j++;
      while (isDigit(code(j))) j++;
    }
    if (code(j) === 37) {
      j++;
    } else if (isApostrophe(code(j)) && (code(j + 1) === 115 || code(j + 1) === 83) && !isWordChar(point(j + 2))) {
      j += 2; // 1990's
    } else if (isAsciiLetter(code(j))) {
      let k = j;
      while (isAsciiLetter(code(k))) k++;
      if (NUMBER_SUFFIXES.has(text.slice(j, k).toLowerCase()) && !isWordChar(point(k))) j = k;
    }
    // Glued to letters (3D, 5km) or a hyphenated compound (20-year-old): a word after all.
    const next = point(j);
    if (isWordChar(next) || (isHyphen(next) && isLetter(point(j + 1)))) return null;
    return { kind: 'number', end: j };
  }

  /** An abbreviation or initialism with its dots at `i`, or null. */
  function scanAbbreviation(i: number, runEnd: number): Scan | null {
    // Dotted form: letter runs separated by dots (U.S.A., e.g., Ph.D.), bounded in length.
    let j = runEnd;
    let segments = 1;
    let allSingle = runEnd - i === 1;
    while (code(j) === 46 && isLetter(point(j + 1)) && j - i < MAX_ABBREVIATION) {
      let k = j + 1;
      while (isLetter(point(k))) k += width(point(k));
      if (k - j - 1 !== 1) allSingle = false;
      segments++;
      j = k;
    }
    if (segments > 1 && code(j) === 46) {
      const candidate = text.slice(i, j + 1).toLowerCase();
      const known = ABBREVIATIONS.get(candidate);
      if (known === 'never-ends' || known === 'may-end') return { kind: 'word', end: j + 1, abbreviation: known };
      if (known === 'before-number' && digitFollows(j + 1)) return { kind: 'word', end: j + 1, abbreviation: 'never-ends' };
      if (allSingle && j + 1 - i <= MAX_ABBREVIATION) return { kind: 'word', end: j + 1, abbreviation: 'never-ends' };
    }
    if (code(runEnd) !== 46) return null;
    const simple = text.slice(i, runEnd + 1).toLowerCase();
    const kind = ABBREVIATIONS.get(simple);
    if (kind === 'never-ends' || kind === 'may-end') return { kind: 'word', end: runEnd + 1, abbreviation: kind };
    if (kind === 'after-comma' && placeAfterComma(i)) return { kind: 'word', end: runEnd + 1, abbreviation: 'may-end' };
    if (kind === 'before-number' && digitFollows(runEnd + 1)) return { kind: 'word', end: runEnd + 1, abbreviation: 'never-ends' };
    // An initial (J. K. Rowling): one capital letter, a dot, then a capitalised word.
    if (runEnd - i === 1 && isUpper(code(i)) && capitalFollows(runEnd + 1)) {
      return { kind: 'word', end: runEnd + 1, abbreviation: 'never-ends' };
    }
    return null;
  }

  /** A word at `i` (which holds a word character). */
  function scanWord(i: number): Scan {
    let j = i;
    while (isLetter(point(j))) j += width(point(j));
    if (j > i && code(j) === 46) {
      const abbreviation = scanAbbreviation(i, j);
      if (abbreviation) return abbreviation;
    }
    for (;;) {
      while (j < n && isWordChar(point(j))) j += width(point(j));
      const c = code(j);
      // Inner apostrophe before a letter (don't, it’s, o'clock) or hyphen before a letter or digit.
      if (isApostrophe(c) && isLetter(point(j + 1))) {
        j++;
        continue;
      }
      if (isHyphen(c) && isWordChar(point(j + 1))) {
        j++;
        continue;
      }
      break;
    }
    return { kind: 'word', end: j };
  }

  /** Punctuation or a symbol at `i`. */
  function scanOther(i: number): Scan {
    const c = code(i);
    if (c === 46 || c === 33 || c === 63) {
      let j = i;
      while (code(j) === 46 || code(j) === 33 || code(j) === 63) j++;
      return { kind: 'punct', end: j };
    }
    if (isHyphen(c) || c === 0x2013 || c === 0x2014) {
      let j = i + 1;
      while (code(j) === c) j++;
      return { kind: 'punct', end: j };
    }
    if (isPunct(c)) return { kind: 'punct', end: i + 1 };
    return { kind: 'symbol', end: i + width(point(i)) };
  }

  let i = 0;
  while (i < n) {
    const c = code(i);
    if (isLineBreak(c)) {
      const end = c === 13 && code(i + 1) === 10 ? i + 2 : i + 1;
      // A line with nothing on it ends a paragraph, and the paragraph ends its last sentence; so
      // does the end of a Markdown heading line.
      const paragraphBreak = ((!lineHasContent && line > 1) || lineIsHeading) && sentenceOpen;
      emit('newline', i, end, paragraphBreak);
      if (paragraphBreak) sentenceOpen = false;
      lineHasContent = false;
      lineIsHeading = false;
      i = end;
      continue;
    }
    if (isSpace(c)) {
      let j = i + 1;
      while (j < n && isSpace(code(j))) j++;
      emit('space', i, j);
      i = j;
      continue;
    }
    let scan: Scan | null = null;
    if (!lineHasContent) {
      scan = scanFence(i);
      lineIsHeading = c === 35 && isAtxHeading(i);
    }
    if (!scan && c === 96) scan = scanInlineCode(i);
    scan ??= scanUrl(i);
    if (!scan && (isAsciiLetter(c) || isDigit(c))) scan = scanEmail(i);
    if (!scan && (isDigit(c) || (CURRENCIES.includes(text[i] ?? '') && isDigit(code(i + 1))))) scan = scanNumber(i);
    if (!scan && isWordChar(point(i))) scan = scanWord(i);
    scan ??= scanOther(i);

    const tokenText = text.slice(i, scan.end);
    let sentenceEnd = false;
    if (scan.kind === 'punct' && (c === 46 || c === 33 || c === 63)) {
      // A run of dots only (an ellipsis) ends a sentence only before a capital.
      const ellipsis = scan.end - i > 1 && !/[!?]/.test(tokenText);
      sentenceEnd = ellipsis ? capitalFollows(scan.end) : endsSentenceAt(scan.end);
    } else if (scan.kind === 'punct' && c === 0x2026) {
      sentenceEnd = capitalFollows(scan.end);
    } else if (scan.abbreviation === 'may-end') {
      sentenceEnd = capitalFollows(scan.end);
    }
    emit(scan.kind, i, scan.end, sentenceEnd, scan.protected === true, tokenText);
    lineHasContent = true;
    if (sentenceEnd) sentenceOpen = false;
    else if (!(scan.kind === 'punct' && scan.end === i + 1 && isCloser(c))) sentenceOpen = true;
    i = scan.end;
  }
  markQuotedMentions(tokens);
  markListMarkers(tokens);
  markDegreeUnits(tokens);
  markReferenceLabels(tokens);
  markPaths(tokens);
  return tokens;
}

/** Roman numerals up to xxxix, the usual list and clause numbers. */
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/i;

/**
 * Marks enumeration markers as protected: a single letter or a Roman numeral in parentheses
 * (`(ii)`, `(b)`) or before a `)` at the start of a line (`iii) ...`). Legal and technical text
 * numbers its clauses this way; "ii" is no spun "two" there.
 */
export function markListMarkers(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !(t.text.length === 1 || ROMAN.test(t.text))) continue;
    const next = tokens[i + 1];
    if (next?.kind !== 'punct' || next.text !== ')') continue;
    const prev = tokens[i - 1];
    const atLineStart = prev === undefined || prev.kind === 'newline' || (prev.kind === 'space' && (tokens[i - 2] === undefined || tokens[i - 2]?.kind === 'newline'));
    if (!atLineStart && !(prev?.kind === 'punct' && prev.text === '(')) continue;
    t.protected = true;
  }
}

/**
 * Marks the unit or compass point after a degree sign as protected (`°C`, `° F`, `51°N`): the C of
 * Celsius is no Roman hundred. Other words after it ("90° to the wall") are words.
 */
export function markDegreeUnits(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !/^[CFKNSEW]$/.test(t.text)) continue;
    const prev = tokens[i - 1] as Token;
    const degree = prev.text === '°' ? prev : prev.kind === 'space' && prev.text === ' ' ? tokens[i - 2] : undefined;
    if (degree?.text === '°') t.protected = true;
  }
}

/**
 * Marks quoted mentions as protected: a word or short phrase in quotes that is being talked about
 * rather than used. The rule: an opening quote (“ ‘ « „ or a straight quote at the start of a word)
 * and its closing partner on the same line, at most 16 tokens apart, enclosing
 * - exactly one word or number (`the “quantity”`, scare quotes, a one-word reply), or
 * - at most four words right after a cue word (word, term, phrase, expression, called, named,
 *   so-called, dubbed, titled, coined, ...; a `:` or `,` may stand between), e.g.
 *   `the term ‘counterfeit consciousness’`.
 * The quote marks and everything between them are protected.
 */
export function markQuotedMentions(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i];
    if (!open || open.kind !== 'punct') continue;
    const close = QUOTE_PAIRS[open.text];
    if (close === undefined) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!next || (next.kind !== 'word' && next.kind !== 'number')) continue;
    // A straight quote opens only at the start of a word (not the closing ' of students').
    if ((open.text === '"' || open.text === "'") && prev && prev.kind !== 'space' && prev.kind !== 'newline' && !'([{—–'.includes(prev.text)) {
      continue;
    }
    let words = 0;
    let j = i + 1;
    let found = -1;
    for (; j < tokens.length && j <= i + MAX_MENTION_TOKENS; j++) {
      const t = tokens[j];
      if (!t || t.kind === 'newline') break;
      if (t.kind === 'word' || t.kind === 'number') words++;
      else if (t.kind === 'punct' && t.text === close) {
        const before = tokens[j - 1];
        if (before && before.kind !== 'space') found = j;
        break;
      } else if (t.kind === 'punct' && QUOTE_PAIRS[t.text] !== undefined && t.text !== close) break;
    }
    if (found < 0 || words === 0) continue;
    if (words > 1 && !(words <= MAX_MENTION_WORDS && cuePrecedes(tokens, i))) continue;
    for (let k = i; k <= found; k++) {
      const t = tokens[k];
      if (t) t.protected = true;
    }
    i = found;
  }
}

/** Whether a mention cue word stands right before the token at `i` (spaces, one `:` or `,` allowed). */
function cuePrecedes(tokens: Token[], i: number): boolean {
  let j = i - 1;
  let punct = 0;
  while (j >= 0) {
    const t = tokens[j];
    if (!t) return false;
    if (t.kind === 'space') j--;
    else if (t.kind === 'punct' && (t.text === ':' || t.text === ',') && punct === 0) {
      punct++;
      j--;
    } else break;
  }
  const word = tokens[j];
  if (!word || word.kind !== 'word') return false;
  const lower = word.text.toLowerCase();
  if (MENTION_CUES.has(lower)) return true;
  // "known as", "referred to as"
  if (lower === 'as') {
    let k = j - 1;
    while (k >= 0 && tokens[k]?.kind === 'space') k--;
    const before = tokens[k]?.text.toLowerCase();
    return before === 'known' || before === 'to' || before === 'described';
  }
  return false;
}
