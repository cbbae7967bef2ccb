/**
 * Noisy-channel decoding of one sentence: beam search over the lattice of keep/replace edges with
 * trigram language-model state (the last two words). Hypotheses that reach a slot with the same
 * state are merged (Viterbi recombination), so the beam holds distinct states only.
 */
import { edgeCost, type Edge, type RateTerms, type Sentence } from './lattice.js';
import { sortDescending } from './insertion-sort.js';
import type { NgramScorer } from './scorer.js';

/** The best reading of a sentence. */
export interface DecodedPath {
  /** Edges of the best path, covering every slot once, in order. */
  edges: Edge[];
  /** Total log10 score (language model + channel). */
  score: number;
}

/**
 * Hypotheses as columns of typed arrays, indexed by number and reused from sentence to sentence:
 * an object per hypothesis (and a boxed number per score) was the decoder's largest allocation on
 * spun text. Hypothesis h has a score, a language-model state (w1, w2), the edge that reached it
 * and the hypothesis it came from (-1 for the start).
 */
let capacity = 0;
let scores = new Float64Array(0);
let w1s = new Int32Array(0);
let w2s = new Int32Array(0);
let backs = new Int32Array(0);
const edgeOf: Array<Edge | null> = [];
/** beams[i]: the hypotheses that reach slot i, in the order they arrived (reused lists). */
const beams: number[][] = [];

/** Columns larger than this (a sentence of several thousand words) are not kept between sentences. */
const KEEP_CAPACITY = 1 << 16;

function release(): void {
  capacity = 0;
  scores = new Float64Array(0);
  w1s = new Int32Array(0);
  w2s = new Int32Array(0);
  backs = new Int32Array(0);
  edgeOf.length = 0;
  beams.length = 0;
}

/** Makes room for `size` hypotheses (the columns grow, keeping what they hold). */
function reserve(size: number): void {
  if (size > capacity) {
    capacity = Math.max(size, 2 * capacity, 1024);
    const grow = <T extends Float64Array | Int32Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    scores = grow(scores, new Float64Array(capacity));
    w1s = grow(w1s, new Int32Array(capacity));
    w2s = grow(w2s, new Int32Array(capacity));
    backs = grow(backs, new Int32Array(capacity));
    while (edgeOf.length < capacity) edgeOf.push(null);
  }
}

/** A hypothesis's score (read through the module's binding, so it sees grown columns). */
const scoreOf = (hyp: number): number => scores[hyp] as number;

/** `slots` + 1 empty beams. */
function clearBeams(slots: number): void {
  while (beams.length <= slots) beams.push([]);
  for (let i = 0; i <= slots; i++) (beams[i] as number[]).length = 0;
}

/**
 * Finds the best path through a sentence's lattice.
 * @param beamWidth - distinct language-model states kept per slot
 */
export function decodeSentence(sentence: Sentence, lm: NgramScorer, beamWidth: number, terms: RateTerms): DecodedPath {
  const n = sentence.slots.length;
  clearBeams(n);
  let size = 0;
  // The columns are read through the module's bindings, never cached in locals, so growing them
  // here (a new array each) is seen everywhere at once.
  const add = (score: number, w1: number, w2: number, edge: Edge | null, back: number): number => {
    if (size >= capacity) reserve(size + 1);
    scores[size] = score;
    w1s[size] = w1;
    w2s[size] = w2;
    edgeOf[size] = edge;
    backs[size] = back;
    return size++;
  };
  (beams[0] as number[]).push(add(0, -1, lm.bos, null, -1));
  for (let i = 0; i < n; i++) {
    const hyps = prune(beams[i] as number[], beamWidth);
    const edges = sentence.edges[i] ?? [];
    for (let h = 0; h < hyps.length; h++) {
      const hyp = hyps[h] as number;
      const base = scores[hyp] as number;
      const hw1 = w1s[hyp] as number;
      const hw2 = w2s[hyp] as number;
      for (const edge of edges) {
        let score = base + edgeCost(edge, terms);
        let w1 = hw1;
        let w2 = hw2;
        for (const id of edge.ids) {
          score += lm.logProb(w1, w2, id);
          w1 = w2;
          w2 = id;
        }
        // Beams are short: a linear scan for the same state beats a map and allocates nothing.
        const target = beams[i + edge.len] as number[];
        let k = 0;
        while (k < target.length && (w1s[target[k] as number] !== w1 || w2s[target[k] as number] !== w2)) k++;
        if (k === target.length) target.push(add(score, w1, w2, edge, hyp));
        else {
          // Updated in place: nothing points back at a hypothesis of a slot not yet expanded.
          const t = target[k] as number;
          if ((scores[t] as number) < score) {
            scores[t] = score;
            edgeOf[t] = edge;
            backs[t] = hyp;
          }
        }
      }
    }
  }
  let best = -1;
  let bestScore = -Infinity;
  for (const hyp of beams[n] as number[]) {
    const score = (scores[hyp] as number) + lm.logProb(w1s[hyp] as number, w2s[hyp] as number, lm.eos);
    if (score > bestScore) {
      bestScore = score;
      best = hyp;
    }
  }
  const path: Edge[] = [];
  for (let h = best; h >= 0 && edgeOf[h] !== null; h = backs[h] as number) path.push(edgeOf[h] as Edge);
  path.reverse();
  // Let go of the sentence's edges, and of the columns after a sentence of thousands of words.
  for (let h = 0; h < size; h++) edgeOf[h] = null;
  if (capacity > KEEP_CAPACITY) release();
  return { edges: path, score: bestScore };
}

/**
 * The `width` best hypotheses (the list itself, sorted and cut, when it holds more). A stable
 * insertion sort in place, in the order Array.sort would give: beams are short, and Array.sort's
 * scratch copy was a twentieth of all allocation on spun text.
 */
function prune(beam: number[], width: number): number[] {
  if (beam.length <= width) return beam;
  sortDescending(beam, 0, scoreOf);
  beam.length = width;
  return beam;
}
