/**
 * Tense agreement of inflected candidates. A spun past form is ambiguous between the simple past
 * and the participle ("got here" may stand for "came" or, after "has", for "come"); a trigram model
 * often prefers the participle for its frequent bigrams ("come under"). Irregular verbs whose two
 * forms differ settle it from the words before: a participle needs an auxiliary, a simple past
 * must not follow "have".
 */
import { IRREGULAR_VERBS } from '../lexicon/irregulars.js';
import type { Slot } from './lattice.js';

/**
 * log10 penalty of a candidate whose tense disagrees with its context: a penalty, not a ban, since a
 * participle may follow a noun without an auxiliary ("the steps taken").
 */
export const TENSE_PENALTY = 1.5;

/** Forms that are only a participle of their verb ("come", "gone", "taken"), never its simple past. */
const PARTICIPLE_ONLY = new Set<string>();
/** Forms that are only a simple past ("came", "went", "took"), never a participle. */
const PAST_ONLY = new Set<string>();
/** Irregular past and participle forms that are no verb's base form ("got", "went", "taken"). */
const IRREGULAR_PAST = new Set<string>();

for (const [base, parts] of IRREGULAR_VERBS) {
  for (const form of parts.pastpart) if (!parts.past.includes(form)) PARTICIPLE_ONLY.add(form);
  for (const form of parts.past) if (!parts.pastpart.includes(form)) PAST_ONLY.add(form);
  for (const form of [...parts.past, ...parts.pastpart]) if (form !== base) IRREGULAR_PAST.add(form);
}
for (const base of IRREGULAR_VERBS.keys()) IRREGULAR_PAST.delete(base);

/** Auxiliaries after which a participle reads naturally (perfect, passive, "get" passive). */
const AUXILIARIES = new Set([
  'have', 'has', 'had', 'having', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am',
  'get', 'gets', 'got', 'getting', 'gotten',
]);
/** Contractions carrying an auxiliary ("we've", "he's", "they're", "she'd"). */
const CONTRACTED = /'(?:ve|s|re|m|d)$/;
/** Words after which a verb stands in its base form ("to become", "will come"). */
const BEFORE_BASE = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'do', 'does', 'did', "don't", "didn't", "won't"]);
/** "have" forms, after which a simple past is ungrammatical ("has came"). */
const HAVE = new Set(['have', 'has', 'had', 'having']);

/** True when the word is a past form of some verb and none's base form: "stated", "got", "taken". */
function isPastForm(word: string): boolean {
  if (IRREGULAR_PAST.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !word.endsWith('eed') && !IRREGULAR_VERBS.has(word);
}

/**
 * True when candidate `original` for the span starting at slot `i` disagrees in tense with the
 * words before it: a participle-only form for a spun past with no auxiliary in the three words
 * before (nor, for "come", a "to" or modal right before), or a simple-past-only form right after a
 * form of "have" (an adverb may stand between).
 */
export function tenseMismatch(slots: readonly Slot[], i: number, original: string): boolean {
  const space = original.indexOf(' ');
  const head = space < 0 ? original : original.slice(0, space);
  if (PARTICIPLE_ONLY.has(head)) {
    if (!isPastForm((slots[i] as Slot).lower)) return false;
    // "come" and "become" are base forms too, which "to" or a modal asks for.
    if (IRREGULAR_VERBS.has(head) && i > 0 && BEFORE_BASE.has((slots[i - 1] as Slot).lower)) return false;
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const word = (slots[k] as Slot).lower;
      if (AUXILIARIES.has(word) || CONTRACTED.test(word)) return false;
    }
    return true;
  }
  if (PAST_ONLY.has(head)) {
    for (let k = Math.max(0, i - 2); k < i; k++) {
      const word = (slots[k] as Slot).lower;
      if (HAVE.has(word) || word.endsWith("'ve")) return true;
    }
  }
  return false;
}
