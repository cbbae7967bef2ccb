/**
 * Confidence of each change on the best path: the posterior of the chosen edge among all edges
 * covering the same slots, with the rest of the best path held fixed. The language model sees the two
 * words before the span and the two after it, so the comparison is exact for a trigram model.
 */
import { edgeCost, makeEdge, type Edge, type RateTerms, type Sentence } from './lattice.js';
import type { NgramScorer } from './scorer.js';

/** A scored alternative for one span of the best path. */
export interface Alternative {
  /** The alternative edge (or the keep edges' stand-in: candidate null). */
  edge: Edge;
  /** Posterior probability among the alternatives. */
  posterior: number;
  /** log10 score of the local window (language model + channel). */
  score: number;
}

/** Contexts of the paths asked about (every change of a sentence asks about the same path; paths are never changed after decoding). */
const contextCache = new WeakMap<NgramScorer, WeakMap<readonly Edge[], { before: number[][]; after: number[][] }>>();

/** Context ids before and after each edge of a path (memoised per model and path). */
function contexts(path: readonly Edge[], lm: NgramScorer): { before: number[][]; after: number[][] } {
  let byPath = contextCache.get(lm);
  if (byPath === undefined) contextCache.set(lm, (byPath = new WeakMap()));
  let hit = byPath.get(path);
  if (hit === undefined) byPath.set(path, (hit = pathContexts(path, lm)));
  return hit;
}

function pathContexts(path: readonly Edge[], lm: NgramScorer): { before: number[][]; after: number[][] } {
  const stream: number[] = [lm.bos];
  const starts: number[] = [];
  for (const edge of path) {
    starts.push(stream.length);
    stream.push(...edge.ids);
  }
  stream.push(lm.eos);
  const before: number[][] = [];
  const after: number[][] = [];
  path.forEach((edge, j) => {
    const s = starts[j] as number;
    before.push(stream.slice(Math.max(0, s - 2), s));
    after.push(stream.slice(s + edge.ids.length, s + edge.ids.length + 2));
  });
  return { before, after };
}

/** Scores emitting `ids` then the fixed `after` words given `before`. */
function windowScore(lm: NgramScorer, before: readonly number[], ids: readonly number[], after: readonly number[]): number {
  let w1 = before.length >= 2 ? (before[0] as number) : -1;
  let w2 = before.length >= 1 ? (before[before.length - 1] as number) : -1;
  let score = 0;
  // The span's words, then up to two after it: later terms are shared by every alternative.
  const end = Math.min(ids.length + after.length, ids.length + 2);
  for (let k = 0; k < end; k++) {
    const id = (k < ids.length ? ids[k] : after[k - ids.length]) as number;
    score += lm.logProb(w1, w2, id);
    w1 = w2;
    w2 = id;
  }
  return score;
}

/**
 * For the edge at `index` of `path`, the alternatives that cover exactly its slots, with posteriors.
 * Keep readings of multi-slot spans are scored as the concatenation of the slots' keep edges.
 */
export function alternativesAt(sentence: Sentence, path: readonly Edge[], index: number, lm: NgramScorer, terms: RateTerms): Alternative[] {
  const chosen = path[index] as Edge;
  const { before, after } = contexts(path, lm);
  const b = before[index] as number[];
  const a = after[index] as number[];
  const options: Edge[] = [];
  for (const edge of sentence.edges[chosen.start] ?? []) {
    if (edge.len === chosen.len && edge.candidate !== null) options.push(edge);
  }
  options.push(keepEdge(sentence, chosen.start, chosen.len));
  const scored = options.map((edge) => ({ edge, score: edgeCost(edge, terms) + windowScore(lm, b, edge.ids, a), posterior: 0 }));
  const max = Math.max(...scored.map((s) => s.score));
  let total = 0;
  for (const s of scored) total += 10 ** (s.score - max);
  for (const s of scored) s.posterior = 10 ** (s.score - max) / total;
  scored.sort((x, y) => y.posterior - x.posterior);
  return scored;
}

/** The keep reading of slots [start, start+len) as one edge. */
export function keepEdge(sentence: Sentence, start: number, len: number): Edge {
  const ids: number[] = [];
  let kept = 0;
  for (let i = start; i < start + len; i++) {
    const keep = (sentence.edges[i] ?? [])[0] as Edge;
    ids.push(...keep.ids);
    kept += keep.kept;
  }
  return makeEdge(start, len, ids, 0, kept, null);
}
