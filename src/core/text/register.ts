/**
 * Archaic and legal English ("whereof", "witnesseth", "ere", "hath"). The language model is modern
 * and American, so to it a deed's "aforesaid" or a Victorian novel's "beheld" reads like a
 * thesaurus at work. A spinner never writes these marker words (none is a substitute in the
 * channel, which a test checks), so a text with two of them is in that register by its writer's
 * choice, and its rare words are no evidence of spinning. Source: the function words of King James
 * and Victorian English and of conveyancing deeds that modern news does not use (none occurs in the
 * 2,095 BBC articles of the benchmark corpus, except "thereby", "whereby" and "shalt" alone).
 */
import { wordListPattern, wordListUse } from './word-list.js';

/** The marker words, lower case. */
const MARKERS: ReadonlySet<string> = new Set(
  `thee thy thine hath doth shalt ere whence whither whereupon wherein whereof whereby hereinbefore
  herein hereof hereto thereof therein thereto thereby thereunder witnesseth unto`
    .split(/\s+/)
    .filter(Boolean),
);

/** Fewest different markers that make a text archaic or legal. */
const MIN_MARKERS = 2;

/** The marker words, lower case (for tests and notes). */
export function registerMarkers(): ReadonlySet<string> {
  return MARKERS;
}

const MARKER_PATTERN = wordListPattern(MARKERS);

/**
 * True when a text of `words` words uses at least two different archaic or legal marker words, and
 * one word in three hundred is one: a long modern article may write "thereby" and "whereby" once
 * each, a deed or a Victorian novel keeps writing them.
 */
export function archaicOrLegal(text: string, words: number): boolean {
  const { distinct, uses } = wordListUse(text, MARKER_PATTERN);
  return distinct >= MIN_MARKERS && uses >= Math.max(MIN_MARKERS, words / 300);
}

/**
 * True when a phrase is rare to a modern language model, given each word's log10 unigram
 * probability (-Infinity when unknown): a word under -5.5 ("presently", "aforesaid"), or words
 * averaging under -4.5 ("issued forth"). In archaic or legal text such a phrase is the register's,
 * not a spinner's pick; "quantity" (-5.3) or "successful" (-4.3) are not rare.
 */
export function rareInRegister(unigrams: readonly number[]): boolean {
  let sum = 0;
  for (const p of unigrams) {
    if (p < -5.5) return true;
    sum += p;
  }
  return unigrams.length > 1 && sum / unigrams.length < -4.5;
}
