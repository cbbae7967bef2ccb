/**
 * WordNet-style morphology: morphy's exceptions-then-detachment analysis, extended with the form of
 * each reading, consonant un-doubling and multi-word heads; and the inverse, inflection.
 */
import { BE_PRESENT, IRREGULAR_VERBS, MAN_REGULAR, type VerbParts } from './irregulars.js';
import type { WordNetLexicon } from './lexicon.js';
import { addEd, addEr, addIng, addS, comparesWithSuffix, isConsonant } from './spelling.js';
import type { Analysis, Form, Morphology, Pos } from './types.js';

/** Forms each part of speech can take. */
const FORMS: Readonly<Record<Pos, readonly Form[]>> = {
  n: ['base', 'plural'],
  v: ['base', '3sg', 'past', 'pastpart', 'gerund'],
  a: ['base', 'comparative', 'superlative'],
  r: ['base', 'comparative', 'superlative'],
};

/** Morphy's detachment rules plus the form they undo: [suffix, replacement, forms]. */
type Rule = readonly [string, string, readonly Form[]];
const PAST: readonly Form[] = ['past', 'pastpart'];
const RULES: Readonly<Record<Pos, readonly Rule[]>> = {
  n: [
    ['s', '', ['plural']],
    ['ses', 's', ['plural']],
    ['xes', 'x', ['plural']],
    ['zes', 'z', ['plural']],
    ['ches', 'ch', ['plural']],
    ['shes', 'sh', ['plural']],
    ['men', 'man', ['plural']],
    ['ies', 'y', ['plural']],
  ],
  v: [
    ['s', '', ['3sg']],
    ['ies', 'y', ['3sg']],
    ['es', 'e', ['3sg']],
    ['es', '', ['3sg']],
    ['ed', 'e', PAST],
    ['ed', '', PAST],
    ['ied', 'y', PAST],
    ['ing', 'e', ['gerund']],
    ['ing', '', ['gerund']],
    ['ying', 'ie', ['gerund']],
  ],
  a: [
    ['er', '', ['comparative']],
    ['est', '', ['superlative']],
    ['er', 'e', ['comparative']],
    ['est', 'e', ['superlative']],
    ['ier', 'y', ['comparative']],
    ['iest', 'y', ['superlative']],
  ],
  r: [
    ['er', '', ['comparative']],
    ['est', '', ['superlative']],
    ['er', 'e', ['comparative']],
    ['est', 'e', ['superlative']],
    ['ier', 'y', ['comparative']],
    ['iest', 'y', ['superlative']],
  ],
};
// Suffixes after which a doubled consonant may be undone (stopped → stop, bigger → big).
const UNDOUBLE = new Set(['ed', 'ing', 'er', 'est']);
const POS_ORDER: readonly Pos[] = ['n', 'v', 'a', 'r'];
// Function words that look inflected but are not (was ≠ plural of "wa", its ≠ plural of "it").
const CLOSED_CLASS = new Set(['was', 'has', 'his', 'its', 'is', 'as', 'us', 'yes', 'this', 'thus', 'hers', 'ours', 'yours', 'less', 'unless', 'whereas', 'besides', 'towards', 'always', 'perhaps', 'sometimes']);
const CACHE_LIMIT = 200_000;

/** Inflected forms of one base, per form, from the exception lists (file order). */
type FormTable = Map<Form, string[]>;

/** Morphology over a WordNetLexicon and the exception lists carried in its artifact. */
export class WordNetMorphology implements Morphology {
  private readonly lex: WordNetLexicon;
  /** inflected → readings, from the exception lists (all parts of speech). */
  private readonly excByForm = new Map<string, Analysis[]>();
  /** pos → base → form → inflected forms, from the exception lists. */
  private readonly excByBase: Record<Pos, Map<string, FormTable>> = { n: new Map(), v: new Map(), a: new Map(), r: new Map() };
  private readonly cache = new Map<string, readonly Analysis[]>();

  /** Indexes the exception lists of `lexicon`'s artifact. */
  constructor(lexicon: WordNetLexicon) {
    this.lex = lexicon;
    for (const e of lexicon.exceptions()) {
      for (const base of e.bases) {
        if (base === e.inflected) continue;
        for (const form of classifyException(e.pos, e.inflected, base)) {
          let readings = this.excByForm.get(e.inflected);
          if (!readings) this.excByForm.set(e.inflected, (readings = []));
          readings.push({ lemma: base, pos: e.pos, form });
          let table = this.excByBase[e.pos].get(base);
          if (!table) this.excByBase[e.pos].set(base, (table = new Map()));
          let list = table.get(form);
          if (!list) table.set(form, (list = []));
          if (!list.includes(e.inflected)) list.push(e.inflected);
        }
      }
    }
    // The irregular-verb table is read both ways too (put → put past, come → come pastpart).
    for (const [base, parts] of IRREGULAR_VERBS) {
      for (const [form, list] of [['past', parts.past], ['pastpart', parts.pastpart], ['3sg', parts.thirdSg ? [parts.thirdSg] : []]] as const) {
        for (const s of list) {
          let readings = this.excByForm.get(s);
          if (!readings) this.excByForm.set(s, (readings = []));
          readings.push({ lemma: base, pos: 'v', form });
        }
      }
    }
    for (const [s, form] of Object.entries(BE_PRESENT)) {
      let readings = this.excByForm.get(s);
      if (!readings) this.excByForm.set(s, (readings = []));
      readings.push({ lemma: 'be', pos: 'v', form });
    }
  }

