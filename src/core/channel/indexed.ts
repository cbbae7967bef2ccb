/**
 * The channel the decoder uses: the precomputed reverse index (WordNet, related synsets, MyThes,
 * mixed with fitted weights) plus the curated phrase table and any learned farm table, mixed at run
 * time so that editing data/phrases.tsv or passing --table needs no rebuild.
 */
import type { Morphology } from '../lexicon/types.js';
import type { ChannelIndexData } from './index-format.js';
import { curatedForms, type PhraseEntry } from './phrases.js';
import type { Candidate, Channel, LearnedTable } from './types.js';
import { CHANNEL_SOURCES, type ChannelSource, type ChannelWeights } from './weights.js';
import { makeCandidate } from './candidate.js';

/** What an {@link IndexedChannel} is built from. */
export interface IndexedChannelOptions {
  /** The decoded `models/channel.bin`. */
  index: ChannelIndexData;
  /** Morphology, to inflect curated entries. */
  morphology: Morphology;
  /** Curated phrase entries. */
  phrases: readonly PhraseEntry[];
  /** Weights of the run-time sources (curated, learned). */
  weights: ChannelWeights;
  /** A learned farm table, if any. */
  learned?: LearnedTable;
}

const NONE: readonly Candidate[] = Object.freeze([]);

function byLogP(a: Candidate, b: Candidate): number {
  return b.logP - a.logP;
}

/** A one-source evidence record; literal shapes keep the objects small and their sites monomorphic. */
function oneSource(source: ChannelSource, p: number): Candidate['bySource'] {
  switch (source) {
    case 'wordnet':
      return { wordnet: p };
    case 'related':
      return { related: p };
    case 'thesaurus':
      return { thesaurus: p };
    default:
      return { [source]: p };
  }
}
const MAX_MISSES = 50_000;
const MAX_CACHED = 8_000;

/** Fast channel: array lookups plus small run-time tables. */
export class IndexedChannel implements Channel {
  private readonly index: ChannelIndexData;
  private readonly cache = new Map<string, readonly Candidate[]>();
  private readonly misses = new Set<string>();
  /** spun -> original -> P(spun | original) per run-time source. */
  private readonly extra = new Map<string, Map<string, Partial<Record<ChannelSource, number>>>>();
  private readonly heads: Set<string>;
  private prefixes: Set<string> | undefined;
  private readonly logBuiltInScale: number;
  private readonly weights: ChannelWeights;

  constructor(options: IndexedChannelOptions) {
    this.index = options.index;
    this.weights = options.weights;
    this.heads = new Set(options.index.heads);
    const learned = options.learned ?? new Map<string, ReadonlyMap<string, number>>();
    // A learned table takes its weight from the built-in sources, so the mixture still sums to one.
    this.logBuiltInScale = Math.log10(learned.size > 0 ? 1 - options.weights.learned : 1);
    for (const [original, spuns] of curatedForms(options.phrases, options.morphology)) {
      for (const spun of spuns) this.addExtra(spun, original, 'curated', 1 / spuns.size);
    }
    for (const [original, spuns] of learned) {
      let total = 0;
      for (const c of spuns.values()) total += c;
      for (const [spun, count] of spuns) this.addExtra(spun, original, 'learned', count / total);
    }
  }

  /** {@inheritDoc Channel.mayStartPhrase} */
  mayStartPhrase(word: string): boolean {
    return this.heads.has(word);
  }

  /** {@inheritDoc Channel.mayExtendPhrase} */
  mayExtendPhrase(prefix: string): boolean {
    if (this.prefixes === undefined) {
      // Built on first use: the two-word starts of every spun form of three or more words.
      this.prefixes = this.index.twoWordStarts();
      for (const spun of this.extra.keys()) {
        const first = spun.indexOf(' ');
        const second = first < 0 ? -1 : spun.indexOf(' ', first + 1);
        if (second > 0) this.prefixes.add(spun.slice(0, second));
      }
    }
    return this.prefixes.has(prefix);
  }

