/** Trigram language model: artifact format, reader and scorer. */
export { TrigramModel, type SentenceScore, type ScoreOptions } from './trigram-model.js';
export { toLog10001, fromLog10001, LOG10_OF_SPHINX_BASE } from './log-base.js';
export { readArtifact, writeArtifact, LM_MAGIC, LM_FORMAT_VERSION, type LmHeader, type LmProvenance } from './artifact.js';
