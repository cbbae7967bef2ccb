/**
 * Adapting the channel to one document after a first pass: the document's own repeated
 * substitutions and the sources behind its confident restorations (see channel/adapted.ts).
 */
import type { AdaptedChannel } from '../channel/adapted.js';
import { CHANNEL_SOURCES, type ChannelSource, type ChannelWeights } from '../channel/weights.js';
import type { Change } from './change.js';
import { withoutInvisible } from '../text/chars.js';
import { makeEdge, type Edge, type Slot } from './lattice.js';

/** Estimated rate from which a document is adapted to its own substitutions (clean text stays single-pass). */
export const ADAPT_MIN_RATE = 0.03;
/** Strength, in changes, of the global source weights as a prior of the document's own. */
const ADAPT_PRIOR = 20;
/** Mixture weight of the document's own substitution table in the second pass. */
export const ADAPT_WEIGHT = 0.3;

/**
 * The document's own source weights relative to the global ones: EM-style responsibilities of the
 * confident changes' sources, with the global weights as a Dirichlet prior worth {@link ADAPT_PRIOR}
 * changes. Only sources whose weight moves by more than 20 % are returned.
 */
export function sourceScale(changes: readonly Change[], weights: ChannelWeights): Partial<Record<ChannelSource, number>> {
  const counts = new Map<ChannelSource, number>();
  let n = 0;
  for (const change of changes) {
    const source = change.alternatives[0]?.edge.candidate?.source;
    if (source === undefined || change.confidence < 0.5) continue;
    counts.set(source, (counts.get(source) ?? 0) + 1);
    n++;
  }
  let total = 0;
  for (const k of CHANNEL_SOURCES) if (k !== 'learned') total += weights[k];
  const scale: Partial<Record<ChannelSource, number>> = {};
  for (const k of CHANNEL_SOURCES) {
    if (k === 'learned') continue;
    const prior = weights[k] / total;
    const local = ((counts.get(k) ?? 0) + ADAPT_PRIOR * prior) / (n + ADAPT_PRIOR);
    const factor = Math.min(10, Math.max(0.1, local / prior));
    if (Math.abs(Math.log(factor)) > Math.log(1.2)) scale[k] = factor;
  }
  return scale;
}

/** Substitutions restored with confidence at least twice in the document: original -> spun -> count. */
export function documentPairs(text: string, changes: readonly Change[]): Map<string, Map<string, number>> {
  const all = new Map<string, Map<string, number>>();
  for (const change of changes) {
    if (change.confidence < 0.5) continue;
    const original = change.alternatives[0]?.edge.candidate?.original;
    if (original === undefined) continue;
    const spun = spunPhrase(text, change);
    let m = all.get(original);
    if (m === undefined) all.set(original, (m = new Map()));
    m.set(spun, (m.get(spun) ?? 0) + 1);
  }
  const pairs = new Map<string, Map<string, number>>();
  for (const [original, spuns] of all) {
    for (const [spun, count] of spuns) {
      if (count < 2) continue;
      let m = pairs.get(original);
      if (m === undefined) pairs.set(original, (m = new Map()));
      m.set(spun, count);
    }
  }
  return pairs;
}

/** A change's span as the lattice spells phrases: lower case, U+2019 folded, single spaces. */
export function spunPhrase(text: string, change: Change): string {
  // As the lattice spells slots: invisible characters inside words are not read (lattice.ts).
  return withoutInvisible(text.slice(change.start, change.end)).toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}

/** An edge with its channel probability (and local ratio) as the adapted `channel` weighs it. */
export function rescoreEdge(edge: Edge, slots: readonly Slot[], channel: AdaptedChannel): Edge {
  if (edge.candidate === null) return edge;
  const spun = (): string => {
    let phrase = (slots[edge.start] as Slot).lower;
    for (let i = edge.start + 1; i < edge.start + edge.len; i++) phrase += ' ' + (slots[i] as Slot).lower;
    return phrase;
  };
  const candidate = channel.adapt(edge.candidate, spun);
  // Relative to the candidate, not the edge: the edge's cost may carry a context penalty (tense.ts).
  const delta = candidate.logP - edge.candidate.logP;
  if (delta === 0) return edge;
  return makeEdge(edge.start, edge.len, edge.ids, edge.logCh + delta, edge.kept, candidate, edge.local === undefined ? undefined : edge.local + delta);
}
