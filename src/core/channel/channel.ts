/**
 * The channel model: a reverse paraphrase index. For a spun word or phrase it proposes the originals
 * it may have come from, each with P(spun | original) as a mixture of sources (WordNet synsets,
 * other WordNet relations, MyThes, the curated phrase table, learned farm tables).
 *
 * Candidates are generated backwards (from the spun side) and then scored forwards: each source
 * defines a distribution over spun forms of an original, and a candidate keeps only the probability
 * those forward distributions really give the spun form. So the channel is exact for the reference
 * spinner and cannot invent a pair its sources do not contain.
 */
import type { Analysis, Lexicon, Morphology, SynsetRelation } from '../lexicon/types.js';
import { FORMS_BY_POS, inflectLike } from './inflect-like.js';
import type { FunctionWords } from './function-words.js';
import { curatedForms, type PhraseEntry } from './phrases.js';
import { CHANNEL_SOURCES, INDEXED_SOURCES, type ChannelSource, type ChannelWeights } from './weights.js';
export type { Candidate, Channel, LearnedTable } from './types.js';

import type { Candidate, Channel, LearnedTable } from './types.js';
import { makeCandidate } from './candidate.js';

/** Forward distribution: for an original, the probability of each spun form. */
type Forward = (original: string) => ReadonlyMap<string, number>;

/** Everything the channel is built from. */
export interface ChannelOptions {
  /** WordNet + MyThes. */
  lexicon: Lexicon;
  /** Lemmatiser and inflector. */
  morphology: Morphology;
  /** The reference spinner's exact WordNet-style distribution (src/core/spin). */
  wordnetCandidates: (word: string) => ReadonlyArray<{ spun: string; prob: number }>;
  /** Curated phrase entries. */
  phrases: readonly PhraseEntry[];
  /** Mixture weights. */
  weights: ChannelWeights;
  /** Optional learned farm tables (original -> spun -> count). */
  learned?: LearnedTable;
  /** Closed-class words (data/function-words.tsv): English ones are originals and spun forms, foreign ones spun forms only. */
  functionWords?: FunctionWords;
}

const RELATIONS: readonly SynsetRelation[] = ['similar', 'also', 'hypernym', 'hyponym', 'derivation'];

/**
 * The exact reverse paraphrase index, computed from the lexicon on demand. Slow when cold; the
 * decoder uses the precomputed {@link IndexedChannel}, and the build and fitting scripts use this.
 */
export class ExactChannel implements Channel {
  private readonly lexicon: Lexicon;
  private readonly morphology: Morphology;
  private readonly weights: ChannelWeights;
  private readonly forwards: Record<ChannelSource, Forward>;
  private readonly cache = new Map<string, readonly Candidate[]>();
  /** curated spun surface -> original surfaces */
  private readonly curatedBack = new Map<string, Set<string>>();
  /** curated original surface -> spun surfaces */
  private readonly curatedFwd = new Map<string, Set<string>>();
  private readonly learnedBack = new Map<string, Set<string>>();
  private readonly learned: LearnedTable;
  private readonly multiwordHeads = new Set<string>();

  constructor(options: ChannelOptions) {
    this.lexicon = options.lexicon;
    this.morphology = options.morphology;
    this.learned = options.learned ?? new Map();
    // A learned table takes its weight from the built-in sources, so the mixture still sums to one.
    const scale = this.learned.size > 0 ? 1 - options.weights.learned : 1;
    this.weights = { ...options.weights };
    for (const k of CHANNEL_SOURCES) if (k !== 'learned') this.weights[k] *= scale;
    if (this.learned.size === 0) this.weights.learned = 0;
    for (const [original, spuns] of curatedForms(options.phrases, options.morphology)) {
      for (const spun of spuns) {
        addTo(this.curatedBack, spun, original);
        addTo(this.curatedFwd, original, spun);
        if (spun.includes(' ')) this.multiwordHeads.add(spun.split(' ')[0] ?? '');
      }
    }
    for (const [original, spuns] of this.learned) {
      for (const spun of spuns.keys()) {
        addTo(this.learnedBack, spun, original);
        if (spun.includes(' ')) this.multiwordHeads.add(spun.split(' ')[0] ?? '');
      }
    }
    const wn = memo((o: string) => {
      const m = new Map<string, number>();
      for (const { spun, prob } of options.wordnetCandidates(o)) m.set(spun, (m.get(spun) ?? 0) + prob);
      return m;
    });
    this.forwards = {
      wordnet: wn,
      related: memo((o) => uniform(this.relatedForms(o))),
      thesaurus: memo((o) => uniform(this.thesaurusForms(o))),
      inflection: memo((o) => uniform(this.inflectionForms(o))),
      function: functionForward(options.functionWords, true),
      closed: functionForward(options.functionWords, false),
      curated: (o) => uniform(this.curatedFwd.get(o) ?? EMPTY),
      learned: (o) => normalise(this.learned.get(o)),
    };
  }

