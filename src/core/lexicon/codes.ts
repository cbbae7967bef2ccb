/**
 * Small numeric codes shared by the lexicon artifact writer and reader.
 */
import type { Pos, SynsetRelation } from './types.js';

/** Bit of each part of speech in a POS mask. */
export const POS_BIT: Readonly<Record<Pos, number>> = { n: 1, v: 2, a: 4, r: 8 };

/** Parts of speech in bit order (index = log2 of the bit). */
export const POS_LIST: readonly Pos[] = ['n', 'v', 'a', 'r'];

/** Relation codes stored in the artifact: index in this list. */
export const RELATIONS: readonly SynsetRelation[] = ['similar', 'hypernym', 'hyponym', 'also', 'derivation'];

/** How a MyThes entry relates to its headword's sense ("(generic term)" etc. in the source). */
export const THES_LABEL = { synonym: 0, generic: 1, similar: 2, related: 3 } as const;

/** One of the THES_LABEL values. */
export type ThesaurusLabel = 'synonym' | 'generic' | 'similar' | 'related';

/** THES_LABEL codes → names. */
export const THES_LABEL_NAMES: readonly ThesaurusLabel[] = ['synonym', 'generic', 'similar', 'related'];

/** Id payloads (string and synset ids) take the low 20 bits; codes sit above them. */
export const ID_BITS = 20;

/** Mask of the id part of a packed entry. */
export const ID_MASK = (1 << ID_BITS) - 1;
