/** Benchmark metrics, computed exactly as docs/metrics.md defines them. */
export { metricTokens } from './tokens.js';
export { matchingBlocks, matchedInA } from './matching-blocks.js';
export type { MatchingBlock } from './matching-blocks.js';
export {
  wordEditDistance,
  wer,
  spunWords,
  restoreCounts,
  addCounts,
  emptyCounts,
  restoreRates,
} from './restore.js';
export type { RestoreCounts, RestoreRates } from './restore.js';
export { rocAuc, thresholdAtRecall, fprAtRecall } from './detection.js';
export { phraseCounts, addPhraseCounts, phrasePrecisionRecall } from './phrases.js';
export type { Range, PhraseCounts } from './phrases.js';