  /**
   * True when a multi-word span starting with `word` may be a spun phrase worth looking up.
   * Cheap pre-filter for the lattice builder; single words are always looked up.
   */
  mayStartPhrase(word: string): boolean {
    if (this.multiwordHeads.has(word)) return true;
    // WordNet multi-word lemmas are analysed on their head; only words the lexicon knows can start one.
    return this.lexicon.has(word) || this.morphology.analyze(word).length > 0;
  }

  /** Candidate originals of a spun word or phrase (lower case), best first. Cached. */
  candidates(spun: string): readonly Candidate[] {
    let hit = this.cache.get(spun);
    if (hit === undefined) {
      hit = this.compute(spun);
      this.cache.set(spun, hit);
    }
    return hit;
  }

  /**
   * Every spun form the built-in lexical sources (WordNet synsets, related synsets, MyThes) give an
   * original, with P_k(spun | original) per source. Used to precompute the reverse index.
   */
  forwardForms(original: string): Map<string, Partial<Record<ChannelSource, number>>> {
    const out = new Map<string, Partial<Record<ChannelSource, number>>>();
    for (const k of INDEXED_SOURCES) {
      for (const [spun, p] of this.forwards[k](original)) {
        if (p <= 0 || spun === original) continue;
        let entry = out.get(spun);
        if (entry === undefined) {
          entry = {};
          out.set(spun, entry);
        }
        entry[k] = p;
      }
    }
    return out;
  }

  /** P_k(spun | original) for every source, for fitting and notes. */
  sourceProbabilities(spun: string, original: string): Record<ChannelSource, number> {
    const out = {} as Record<ChannelSource, number>;
    for (const k of CHANNEL_SOURCES) out[k] = this.forwards[k](original).get(spun) ?? 0;
    return out;
  }

  /** Originals proposed for `spun` by any source, before scoring (used by fitting to measure coverage). */
  proposals(spun: string): Set<string> {
    const originals = new Set<string>();
    const analyses = this.analyses(spun);
    for (const a of analyses) {
      for (const synset of this.lexicon.synsets(a.lemma)) {
        const pos = this.lexicon.synsetPos(synset);
        for (const m of this.lexicon.members(synset)) originals.add(inflectLike(this.morphology, m, pos, a.form));
        for (const rel of RELATIONS) {
          for (const other of this.lexicon.related(synset, rel)) {
            const opos = this.lexicon.synsetPos(other);
            for (const m of this.lexicon.members(other)) originals.add(inflectLike(this.morphology, m, opos, a.form));
          }
        }
      }
      for (const group of this.lexicon.thesaurus(a.lemma)) {
        for (const m of group) originals.add(inflectLike(this.morphology, m, a.pos, a.form));
      }
    }
    for (const o of this.curatedBack.get(spun) ?? EMPTY) originals.add(o);
    for (const o of this.learnedBack.get(spun) ?? EMPTY) originals.add(o);
    originals.delete(spun);
    return originals;
  }

