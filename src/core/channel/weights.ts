/**
 * Mixture weights of the channel model's sources. The defaults below are replaced by the values
 * that `scripts/fit-channel.ts` fits by EM on the reference spinner's output and writes to
 * `models/channel.json`.
 */

/** Where a candidate original comes from. */
export type ChannelSource = 'wordnet' | 'related' | 'thesaurus' | 'inflection' | 'function' | 'closed' | 'curated' | 'learned';

/** All sources, in a fixed order (used for fitting and reporting). */
export const CHANNEL_SOURCES: readonly ChannelSource[] = [
  'wordnet',
  'related',
  'thesaurus',
  'inflection',
  'function',
  'closed',
  'curated',
  'learned',
];

/** The sources precomputed into `models/channel.bin` (the rest are mixed in at run time). */
export const INDEXED_SOURCES = ['wordnet', 'related', 'thesaurus', 'inflection', 'function', 'closed'] as const;

/** Mixture weight of each source: P(spun | original) = Σ λ_k P_k(spun | original). */
export type ChannelWeights = Record<ChannelSource, number>;

/** Weights used when no fitted file is given (uniform over the built-in sources). */
export const DEFAULT_CHANNEL_WEIGHTS: ChannelWeights = {
  wordnet: 0.2,
  related: 0.2,
  thesaurus: 0.2,
  inflection: 0.1,
  function: 0.05,
  closed: 0.05,
  curated: 0.2,
  learned: 0.5,
};
