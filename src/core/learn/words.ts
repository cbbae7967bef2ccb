/** Words of an alignment as the learner compares them: lower case, U+2019 folded to an apostrophe. */
import type { WordSpan } from './align.js';

/** One word as compared. */
export function wordKey(word: WordSpan): string {
  return word.text.toLowerCase().replace(/\u2019/g, "'");
}

/** Lower-cased words[from..from+n), joined by single spaces. */
export function phrase(words: readonly WordSpan[], from: number, n: number): string {
  let out = '';
  for (let k = from; k < from + n && k < words.length; k++) out += (k > from ? ' ' : '') + wordKey(words[k] as WordSpan);
  return out;
}