  private compute(spun: string): readonly Candidate[] {
    const out: Candidate[] = [];
    for (const original of this.proposals(spun)) {
      if (original.length === 0) continue;
      const by = this.sourceProbabilities(spun, original);
      let total = 0;
      let best: ChannelSource = 'wordnet';
      let bestMass = 0;
      const bySource: Partial<Record<ChannelSource, number>> = {};
      for (const k of CHANNEL_SOURCES) {
        const p = by[k];
        if (p <= 0) continue;
        bySource[k] = p;
        const mass = this.weights[k] * p;
        total += mass;
        if (mass > bestMass) {
          bestMass = mass;
          best = k;
        }
      }
      if (total <= 0) continue;
      out.push(makeCandidate(original, Math.log10(Math.min(1, total)), best, bySource));
    }
    out.sort((a, b) => b.logP - a.logP || (a.original < b.original ? -1 : 1));
    return out;
  }

  private analyses(word: string): Analysis[] {
    const list = this.morphology.analyze(word);
    if (this.lexicon.has(word) && !list.some((a) => a.lemma === word && a.form === 'base')) {
      // A word the lexicon lists as it stands is also its own base form (e.g. "in", "as").
      for (const synset of this.lexicon.synsets(word).slice(0, 1)) {
        list.push({ lemma: word, pos: this.lexicon.synsetPos(synset), form: 'base' });
      }
    }
    return list;
  }

  /** Forward forms of the related-synsets source: every member of a related synset, inflected. */
  private relatedForms(original: string): Set<string> {
    const forms = new Set<string>();
    for (const a of this.analyses(original)) {
      for (const synset of this.lexicon.synsets(a.lemma)) {
        for (const rel of RELATIONS) {
          for (const other of this.lexicon.related(synset, rel)) {
            const pos = this.lexicon.synsetPos(other);
            for (const m of this.lexicon.members(other)) forms.add(inflectLike(this.morphology, m, pos, a.form));
          }
        }
      }
    }
    forms.delete(original);
    return forms;
  }

  /** Forward forms of the inflection source: the other inflections of the same lemma and part of speech. */
  private inflectionForms(original: string): Set<string> {
    const forms = new Set<string>();
    for (const a of this.morphology.analyze(original)) {
      for (const form of FORMS_BY_POS[a.pos]) {
        const f = this.morphology.inflect(a.lemma, a.pos, form);
        if (f !== null) forms.add(f);
      }
    }
    forms.delete(original);
    return forms;
  }

  /** Forward forms of the thesaurus source: MyThes synonyms of the lemma, inflected. */
  private thesaurusForms(original: string): Set<string> {
    const forms = new Set<string>();
    for (const a of this.analyses(original)) {
      for (const group of this.lexicon.thesaurus(a.lemma)) {
        for (const m of group) forms.add(inflectLike(this.morphology, m, a.pos, a.form));
      }
    }
    forms.delete(original);
    return forms;
  }

}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Function-word sources: an English closed-class word may become another word of its own class
 * (`sameClass`, e.g. in -> during) or any other listed word, foreign leakage included (the -> les).
 */
function functionForward(words: FunctionWords | undefined, sameClass: boolean): Forward {
  const classOf = words?.classOf ?? {};
  const all = [...(words?.english ?? []), ...(words?.foreign ?? [])];
  return memo((o) => {
    const cls = classOf[o];
    if (cls === undefined) return new Map();
    const forms = new Set(all.filter((w) => w !== o && (classOf[w] === cls) === sameClass));
    return uniform(forms);
  });
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (set === undefined) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

function uniform(forms: ReadonlySet<string>): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  const p = forms.size === 0 ? 0 : 1 / forms.size;
  for (const f of forms) m.set(f, p);
  return m;
}

function normalise(counts: ReadonlyMap<string, number> | undefined): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  if (counts === undefined) return m;
  let total = 0;
  for (const c of counts.values()) total += c;
  for (const [k, c] of counts) m.set(k, c / total);
  return m;
}

function memo(fn: (key: string) => ReadonlyMap<string, number>): Forward {
  const cache = new Map<string, ReadonlyMap<string, number>>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = fn(key);
      cache.set(key, v);
    }
    return v;
  };
}
