/** The reference spinner: public entry points. */
export { spin, applyAlignment, isSpinnable, FARM_REPLACE_PROB } from './spin.js';
export type { Span, Substitution, SpinOptions, SpinResult, SpinStyle } from './spin.js';
export { wordnetCandidates, targetForm } from './wordnet.js';
export type { SpinCandidate } from './wordnet.js';
export { parseTable, tableCandidates, MAX_PHRASE_WORDS, TOP_CANDIDATE_PROB } from './table.js';
export type { PhraseTable } from './table.js';
export { applyCase, casePattern } from './case.js';
export type { CasePattern } from './case.js';
export { mulberry32, sample } from './prng.js';
export type { Random } from './prng.js';