  /**
   * Readings of a surface word or phrase. Single words get only lemmas the lexicon knows with that
   * part of speech. Phrases are read through their head (first word of a verb phrase, last of a noun
   * phrase; "more/most X" for comparison): the head must be known, the whole phrase need not be, since
   * paraphrase outputs ("got here", "muscle tissues") are rarely WordNet lemmas. Readings are cached
   * and frozen; the array is a fresh copy the caller may extend.
   */
  analyze(word: string): Analysis[] {
    let out = this.cache.get(word);
    if (!out) {
      const w = word.toLowerCase().trim().replace(/\s+/g, ' ');
      out = Object.freeze(w.includes(' ') ? this.analyzePhrase(w) : this.analyzeWord(w, POS_ORDER).map((a) => Object.freeze(a)));
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(word, out);
    }
    // A fresh array per call: the interface hands out a mutable Analysis[] (readings stay shared).
    return out.slice();
  }

  /**
   * Inflects `lemma` to `form`; null when `pos` has no such form. Irregulars come from the verb table,
   * then from WordNet's exception lists (the regular spelling when it is listed too, else the shortest
   * listed form, ties to the first), then from regular spelling rules. Verb phrases inflect their
   * first word, noun phrases their last; multi-word adjectives and adverbs compare with more/most.
   */
  inflect(lemma: string, pos: Pos, form: Form): string | null {
    if (!FORMS[pos].includes(form)) return null;
    const l = lemma.toLowerCase().trim().replace(/\s+/g, ' ');
    if (form === 'base') return l;
    const sp = l.indexOf(' ');
    if (sp < 0) return this.inflectWord(l, pos, form);
    const whole = this.fromExceptions(l, pos, form); // governors general, got lost
    if (whole) return whole;
    if (pos === 'v') {
      const head = this.inflectWord(l.slice(0, sp), pos, form);
      return head === null ? null : head + l.slice(sp);
    }
    if (pos === 'n') {
      const last = l.lastIndexOf(' ');
      const head = this.inflectWord(l.slice(last + 1), pos, form);
      return head === null ? null : l.slice(0, last + 1) + head;
    }
    return `${form === 'comparative' ? 'more' : 'most'} ${l}`;
  }

  private inflectWord(w: string, pos: Pos, form: Form): string | null {
    if (pos === 'v') {
      const parts: VerbParts | undefined = IRREGULAR_VERBS.get(w);
      if (parts) {
        if (form === 'past') return parts.past[0] ?? null;
        if (form === 'pastpart') return parts.pastpart[0] ?? null;
        if (form === '3sg' && parts.thirdSg) return parts.thirdSg;
      }
    }
    const exc = this.fromExceptions(w, pos, form);
    if (exc) return exc;
    return regular(w, pos, form);
  }

  private fromExceptions(w: string, pos: Pos, form: Form): string | null {
    const list = this.excByBase[pos].get(w)?.get(form);
    if (!list || list.length === 0) return null;
    const reg = w.includes(' ') ? null : regular(w, pos, form);
    if (reg !== null && list.includes(reg)) return reg;
    let best = list[0] as string;
    for (const s of list) if (s.length < best.length) best = s;
    return best;
  }