  /**
   * {@inheritDoc Channel.byPrior}
   * The index stores each form's originals in that order already (scripts/build-channel.ts), so
   * forms that no run-time source (curated, learned) knows are read straight from it.
   */
  byPrior(spun: string): Iterable<Candidate> | undefined {
    if (this.extra.has(spun)) return undefined;
    const i = this.find(spun);
    return i < 0 ? NONE : this.indexEntries(i);
  }

  private *indexEntries(i: number): Generator<Candidate> {
    const { offsets } = this.index;
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) yield this.entry(e);
  }

  /** Index entry `e` as a candidate, its probability scaled for a learned table if one is given. */
  private entry(e: number): Candidate {
    const { original, logP, source, originals } = this.index;
    const lp = (logP[e] as number) + this.logBuiltInScale;
    const src = CHANNEL_SOURCES[source[e] as number] ?? 'wordnet';
    return makeCandidate(originals[original[e] as number] as string, lp, src, oneSource(src, 10 ** lp));
  }

  /** {@inheritDoc Channel.candidates} */
  candidates(spun: string): readonly Candidate[] {
    let hit = this.cache.get(spun);
    if (hit === undefined) {
      if (this.misses.has(spun)) return NONE;
      hit = this.compute(spun);
      if (hit.length > 0) {
        // Bounded like the misses: a crawl's vocabulary keeps growing, memory must not.
        if (this.cache.size >= MAX_CACHED) this.cache.clear();
        this.cache.set(spun, hit);
      }
      else {
        // Most multi-word spans are not spun forms: remember them cheaply, and forget them in bulk
        // so a long crawl cannot grow the set without bound.
        if (this.misses.size >= MAX_MISSES) this.misses.clear();
        this.misses.add(spun);
      }
    }
    return hit;
  }

  private compute(spun: string): readonly Candidate[] {
    const i = this.find(spun);
    const extra = this.extra.get(spun);
    if (i < 0 && extra === undefined) return NONE;
    const out: Candidate[] = [];
    let sorted = true;
    if (i >= 0) {
      const { offsets } = this.index;
      for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
        const c = this.entry(e);
        if (out.length > 0 && c.logP > (out[out.length - 1] as Candidate).logP) sorted = false;
        out.push(c);
      }
    }
    if (extra === undefined) return sorted ? out : out.sort(byLogP);
    // Run-time sources (curated, learned) add their mass to the built-in one.
    for (const [o, by] of extra) {
      const at = out.findIndex((c) => c.original === o);
      const prior = at < 0 ? undefined : out[at];
      let total = prior === undefined ? 0 : 10 ** prior.logP;
      let best: ChannelSource = prior?.source ?? 'curated';
      let bestMass = total;
      const bySource = { ...(prior?.bySource ?? {}) };
      for (const k of ['curated', 'learned'] as const) {
        const p = by[k];
        if (p === undefined) continue;
        const mass = this.weights[k] * p;
        bySource[k] = p;
        total += mass;
        if (mass > bestMass) {
          bestMass = mass;
          best = k;
        }
      }
      const merged = makeCandidate(o, Math.log10(Math.min(1, total)), best, bySource);
      if (at < 0) out.push(merged);
      else out[at] = merged;
    }
    return out.sort(byLogP);
  }

  private addExtra(spun: string, original: string, source: 'curated' | 'learned', p: number): void {
    if (spun === original) return;
    let m = this.extra.get(spun);
    if (m === undefined) this.extra.set(spun, (m = new Map()));
    const entry = m.get(original) ?? {};
    entry[source] = (entry[source] ?? 0) + p;
    m.set(original, entry);
    if (spun.includes(' ')) this.heads.add(spun.slice(0, spun.indexOf(' ')));
  }

  /** Index of a spun form in the precomputed index, or -1. */
  private find(spun: string): number {
    return this.index.findSpun(spun);
  }

}
