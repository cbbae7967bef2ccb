/** The channel model's surface, shared by the exact and the precomputed implementations. */
import type { ChannelSource } from './weights.js';

/** One possible original of a spun span. */
export interface Candidate {
  /** The original, lower case (may be several words). */
  original: string;
  /** log10 P(spun | original, substituted), mixed over sources. */
  logP: number;
  /** The source that contributes most, for the evidence note. */
  source: ChannelSource;
  /** Per-source P_k(spun | original) where known, for notes and fitting. */
  bySource: Partial<Record<ChannelSource, number>>;
  /**
   * Set in a document's second pass when the document itself restored this pair confidently more
   * than once: the share of the original's restorations that had this spun form.
   */
  documentShare?: number;
}

/** A learned substitution table: original -> spun -> count. */
export type LearnedTable = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** What the lattice builder asks of a channel model. */
export interface Channel {
  /** Candidate originals of a spun word or phrase (lower case), best first. */
  candidates(spun: string): readonly Candidate[];
  /** True when a multi-word spun phrase may start with `word` (a cheap pre-filter). */
  mayStartPhrase(word: string): boolean;
  /** True when a spun phrase of three or more words may start with the two words of `prefix`. */
  mayExtendPhrase?(prefix: string): boolean;
  /**
   * Optional fast path: the candidates of a spun form already in a-priori order (channel x unigram
   * probability, best first), produced lazily so that a caller wanting the first few builds only
   * those; undefined when this channel cannot give that order for the form (then rank `candidates`).
   * The order is the one the channel was built with, so it matches ranking by the caller's language
   * model only when that is the model the channel was built from (the shipped pair is).
   */
  byPrior?(spun: string): Iterable<Candidate> | undefined;
}
