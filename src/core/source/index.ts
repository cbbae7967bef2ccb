/** Finding the original a spun copy came from: public entry points (browser-safe). */
export { buildSourceModel, plainSourceModel, DEFAULT_SOURCE_MODEL_OPTIONS } from './classes.js';
export type { SourceModel, SourceModelOptions } from './classes.js';
export { contentWords, classSequence, shingleHashes, classShingles, plainShingles, CLASS_SHINGLE, PLAIN_SHINGLE } from './fingerprint.js';
export { minhashSignature, bandKeys, signatureSimilarity, DEFAULT_LSH } from './minhash.js';
export type { LshParams } from './minhash.js';
export { compareSource, prepareText, spinRate } from './verify.js';
export type { SourceMatch, PreparedText } from './verify.js';
export { rankCandidates, textBandKeys, fingerprintSignature, DEFAULT_LIMIT, DEFAULT_MIN_COVERAGE } from './search.js';
export type { SourceHit, CandidateDoc, RankOptions } from './search.js';
export { fmix32, hashString, combine } from './hash.js';
export { STOPWORDS } from './stopwords.js';
