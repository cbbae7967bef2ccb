/**
 * The word tokens of the project's metrics (shared docs, metrics.md): lower-case the text, map
 * U+2019 to an apostrophe, take the matches of `[a-z0-9]+(?:'[a-z]+)?`. Kept exactly so, so that
 * benchmark figures compare across versions and with independent evaluations.
 */

/** One metric word with its span in the original (not lower-cased) text. */
export interface MetricWord {
  /** The matched word, lower case, with `'` for U+2019. */
  word: string;
  /** 0-based UTF-16 offset of the word's first character in the original text. */
  offset: number;
  /** 0-based UTF-16 offset just after the word's last character in the original text. */
  end: number;
}

const WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

/**
 * Lower-cases `text` and maps U+2019 to `'`, returning the result and, when lower-casing changed
 * the length (İ -> i̇), a map from each normalised index to its original index.
 */
function normalise(text: string): { norm: string; origin: Int32Array | null } {
  // Fast path: when no character changes length on lower-casing (all but a handful of letters
  // such as İ), every index is kept and only U+2019 needs mapping.
  let sameLength = true;
  // eslint-disable-next-line no-control-regex
  for (const m of text.matchAll(/[^\x00-\x7f]/gu)) {
    if (m[0].toLowerCase().length !== m[0].length) {
      sameLength = false;
      break;
    }
  }
  if (sameLength) return { norm: text.toLowerCase().replace(/\u2019/g, "'"), origin: null };
  const parts: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const low = ch === '\u2019' ? "'" : ch.toLowerCase();
    parts.push(low);
    for (let k = 0; k < low.length; k++) origin.push(i);
    i += ch.length;
  }
  origin.push(text.length);
  return { norm: parts.join(''), origin: Int32Array.from(origin) };
}

/** Number of metric words of `text`, as `metricWords(text).length` without building the list. */
export function countMetricWords(text: string): number {
  const { norm } = normalise(text);
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(norm) !== null) n++;
  return n;
}

/**
 * The metric words of `text` with their offsets into the original text. The words are exactly the
 * matches of metrics.md's definition; offsets map back through any length change of lower-casing.
 */
export function metricWords(text: string): MetricWord[] {
  const { norm, origin } = normalise(text);
  const out: MetricWord[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m !== null; m = WORD.exec(norm)) {
    const start = m.index;
    const stop = start + m[0].length;
    if (origin) {
      // The end maps to just after the original character holding the last matched unit.
      const last = origin[stop - 1] ?? 0;
      const lastLen = (text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1;
      out.push({ word: m[0], offset: origin[start] ?? 0, end: last + lastLen });
    } else {
      out.push({ word: m[0], offset: start, end: stop });
    }
  }
  return out;
}