  /**
   * Readings of one word for the given parts of speech (unfrozen, fresh objects). In a phrase,
   * `wrap` puts a head lemma back into it, and a reading also counts when the whole phrase is known
   * ("vaccinium stamineums" → "vaccinium stamineum" although "stamineum" alone is not a lemma).
   */
  private analyzeWord(w: string, poses: readonly Pos[], wrap?: (lemma: string) => string): Analysis[] {
    const out: Analysis[] = [];
    const seen = new Set<string>();
    const add = (lemma: string, pos: Pos, form: Form): void => {
      const key = `${lemma}|${pos}|${form}`;
      if (seen.has(key)) return;
      seen.add(key);
      const full = wrap ? wrap(lemma) : lemma;
      if (this.lex.hasPos(lemma, pos) || (wrap && this.lex.hasPos(full, pos))) out.push({ lemma: full, pos, form });
    };
    // Exceptions first, as morphy does; then the word itself; then detachment rules.
    for (const r of this.excByForm.get(w) ?? []) if (poses.includes(r.pos)) add(r.lemma, r.pos, r.form);
    for (const pos of poses) add(w, pos, 'base');
    if (CLOSED_CLASS.has(w)) return out;
    for (const pos of poses) {
      for (const [suffix, repl, forms] of RULES[pos]) {
        if (!w.endsWith(suffix) || w.length <= suffix.length) continue;
        const stem = w.slice(0, w.length - suffix.length);
        if (pos === 'n' && suffix === 's' && stem.endsWith('s')) continue; // "glass" is not a plural
        const base = stem + repl;
        if (base.length < 2) continue;
        // Keep a detachment only if inflecting the base gives the word back (not dying → dye).
        for (const f of forms) if (regularMatches(w, base, pos, f)) add(base, pos, f);
        // Undo a doubled final consonant (stopped → stop, bigger → big, controlled → control).
        const c = stem[stem.length - 1];
        if (repl === '' && UNDOUBLE.has(suffix) && isConsonant(c) && stem[stem.length - 2] === c && stem.length > 2) {
          for (const f of forms) add(stem.slice(0, -1), pos, f);
        }
      }
    }
    return out;
  }

  private analyzePhrase(p: string): Analysis[] {
    const out: Analysis[] = [];
    const seen = new Set<string>();
    const add = (lemma: string, pos: Pos, form: Form): void => {
      const key = `${lemma}|${pos}|${form}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(Object.freeze({ lemma, pos, form }));
    };
    for (const r of this.excByForm.get(p) ?? []) if (this.lex.hasPos(r.lemma, r.pos)) add(r.lemma, r.pos, r.form);
    for (const pos of POS_ORDER) if (this.lex.hasPos(p, pos)) add(p, pos, 'base');
    const first = p.indexOf(' ');
    const last = p.lastIndexOf(' ');
    const rest = p.slice(first);
    for (const r of this.analyzeWord(p.slice(0, first), ['v'], (l) => l + rest)) add(r.lemma, 'v', r.form);
    const prefix = p.slice(0, last + 1);
    for (const r of this.analyzeWord(p.slice(last + 1), ['n'], (l) => prefix + l)) add(r.lemma, 'n', r.form);
    const head = p.slice(0, first);
    if (head === 'more' || head === 'most') {
      const x = p.slice(first + 1);
      for (const pos of ['a', 'r'] as const) if (this.lex.hasPos(x, pos)) add(x, pos, head === 'more' ? 'comparative' : 'superlative');
    }
    return out;
  }
}

/** Which form(s) an exception-list entry is; see irregulars.ts for why verbs need a table. */
function classifyException(pos: Pos, inflected: string, base: string): readonly Form[] {
  const s = inflected.split(' ');
  if (pos === 'n') return ['plural'];
  if (pos === 'a' || pos === 'r') return (s[s.length - 1] ?? '').endsWith('st') ? ['superlative'] : ['comparative'];
  const head = s[0] ?? '';
  const parts = IRREGULAR_VERBS.get(base.split(' ')[0] ?? '');
  if (parts) {
    const forms: Form[] = [];
    if (parts.past.includes(head)) forms.push('past');
    if (parts.pastpart.includes(head)) forms.push('pastpart');
    if (parts.thirdSg === head) forms.push('3sg');
    const be = BE_PRESENT[head];
    if (base === 'be' && be) forms.push(be);
    if (forms.length) return forms;
  }
  if (head.endsWith('ing')) return ['gerund'];
  if (head.endsWith('s') && !head.endsWith('ss')) return ['3sg'];
  return PAST;
}

/** Whether `w` is a regular spelling of `base` in `form` (doubling allowed for longer words too). */
function regularMatches(w: string, base: string, pos: Pos, form: Form): boolean {
  const r = regular(base, pos, form);
  if (r === w) return true;
  // -s after -o varies (photos, potatoes); a doubled consonant is checked by the caller.
  return (form === 'plural' || form === '3sg') && w === `${base}es` && base.endsWith('o');
}

/** Regular inflection of one word. */
function regular(w: string, pos: Pos, form: Form): string | null {
  switch (form) {
    case 'base':
      return w;
    case 'plural':
      if (w.endsWith('man') && !MAN_REGULAR.has(w)) return `${w.slice(0, -3)}men`;
      return addS(w, false);
    case '3sg':
      return addS(w, true);
    case 'past':
    case 'pastpart':
      return addEd(w);
    case 'gerund':
      return addIng(w);
    case 'comparative':
    case 'superlative': {
      const suffix = form === 'comparative' ? 'er' : 'est';
      if (comparesWithSuffix(w, pos === 'r')) return addEr(w, suffix);
      return `${form === 'comparative' ? 'more' : 'most'} ${w}`;
    }
  }
}
