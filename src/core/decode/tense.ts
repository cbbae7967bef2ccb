/**
 * Tense agreement between the two readings of an ambiguous spun past. A spun past form ("got here")
 * may stand for a simple past ("came") or a participle ("come"), and the channel proposes both; a
 * trigram model often prefers the participle for its frequent bigrams ("come under"). Where both
 * readings of the same irregular verb are candidates for one span, the words before settle it: a
 * participle wants an auxiliary among the three words before, and a simple past cannot follow
 * "have" directly.
 */
import { IRREGULAR_VERBS } from '../lexicon/irregulars.js';
import type { Slot } from './lattice.js';

/**
 * log10 penalty of the reading whose tense disagrees with its context: a penalty, not a ban, since
 * an auxiliary may itself have been spun ("possesses" for "has").
 */
export const TENSE_PENALTY = 1.5;

/** Participle-only form -> the simple past forms of its verb ("come" -> "came"). */
const PASTS_OF = new Map<string, readonly string[]>();
/** Simple-past-only form -> the participles of its verb ("came" -> "come"). */
const PARTICIPLES_OF = new Map<string, readonly string[]>();
for (const parts of IRREGULAR_VERBS.values()) {
  const participles = parts.pastpart.filter((form) => !parts.past.includes(form));
  const pasts = parts.past.filter((form) => !parts.pastpart.includes(form));
  if (participles.length === 0 || pasts.length === 0) continue;
  for (const form of participles) PASTS_OF.set(form, pasts);
  for (const form of pasts) PARTICIPLES_OF.set(form, participles);
}

/** Auxiliaries after which a participle reads naturally (perfect, passive, "get" passive). */
const AUXILIARIES = new Set([
  'have', 'has', 'had', 'having', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am',
  'get', 'gets', 'got', 'getting', 'gotten',
]);
/** Contractions carrying an auxiliary: "we've", "he's", "they're", "she'd", "wasn't", "hasn't" (not "don't"). */
const CONTRACTED = /(?:'(?:ve|s|re|m|d)|\b(?:is|are|was|were|has|have|had)n't)$/;
/** Adverbs that may stand between "have" and its participle ("has already come"). */
const ADVERBS = new Set(['already', 'also', 'never', 'just', 'recently', 'ever', 'not', 'finally', 'now', 'still', 'only', 'since', 'previously', 'long']);
/** Words after which a verb stands in its base form ("to become", "will come"), which "come" also is. */
const BEFORE_BASE = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'do', 'does', 'did', "don't", "didn't", "won't"]);
/** Forms of "have" after which a simple past is ungrammatical ("has came"). */
const HAVE = /^(?:have|has|had|having|haven't|hasn't|hadn't)$|'(?:ve|d)$/;

/** Another candidate of the same span (the lattice's ranked candidates have this shape). */
export interface Sibling {
  /** The candidate, of which only the original is read. */
  readonly candidate: { readonly original: string };
}

const twoReadings = new WeakMap<readonly Sibling[], boolean>();

/**
 * True when some candidate of a span has a sibling that is the other reading of the same verb
 * (simple past beside participle); memoised per candidate list, which the lattice caches per phrase,
 * so that the common case costs one look-up per span rather than one per candidate.
 */
export function hasTwoReadings(candidates: readonly Sibling[]): boolean {
  let hit = twoReadings.get(candidates);
  if (hit === undefined) {
    const heads = candidates.map((c) => head(c.candidate.original));
    hit = heads.some((h) => PASTS_OF.get(h)?.some((past) => heads.includes(past)) === true);
    twoReadings.set(candidates, hit);
  }
  return hit;
}

function head(original: string): string {
  const space = original.indexOf(' ');
  return space < 0 ? original : original.slice(0, space);
}

/**
 * True when candidate `original` for the span starting at slot `i` is the reading of an ambiguous
 * spun past that the words before rule out, given the other candidates `siblings` of the span: a
 * participle-only form ("come") beside its verb's simple past ("came") with no auxiliary among the
 * three words before (nor, as "come" is a base form too, a "to" or modal right before), or a
 * simple-past-only form ("came") beside its participle right after a form of "have" (one adverb
 * may stand between).
 */
export function tenseMismatch(slots: readonly Slot[], i: number, original: string, siblings: readonly Sibling[]): boolean {
  // Most originals are no irregular past or participle: settle those without looking further.
  const word = head(original);
  const pasts = PASTS_OF.get(word);
  const participles = pasts === undefined ? PARTICIPLES_OF.get(word) : undefined;
  if (pasts === undefined && participles === undefined) return false;
  if (pasts !== undefined && siblings.some((s) => pasts.includes(head(s.candidate.original)))) {
    const prev = slots[i - 1];
    if (prev !== undefined && BEFORE_BASE.has(prev.lower)) return false;
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const before = (slots[k] as Slot).lower;
      if (AUXILIARIES.has(before) || CONTRACTED.test(before)) return false;
    }
    return true;
  }
  if (participles !== undefined && siblings.some((s) => participles.includes(head(s.candidate.original)))) {
    // Right after "have", or with one adverb between ("has already came").
    const prev = slots[i - 1];
    if (prev !== undefined && HAVE.test(prev.lower)) return true;
    const prev2 = slots[i - 2];
    return prev !== undefined && prev2 !== undefined && ADVERBS.has(prev.lower) && HAVE.test(prev2.lower);
  }
  return false;
}
