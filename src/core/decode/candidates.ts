/**
 * The candidate originals a lattice scores for a spun phrase: the channel's candidates whose words
 * the language model knows and that are not mere respellings, best a priori (channel x unigram), the
 * first few of them plus any from the run-time tables, memoised per phrase.
 */
import type { Candidate, Channel } from '../channel/types.js';
import { dialectVariants, everydayClipping } from '../text/dialect.js';
import { spellingVariants } from '../text/spelling-variants.js';
import type { NgramScorer } from './scorer.js';

/** A candidate with its language-model ids and a-priori log10 score. */
export interface Ranked {
  /** The channel's candidate. */
  candidate: Candidate;
  /** Language-model ids of the original's words. */
  ids: number[];
  /** log10 P(spun | original) + log10 P(original) as a unigram. */
  prior: number;
}

/** Language-model ids and unigram log10 probability of an original, null when a word is unknown. */
interface OriginalIds {
  ids: number[];
  unigram: number;
}
const idCache = new WeakMap<NgramScorer, Map<string, OriginalIds | null>>();

/** Ids of an original's words, memoised per model: originals recur across many spun forms. */
function originalIds(original: string, lm: NgramScorer, cache: Map<string, OriginalIds | null>): OriginalIds | null {
  let hit = cache.get(original);
  if (hit === undefined) {
    // Filled by push, not map: map makes holey arrays, and edges' id lists should share one shape.
    const ids: number[] = [];
    for (const word of original.split(' ')) ids.push(lm.wordId(word));
    hit = ids.some((id) => id < 0) ? null : { ids, unigram: ids.reduce((s, id) => s + lm.logProb(-1, -1, id), 0) };
    if (cache.size >= 50_000) cache.clear();
    cache.set(original, hit);
  }
  return hit;
}
/** Ranked candidates per channel and model, by spun phrase; bounded, cleared in bulk. */
const rankedCache = new WeakMap<Channel, WeakMap<NgramScorer, Map<string, readonly Ranked[]>>>();
const MAX_RANKED = 40_000;

/** The ranked-candidate cache of a channel and model (looked up once per sentence, not per phrase). */
export function rankedCacheFor(channel: Channel, lm: NgramScorer): Map<string, readonly Ranked[]> {
  let byModel = rankedCache.get(channel);
  if (byModel === undefined) rankedCache.set(channel, (byModel = new WeakMap()));
  let cache = byModel.get(lm);
  if (cache === undefined) byModel.set(lm, (cache = new Map()));
  return cache;
}

/**
 * The best `max` candidates of a spun phrase (see {@link rank}), memoised in `cache`: most of a
 * text's words recur, and ranking, not scoring, would otherwise be a fifth of the decoder's time.
 * Only the short ranked lists are kept, so the cache holds many phrases in little memory.
 */
export function rankedCandidates(
  phrase: string,
  channel: Channel,
  lm: NgramScorer,
  max: number,
  cache: Map<string, readonly Ranked[]>,
  multiword = phrase.includes(' '),
): readonly Ranked[] {
  // A run of words is seldom a spun form (one in twenty-five), and the channel's bit filter says so
  // faster than a cache look-up; such misses get one shared empty list and are not cached.
  let ordered = multiword ? channel.byPrior?.(phrase) : undefined;
  if (isNone(ordered)) return NO_CANDIDATES;
  const hit = cache.get(phrase);
  // A hit serves the `max` it was made for, and any larger one when it already holds every candidate.
  if (hit !== undefined && ((hit as RankedList).max === max || ((hit as RankedList).complete === true && hit.length <= max))) return hit;
  let ids = idCache.get(lm);
  if (ids === undefined) idCache.set(lm, (ids = new Map()));
  let out: RankedList;
  if (!multiword) ordered = channel.byPrior?.(phrase);
  // An everyday clipping ("mins", "exam") is the writer's choice: no candidate at all.
  if (isNone(ordered) || everydayClipping(phrase)) {
    if (cache.size >= MAX_RANKED) cache.clear();
    cache.set(phrase, NO_CANDIDATES);
    return NO_CANDIDATES;
  }
  if (ordered !== undefined) {
    // Already in a-priori order: take the first `max` usable ones and build nothing more.
    out = [];
    out.complete = true;
    for (const candidate of ordered) {
      const usable = usableCandidate(phrase, candidate, lm, ids);
      if (usable === null) continue;
      if (out.length === max) {
        out.complete = false;
        break;
      }
      out.push(usable);
    }
  } else {
    const ranked = rank(phrase, channel.candidates(phrase), lm, ids);
    // Entries of the run-time tables (curated, a farm's learned table) are few and specific: they
    // are scored even when more frequent originals outrank them a priori ("nice" <- "great").
    out = ranked.length > max ? [...ranked.slice(0, max), ...ranked.slice(max).filter((r) => isRunTime(r.candidate))] : ranked;
    if (ranked.length <= max) out.complete = true;
  }
  out.max = max;
  // A run of words none of whose originals the model knows: not cached, like runs with none.
  if (out.length === 0 && multiword) return out;
  if (cache.size >= MAX_RANKED) cache.clear();
  cache.set(phrase, out);
  return out;
}

/** True for a candidate that a curated entry or a learned farm table proposes. */
export function isRunTime(candidate: Candidate): boolean {
  return candidate.bySource.curated !== undefined || candidate.bySource.learned !== undefined;
}

/** A cached ranked list; `complete` when it holds every candidate, not just the first few. */
type RankedList = Ranked[] & { complete?: boolean; max?: number };

/** True when the channel's a-priori list is known to be empty. */
function isNone(ordered: Iterable<Candidate> | undefined): boolean {
  return Array.isArray(ordered) && ordered.length === 0;
}

/** The ranked list of a phrase the channel does not know: complete, so it serves any `max`. */
const NO_CANDIDATES: readonly Ranked[] = Object.freeze(Object.assign([] as Ranked[], { complete: true }));

/**
 * Keeps the candidates whose words the language model knows and that are not mere spelling variants
 * of the spun phrase, best by channel x unigram.
 */
function rank(phrase: string, candidates: readonly Candidate[], lm: NgramScorer, ids: Map<string, OriginalIds | null>): Ranked[] {
  const ranked: Ranked[] = [];
  for (const candidate of candidates) {
    const usable = usableCandidate(phrase, candidate, lm, ids);
    if (usable !== null) ranked.push(usable);
  }
  ranked.sort((a, b) => b.prior - a.prior);
  return ranked;
}

/**
 * A candidate with its ids and prior, or null when its words are unknown or it merely respells the
 * phrase or names it in the other dialect ("canned" for "tinned"). (An everyday clipping such as
 * "mins" gets no candidates at all: see {@link rankedCandidates}.)
 */
function usableCandidate(phrase: string, candidate: Candidate, lm: NgramScorer, ids: Map<string, OriginalIds | null>): Ranked | null {
  if (spellingVariants(candidate.original, phrase) || dialectVariants(candidate.original, phrase)) return null;
  // Spinners write a related synset's word for a word ("person" for "leader"), not a compound
  // term ("self-raising flour" for "mix"): in a phrase, a related synset is a writer's precision.
  if (candidate.source === 'related' && phrase.includes(' ')) return null;
  const known = originalIds(candidate.original, lm, ids);
  return known === null ? null : { candidate, ids: known.ids, prior: candidate.logP + known.unigram };
}
