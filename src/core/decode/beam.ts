/**
 * Noisy-channel decoding of one sentence: beam search over the lattice of keep/replace edges with
 * trigram language-model state (the last two words). Hypotheses that reach a slot with the same
 * state are merged (Viterbi recombination), so the beam holds distinct states only.
 */
import { edgeCost, type Edge, type RateTerms, type Sentence } from './lattice.js';
import type { NgramScorer } from './scorer.js';

interface Hyp {
  score: number;
  w1: number;
  w2: number;
  edge: Edge | null;
  back: Hyp | null;
}

/** The best reading of a sentence. */
export interface DecodedPath {
  /** Edges of the best path, covering every slot once, in order. */
  edges: Edge[];
  /** Total log10 score (language model + channel). */
  score: number;
}

/**
 * Finds the best path through a sentence's lattice.
 * @param beamWidth - distinct language-model states kept per slot
 */
export function decodeSentence(sentence: Sentence, lm: NgramScorer, beamWidth: number, terms: RateTerms): DecodedPath {
  const n = sentence.slots.length;
  // Beams are short arrays: with a handful of states per slot, a linear scan for the same state
  // beats a map and allocates nothing.
  const beams: Hyp[][] = [];
  for (let i = 0; i <= n; i++) beams.push([]);
  (beams[0] as Hyp[]).push({ score: 0, w1: -1, w2: lm.bos, edge: null, back: null });
  for (let i = 0; i < n; i++) {
    const hyps = prune(beams[i] as Hyp[], beamWidth);
    const edges = sentence.edges[i] ?? [];
    for (const hyp of hyps) {
      for (const edge of edges) {
        let score = hyp.score + edgeCost(edge, terms);
        let w1 = hyp.w1;
        let w2 = hyp.w2;
        for (const id of edge.ids) {
          score += lm.logProb(w1, w2, id);
          w1 = w2;
          w2 = id;
        }
        const target = beams[i + edge.len] as Hyp[];
        let k = 0;
        while (k < target.length && ((target[k] as Hyp).w1 !== w1 || (target[k] as Hyp).w2 !== w2)) k++;
        const existing = target[k];
        if (existing === undefined) target.push({ score, w1, w2, edge, back: hyp });
        else if (existing.score < score) {
          // Updated in place: nothing points back at a hypothesis of a slot not yet expanded.
          existing.score = score;
          existing.edge = edge;
          existing.back = hyp;
        }
      }
    }
    (beams[i] as Hyp[]).length = 0; // free memory early
  }
  let best: Hyp | null = null;
  let bestScore = -Infinity;
  for (const hyp of beams[n] as Hyp[]) {
    const score = hyp.score + lm.logProb(hyp.w1, hyp.w2, lm.eos);
    if (score > bestScore) {
      bestScore = score;
      best = hyp;
    }
  }
  const path: Edge[] = [];
  for (let h = best; h !== null && h.edge !== null; h = h.back) path.push(h.edge);
  path.reverse();
  return { edges: path, score: bestScore };
}

/**
 * The `width` best hypotheses (the array itself, sorted and cut, when it holds more). A stable
 * insertion sort in place, as Array.sort would order them: beams are short, and Array.sort's
 * scratch copy was a twentieth of all allocation on spun text.
 */
function prune(beam: Hyp[], width: number): Hyp[] {
  if (beam.length <= width) return beam;
  for (let i = 1; i < beam.length; i++) {
    const hyp = beam[i] as Hyp;
    let j = i - 1;
    while (j >= 0 && (beam[j] as Hyp).score < hyp.score) {
      beam[j + 1] = beam[j] as Hyp;
      j--;
    }
    beam[j + 1] = hyp;
  }
  beam.length = width;
  return beam;
}
