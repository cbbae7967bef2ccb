/**
 * Character classes for the tokeniser. Plain code-unit checks with an ASCII fast path, so that
 * scanning stays linear and cheap on large inputs.
 */

const LETTER_OR_MARK = /[\p{L}\p{M}\p{N}\u00ad\u200b-\u200d\u2060]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * The text without the invisible characters that may sit inside a word (soft hyphen, zero-width
 * space, non-joiner and joiner, word joiner); the text itself when it has none, which a plain loop
 * tells faster than a regular expression would.
 */
export function withoutInvisible(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060) return text.replace(/[\u00ad\u200b-\u200d\u2060]/g, '');
  }
  return text;
}

/** True for a code unit that is a line break (`\n` or `\r`). */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** True for horizontal white space (everything `\s` matches except line breaks). */
export function isSpace(c: number): boolean {
  if (c === 32 || c === 9 || c === 11 || c === 12) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True for an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for an ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * True for a code point that can be part of a word: letters, combining marks and digits of any
 * script, soft hyphens and invisible joiners (zero-width space, non-joiner and joiner, word joiner:
 * "sta\u200bted" is one word, and hiding a spun word this way does not split it). Takes a code point, not a code unit, so that astral
 * letters count and astral symbols (emoji) do not.
 */
export function isWordChar(c: number): boolean {
  if (c < 128) return isAsciiLetter(c) || isDigit(c);
  return LETTER_OR_MARK.test(String.fromCodePoint(c));
}

/** True for a letter (any script; takes a code point) but not an ASCII digit. */
export function isLetter(c: number): boolean {
  return isWordChar(c) && !isDigit(c);
}

/** True for an upper-case letter (any script; takes a code point). */
export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(String.fromCodePoint(c));
}

/** True for a lower-case letter (any script; takes a code point). */
export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(String.fromCodePoint(c));
}

/** Apostrophes that may join the parts of a word (don't, it’s). */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Hyphens that may join the parts of a word (well-known). */
export function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
export function isCloser(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x2019 || c === 0x201d || c === 0xbb || c === 0x203a
  );
}

/** Characters the tokeniser calls punctuation (the rest of the non-word characters are symbols). */
export function isPunct(c: number): boolean {
  if (c < 128) return '.,;:!?\'"()[]{}-/`'.includes(String.fromCharCode(c));
  return (
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x2039 ||
    c === 0x203a ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2010 ||
    c === 0x2011 ||
    c === 0x2026 ||
    c === 0x201e ||
    c === 0x201a ||
    c === 0xbf ||
    c === 0xa1
  );
}
