/**
 * A channel adapted to one document. A farm's spinner substitutes the same way every time ("the" ->
 * "him" all through an article), so pairs the decoder restored confidently more than once become
 * likely for the rest of the document, like a learned table built on the fly. And a farm uses one
 * kind of spinner, so the sources behind its confident restorations (WordNet synsets for a
 * WordNet-style spinner, curated phrases for a commercial one) get more weight in this document.
 */
import type { Candidate, Channel } from './types.js';
import type { ChannelSource } from './weights.js';
import { makeCandidate } from './candidate.js';

/** original -> spun -> count of confident restorations in this document. */
export type DocumentPairs = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Wraps a channel; candidates of spun forms seen in `pairs` get their originals boosted. */
export class AdaptedChannel implements Channel {
  private readonly base: Channel;
  private readonly weight: number;
  /** spun -> original -> P(spun | original) within the document. */
  private readonly boosts = new Map<string, Map<string, number>>();
  private readonly cache = new Map<string, readonly Candidate[]>();
  private readonly rescaledCache = new Map<Candidate, Candidate>();

  private readonly scale: Partial<Record<ChannelSource, number>>;

  /**
   * @param base - the document-independent channel
   * @param pairs - confident restorations of this document
   * @param weight - mixture weight of the document's own substitution table
   * @param scale - per source, the document's weight over the global one (1 when absent)
   */
  constructor(base: Channel, pairs: DocumentPairs, weight: number, scale: Partial<Record<ChannelSource, number>> = {}) {
    this.base = base;
    this.weight = weight;
    this.scale = scale;
    for (const [original, spuns] of pairs) {
      let total = 0;
      for (const c of spuns.values()) total += c;
      for (const [spun, count] of spuns) {
        let m = this.boosts.get(spun);
        if (m === undefined) this.boosts.set(spun, (m = new Map()));
        m.set(original, count / total);
      }
    }
  }

  /** {@inheritDoc Channel.mayStartPhrase} */
  mayStartPhrase(word: string): boolean {
    return this.base.mayStartPhrase(word);
  }

  /** {@inheritDoc Channel.mayExtendPhrase} */
  mayExtendPhrase(prefix: string): boolean {
    return this.base.mayExtendPhrase?.(prefix) ?? true;
  }

  /** {@inheritDoc Channel.candidates} */
  candidates(spun: string): readonly Candidate[] {
    let hit = this.cache.get(spun);
    if (hit !== undefined) return hit;
    const base = this.base.candidates(spun);
    const out = base.map((c) => this.adapt(c, () => spun));
    for (const [original, p] of this.boosts.get(spun) ?? []) {
      if (!base.some((c) => c.original === original)) out.push(boosted(undefined, this.weight * p, p, original));
    }
    hit = out.sort((a, b) => b.logP - a.logP);
    this.cache.set(spun, hit);
    return hit;
  }

  /**
   * A candidate of the base channel as this channel weighs it (source rescaled, document pairs
   * boosted), without looking it up again: the second pass rescores edges the first pass built from
   * the base channel. `spun` is asked for only when the document has pairs to boost.
   */
  adapt(base: Candidate, spun: () => string): Candidate {
    const c = this.rescaled(base);
    if (this.boosts.size === 0) return c;
    const p = this.boosts.get(spun())?.get(base.original);
    return p === undefined ? c : boosted(c, 10 ** c.logP + this.weight * p, p);
  }

  private rescaled(c: Candidate): Candidate {
    const factor = this.scale[c.source];
    if (factor === undefined || factor === 1) return c;
    // One rescaled copy per candidate: a recurring word's edges share their candidates.
    let hit = this.rescaledCache.get(c);
    if (hit === undefined) {
      hit = makeCandidate(c.original, Math.min(0, c.logP + Math.log10(factor)), c.source, c.bySource, c.documentShare);
      this.rescaledCache.set(c, hit);
    }
    return hit;
  }
}

/**
 * A candidate with the document's own substitution table mixed in. Its evidence is the document's
 * (documentShare), not a farm table's: bySource keeps what the channel said.
 */
function boosted(c: Candidate | undefined, total: number, p: number, original = c?.original ?? ''): Candidate {
  const source = c === undefined || p > 10 ** c.logP ? 'learned' : c.source;
  return makeCandidate(original, Math.log10(Math.min(1, total)), source, { ...(c?.bySource ?? {}) }, p);
}
