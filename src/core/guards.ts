/**
 * Document-level guards against false accusations: words a text uses as its own subject or register
 * that a sense-blind thesaurus spinner would also write. Each guard drops a change before it becomes
 * a finding or counts towards the verdict; the decoder's view of the rest is unchanged.
 */
import type { Change } from './decode/change.js';
import type { NgramScorer } from './decode/scorer.js';
import { aboutChemistry, isElementName, nextToChemistry } from './text/chemistry.js';
import { isEnglishFunctionWord, isForeignFunctionWord } from './text/language.js';
import { wordCount } from './text/foreign.js';
import { archaicOrLegal, rareInRegister } from './text/register.js';

/**
 * How often a rare word read as a function word or a letter must recur before it is taken as the
 * text's own subject (see {@link documentGuards}). The reference spinner repeats one of a function
 * word's substitutes in an article often enough ("testament" for "will"): on held-back fitting
 * articles, three times cost 0.6 of a point of restore recall, four times 0.3; the technical texts
 * of an acceptance test came out the same with either.
 */
const TOPIC_REPEATS = 4;
/** ...and once in this many words of the text at least. */
const TOPIC_WORDS = 100;
/** log10 unigram probability under which a word is rare enough to be a text's technical subject. */
const RARE_TOPIC = -5;

/**
 * Plain English in which a curated spinner's form stands as itself: "successful the second time"
 * reads like a spun "in the second time" only word by word.
 */
const FIXED_USES: readonly RegExp[] = [/^successful\s+the\s+(?:first|second|third|fourth|fifth|last|next|only)\s+time\b/i];

/**
 * The guards of one document (its checked text, offsets as in the input). They drop a change,
 * given its spun phrase (lower case, single spaces), that is:
 * - an element in a text on chemistry or in a compound's name ("indium tin oxide");
 * - in archaic or legal text, a phrase rare to the modern language model ("aforesaid");
 * - a form in one of {@link FIXED_USES} ("successful the second time");
 * - a single word, rare to the language model, read as a function word or a letter ("adenine" as
 *   "a", "equals" as "is", "ampere" as "a", "thymine" as "t") that the text uses four times or
 *   more, and once in a hundred words, while the function word itself appears too: a spinner
 *   picks among a function word's many substitutes at random, a text about DNA or fuses repeats
 *   its subject.
 */
export function documentGuards(text: string, lm: NgramScorer): DocumentGuards {
  const words = wordCount(text);
  const chemistry = aboutChemistry(text, words);
  const register = archaicOrLegal(text, words);
  let uses: Map<string, number> | undefined;
  const subjects = new Set<string>();
  /** True for a single rare word read as a function word or a letter ("adenine" as "a"). */
  const rareForFunctionWord = (original: string, spun: string): boolean =>
    // A foreign article ("les" for "the", from a phrase table) is never an English text's subject.
    (isEnglishFunctionWord(original) || original.length === 1) && !spun.includes(' ') && !isForeignFunctionWord(spun) && rareToModel(spun, lm, RARE_TOPIC);
  return {
    drop(change, spun) {
      if (isElementName(spun) && (chemistry || nextToChemistry(text, change.start, change.end))) return true;
      if (register && rareToModel(spun, lm)) return true;
      if (FIXED_USES.some((use) => use.test(text.slice(change.start, change.start + 60)))) return true;
      const original = originalOf(change);
      if (!rareForFunctionWord(original, spun)) return false;
      uses ??= wordUses(text);
      // A farm that swaps a word everywhere leaves no trace of it ("testament" for every "will"); a
      // text whose subject is "adenine" still writes "a" elsewhere. Letters need no such trace.
      const originalSeen = original.length === 1 || (uses.get(stem(original)) ?? 0) > 0;
      // A subject recurs with the text's length; a spinner's pick recurs by chance, more often in a
      // longer text, so the count must keep up with the length too.
      const repeats = uses.get(stem(spun)) ?? 0;
      if (!originalSeen || repeats < TOPIC_REPEATS || repeats < words / TOPIC_WORDS) return false;
      // Letters only: a spinner swaps "a" among many substitutes, seldom one of them four times.
      if (original.length === 1) subjects.add(stem(spun));
      return true;
    },
    technicalText() {
      return subjects.size >= 2;
    },
    technical(change, spun) {
      const original = originalOf(change);
      return subjects.size >= 2 && original.length === 1 && rareForFunctionWord(original, spun);
    },
  };
}

/** The guards of one document (see {@link documentGuards}). */
export interface DocumentGuards {
  /** True for a change to drop, given its spun phrase (lower case, single spaces). */
  drop(change: Change, spun: string): boolean;
  /** True once {@link DocumentGuards.drop} has found two subjects of the text's own read as letters. */
  technicalText(): boolean;
  /**
   * Once every change has been through {@link DocumentGuards.drop}: true for a rare word read as a
   * letter in a text that has shown two such subjects ("adenine" as "a", "thymine" as "t"), where
   * the rarer ones ("cytosine" as "c", twice) are its subject too. A spinner seldom repeats two
   * substitutes of letters four times each; of function words it may ("testament", "indium").
   */
  technical(change: Change, spun: string): boolean;
}

/** The original a change proposes ('' when none). */
function originalOf(change: Change): string {
  return change.alternatives[0]?.edge.candidate?.original ?? '';
}

/** Lower-case word counts of a text, by {@link stem} (U+2019 folded to an apostrophe). */
function wordUses(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const key = stem(m[0].toLowerCase().replace(/’/g, "'"));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** A word without a plural -s ("angstroms" and "angstrom" are one subject). */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** True when a lower-case phrase is rare to the language model (see {@link rareInRegister}). */
function rareToModel(phrase: string, lm: NgramScorer, below?: number): boolean {
  const unigrams = phrase.split(' ').map((word) => {
    const id = lm.wordId(word);
    return id < 0 ? -Infinity : lm.logProb(-1, -1, id);
  });
  return below === undefined ? rareInRegister(unigrams) : unigrams.every((p) => p < below);
}
