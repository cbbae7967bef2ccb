/**
 * The lexical interfaces that the channel model and the reference spinner share. Implemented in
 * `lexicon.ts` (WordNet + MyThes, loaded from the compact artifact in `models/`) and `morphology.ts`.
 */

/** WordNet part of speech: noun, verb, adjective (incl. satellites), adverb. */
export type Pos = 'n' | 'v' | 'a' | 'r';

/** Inflected forms that morphology can analyse and produce. */
export type Form =
  | 'base' // dog, run, big
  | 'plural' // dogs
  | '3sg' // runs
  | 'past' // ran
  | 'pastpart' // run (participle), taken
  | 'gerund' // running
  | 'comparative' // bigger
  | 'superlative'; // biggest

/** WordNet relations between synsets that the lexicon keeps. */
export type SynsetRelation = 'similar' | 'hypernym' | 'hyponym' | 'also' | 'derivation';

/** One morphological reading of a surface word. */
export interface Analysis {
  /** Base form (lemma), lower case, multi-word lemmas joined by single spaces. */
  lemma: string;
  /** Part of speech of the reading. */
  pos: Pos;
  /** Which inflection of the lemma the surface word is. */
  form: Form;
}

/** WordNet and MyThes, read-only. All strings are lower case; multi-word lemmas use single spaces. */
export interface Lexicon {
  /** Synset ids (dense integers) of every sense of `lemma`, in WordNet sense order, all parts of speech. */
  synsets(lemma: string): readonly number[];
  /** Member lemmas of a synset, in WordNet order. */
  members(synset: number): readonly string[];
  /** Part of speech of a synset. */
  synsetPos(synset: number): Pos;
  /** Synsets related to `synset` by `rel`. Derivation is kept at synset level (any member linked). */
  related(synset: number, rel: SynsetRelation): readonly number[];
  /** MyThes sense groups for a headword: each group is a list of synonyms (lower case). */
  thesaurus(word: string): readonly (readonly string[])[];
  /** True when the lemma is in WordNet or MyThes. */
  has(lemma: string): boolean;
  /** Number of synsets. */
  readonly synsetCount: number;
}

/** Lemmatiser and inflector, built from WordNet's exception lists plus regular rules. */
export interface Morphology {
  /**
   * Every plausible reading of a surface word (lower case), each with a lemma known to the lexicon.
   * Multi-word input ("got here") analyses its head: the first word of verb phrases, the last of noun phrases.
   */
  analyze(word: string): Analysis[];
  /**
   * Inflects a lemma (possibly multi-word) to `form`. Verbs inflect their first word ("get here" →
   * "got here"), nouns their last ("muscle tissue" → "muscle tissues"). Returns null when the form
   * does not apply to the part of speech.
   */
  inflect(lemma: string, pos: Pos, form: Form): string | null;
}
