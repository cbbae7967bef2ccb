/**
 * Candidate distribution of the WordNet-style spinner (style W of docs/spinners.md): sense-blind and
 * part-of-speech-blind substitution among WordNet synset members, inflected to fit.
 */
import type { Analysis, Form, Lexicon, Morphology, Pos } from '../lexicon/types.js';

/** One possible spun form of a word and its probability under the spinner. */
export interface SpinCandidate {
  /** The spun text, lower case; multi-word candidates use single spaces. */
  spun: string;
  /** Probability that the spinner writes `spun` when it replaces the word. */
  prob: number;
}

/**
 * The form a synset member takes when it stands in for a word read with form `form`. Crossing parts of
 * speech maps noun plural to verb 3sg and back ("runs" → "tests"); forms that a part of speech lacks
 * fall back to the base form.
 */
export function targetForm(form: Form, synsetPos: Pos): Form {
  switch (form) {
    case 'base':
      return 'base';
    case 'plural':
    case '3sg':
      if (synsetPos === 'n') return 'plural';
      if (synsetPos === 'v') return '3sg';
      return 'base';
    case 'past':
    case 'pastpart':
    case 'gerund':
      return synsetPos === 'v' ? form : 'base';
    case 'comparative':
    case 'superlative':
      return synsetPos === 'a' || synsetPos === 'r' ? form : 'base';
  }
}

const caches = new WeakMap<Lexicon, WeakMap<Morphology, Map<string, readonly SpinCandidate[]>>>();

function cacheFor(lexicon: Lexicon, morphology: Morphology): Map<string, readonly SpinCandidate[]> {
  let byMorphology = caches.get(lexicon);
  if (!byMorphology) {
    byMorphology = new WeakMap();
    caches.set(lexicon, byMorphology);
  }
  let cache = byMorphology.get(morphology);
  if (!cache) {
    cache = new Map();
    byMorphology.set(morphology, cache);
  }
  return cache;
}

/**
 * The exact distribution the WordNet-style spinner draws from when it replaces `word`; the channel
 * model inverts this function, so `spin` samples from nothing else.
 *
 * Definition: let A be the morphological analyses of the lower-cased word, deduplicated by
 * (lemma, form) since the part of speech of the reading plays no further role. A *sense* is a pair
 * (analysis, synset) for every synset of the analysis' lemma in any part of speech. The sense's
 * candidates are the synset's members other than the lemma, each inflected with
 * `morphology.inflect(member, synsetPos, targetForm(form, synsetPos))` (the base member when that gives
 * null), minus any result equal to the word itself; duplicates within a sense count once. Senses
 * without candidates are dropped. The spinner picks a sense uniformly, then one of its candidates
 * uniformly; probabilities of equal strings from different senses add up. The result is sorted by
 * probability (descending), then alphabetically, and is empty when the word cannot be spun.
 * Results are cached per lexicon, morphology and lower-case word.
 */
export function wordnetCandidates(word: string, lexicon: Lexicon, morphology: Morphology): SpinCandidate[] {
  const lower = word.toLowerCase();
  const cache = cacheFor(lexicon, morphology);
  const hit = cache.get(lower);
  if (hit) return hit.map((c) => ({ ...c }));
  const result = computeCandidates(lower, lexicon, morphology);
  cache.set(lower, result);
  return result.map((c) => ({ ...c }));
}

function uniqueAnalyses(analyses: readonly Analysis[]): Analysis[] {
  const seen = new Set<string>();
  const out: Analysis[] = [];
  for (const a of analyses) {
    const key = `${a.lemma}\u0000${a.form}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

function computeCandidates(lower: string, lexicon: Lexicon, morphology: Morphology): SpinCandidate[] {
  const senses: string[][] = [];
  for (const analysis of uniqueAnalyses(morphology.analyze(lower))) {
    for (const synset of lexicon.synsets(analysis.lemma)) {
      const pos = lexicon.synsetPos(synset);
      const form = targetForm(analysis.form, pos);
      const outputs = new Set<string>();
      for (const member of lexicon.members(synset)) {
        if (member === analysis.lemma) continue;
        const inflected = form === 'base' ? member : (morphology.inflect(member, pos, form) ?? member);
        if (inflected === lower || inflected.length === 0) continue;
        outputs.add(inflected);
      }
      if (outputs.size > 0) senses.push([...outputs]);
    }
  }
  const probs = new Map<string, number>();
  for (const outputs of senses) {
    const p = 1 / senses.length / outputs.length;
    for (const spun of outputs) probs.set(spun, (probs.get(spun) ?? 0) + p);
  }
  return [...probs]
    .map(([spun, prob]) => ({ spun, prob }))
    .sort((a, b) => b.prob - a.prob || (a.spun < b.spun ? -1 : a.spun > b.spun ? 1 : 0));
}
