/**
 * Lexicon entry point: WordNet + MyThes lexicon, morphology, and their shared types.
 */
export type { Analysis, Form, Lexicon, Morphology, Pos, SynsetRelation } from './types.js';
export { WordNetLexicon, type ExceptionEntry, type ThesaurusSense } from './lexicon.js';
export { WordNetMorphology } from './morphology.js';
export type { ThesaurusLabel } from './codes.js';
