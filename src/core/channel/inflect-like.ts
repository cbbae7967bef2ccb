/**
 * Carries the inflection of one word over to a lemma from another synset, as the reference spinner
 * does: a plural noun gives a plural, a past verb a past, and forms a part of speech cannot take
 * map to their nearest relative (plural <-> 3sg) or fall back to the bare lemma.
 */
import type { Form, Morphology, Pos } from '../lexicon/types.js';

/** The forms each part of speech inflects to. */
export const FORMS_BY_POS: Readonly<Record<Pos, readonly Form[]>> = {
  n: ['base', 'plural'],
  v: ['base', '3sg', 'past', 'pastpart', 'gerund'],
  a: ['base', 'comparative', 'superlative'],
  r: ['base'],
};

const NOUN_FORMS = new Set<Form>(FORMS_BY_POS.n);
const VERB_FORMS = new Set<Form>(FORMS_BY_POS.v);
const ADJ_FORMS = new Set<Form>(FORMS_BY_POS.a);

/** Maps `form` to one that `pos` can take, or null when there is none. */
export function formFor(pos: Pos, form: Form): Form | null {
  if (form === 'base') return 'base';
  switch (pos) {
    case 'n':
      if (NOUN_FORMS.has(form)) return form;
      return form === '3sg' ? 'plural' : null;
    case 'v':
      if (VERB_FORMS.has(form)) return form;
      return form === 'plural' ? '3sg' : null;
    case 'a':
      return ADJ_FORMS.has(form) ? form : null;
    case 'r':
      return form === 'comparative' || form === 'superlative' ? form : null;
  }
}

/**
 * Inflects `lemma` (of part of speech `pos`) to the form of the word it replaces; the bare lemma
 * when the form does not carry over.
 */
export function inflectLike(morphology: Morphology, lemma: string, pos: Pos, form: Form): string {
  const target = formFor(pos, form);
  if (target === null || target === 'base') return lemma;
  return morphology.inflect(lemma, pos, target) ?? lemma;
}
