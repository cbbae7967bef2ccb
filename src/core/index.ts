/**
 * The browser-safe core: tokeniser, models, decoder, verdict and spinner. Load model bytes yourself
 * (fetch, fs) and pass them in.
 */
export type { CheckResult, Finding, Place, Token, TokenKind, Verdict } from './types.js';
export { checkText, type CheckOptions, type Models, type Change } from './check.js';
export { ExactChannel, type ChannelOptions } from './channel/channel.js';
export { IndexedChannel, type IndexedChannelOptions } from './channel/indexed.js';
export { decodeChannelIndex, encodeChannelIndex, type ChannelIndexData } from './channel/index-format.js';
export type { Candidate, Channel, LearnedTable } from './channel/types.js';
export { parsePhraseTable, PhraseTableError, type PhraseEntry } from './channel/phrases.js';
export { CHANNEL_SOURCES, DEFAULT_CHANNEL_WEIGHTS, type ChannelSource, type ChannelWeights } from './channel/weights.js';
export { DEFAULT_VERDICT, verdictInputs, verdictScore, type VerdictModel, type VerdictFeatures } from './verdict.js';
export { tokenize } from './text/tokenize.js';
export { TrigramModel } from './lm/index.js';
export { WordNetLexicon } from './lexicon/lexicon.js';
export { WordNetMorphology } from './lexicon/morphology.js';
export { spin, wordnetCandidates, parseTable } from './spin/index.js';
export type { SpinOptions, SpinResult, SpinStyle, Substitution } from './spin/index.js';
