/**
 * The words a token stands for in the CMU language model's vocabulary: lower case, `'` for U+2019,
 * numbers spelled out, abbreviations as the model writes them (it has `mr`, `dr`, `etc`, `jan`,
 * and initialisms letter by letter with dots: `u.` `s.` for U.S.).
 */
import type { Token } from '../types.js';
import { withoutInvisible } from './chars.js';
import { spellNumber } from './numbers.js';

const INITIALISM = /^(?:\p{L}\.){2,}$/u;

/**
 * The language-model words of one token, or null when it has none (punctuation, spaces, URLs,
 * unreadable numbers). `Mr.` -> [mr], `U.S.` -> [u., s.], `e.g.` -> [e., g.], `J.` -> [j.],
 * `It’s` -> [it's], `2004` -> [two, thousand, four]. Whether a word is in the vocabulary is for
 * the caller to check (hyphenated words, for one, may need splitting).
 */
export function lmWords(token: Pick<Token, 'kind' | 'text'>): string[] | null {
  if (token.kind === 'number') return spellNumber(token.text);
  if (token.kind !== 'word') return null;
  const lower = withoutInvisible(token.text).toLowerCase().replace(/\u2019/g, "'");
  if (INITIALISM.test(lower)) return lower.split(/(?<=\.)/);
  // A single initial keeps its dot (the model has `j.`), other abbreviations lose it (`mr`).
  if (/^\p{L}\.$/u.test(lower)) return [lower];
  return [lower.endsWith('.') ? lower.slice(0, -1) : lower];
}
