/**
 * Synonym classes for source fingerprints, built from the channel model's reverse index: words that
 * a spinner swaps for one another (inflections, WordNet synset co-members) get the same class id,
 * so a spun copy keeps most of its original's fingerprint. Plain union-find over all synonym pairs
 * would melt the vocabulary into one giant class, so pairs are merged strongest first and a merge
 * that would make a class larger than `maxClassSize` is skipped.
 */
import type { ChannelIndexData } from '../channel/index-format.js';
import { CHANNEL_SOURCES, type ChannelSource } from '../channel/weights.js';
import { hashString } from './hash.js';
import { STOPWORDS } from './stopwords.js';

/** Options of {@link buildSourceModel}. */
export interface SourceModelOptions {
  /** Largest class built by merging synonym pairs (default 24). Inflections are merged regardless. */
  maxClassSize?: number;
  /** Channel sources whose pairs are merged (default wordnet and inflection). */
  sources?: readonly ChannelSource[];
  /** Pairs weaker than this log10 P(spun | original) are not merged (default -9: all). */
  minLogP?: number;
}

/** What fingerprints and verification need from the channel model. */
export interface SourceModel {
  /** Class id of a lower-case word: shared by the synonyms merged with it, else a hash of the word. */
  classOf(word: string): number;
  /** True when `spun` may replace `original` according to the channel index (either direction). */
  related(spun: string, original: string): boolean;
  /** A short description of how the classes were built, stored with an index to detect mismatches. */
  readonly signature: string;
}

/** Default options, part of {@link SourceModel.signature}. */
export const DEFAULT_SOURCE_MODEL_OPTIONS: Required<SourceModelOptions> = {
  maxClassSize: 24,
  sources: ['wordnet', 'inflection'],
  minLogP: -9,
};

const SINGLE_WORD = /^[a-z]+(?:'[a-z]+)?$/;

/** Builds the synonym classes of the channel index (about a second on 277k spun forms). */
export function buildSourceModel(index: ChannelIndexData, options: SourceModelOptions = {}): SourceModel {
  const opts = { ...DEFAULT_SOURCE_MODEL_OPTIONS, ...options };
  const ids = new Map<string, number>();
  const idOf = (w: string): number => {
    let id = ids.get(w);
    if (id === undefined) {
      id = ids.size;
      ids.set(w, id);
    }
    return id;
  };
  const inflectionSource = CHANNEL_SOURCES.indexOf('inflection');
  const merged = new Set(opts.sources.map((s) => CHANNEL_SOURCES.indexOf(s)));
  const inflections: Array<[number, number]> = [];
  const synonyms: Array<[number, number, number]> = [];
  const { spun, offsets, original, logP, source, originals } = index;
  const originalOk = originals.map((o) => SINGLE_WORD.test(o) && !STOPWORDS.has(o));
  for (let i = 0; i < spun.length; i++) {
    const s = spun[i] as string;
    if (!SINGLE_WORD.test(s) || STOPWORDS.has(s)) continue;
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
      const src = source[e] as number;
      const o = original[e] as number;
      if (!merged.has(src) || !originalOk[o]) continue;
      const p = logP[e] as number;
      const pair: [number, number] = [idOf(s), idOf(originals[o] as string)];
      if (src === inflectionSource) inflections.push(pair);
      else if (p >= opts.minLogP) synonyms.push([pair[0], pair[1], p]);
    }
  }
  const parent = new Int32Array(ids.size).map((_, i) => i);
  const size = new Int32Array(ids.size).fill(1);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      const up = parent[parent[x] as number] as number;
      parent[x] = up;
      x = up;
    }
    return x;
  };
  const union = (a: number, b: number, cap: number): void => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb || (size[ra] as number) + (size[rb] as number) > cap) return;
    if ((size[ra] as number) < (size[rb] as number)) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra] = (size[ra] as number) + (size[rb] as number);
  };
  for (const [a, b] of inflections) union(a, b, Infinity);
  // Strongest pairs first; ties broken by ids so that the classes never depend on sort stability.
  synonyms.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  for (const [a, b] of synonyms) union(a, b, opts.maxClassSize);

  const classes = new Map<string, number>();
  const names = [...ids.keys()];
  // A class id is the hash of its alphabetically first member: stable across builds of the same data.
  const rootName = new Map<number, string>();
  names.forEach((w, i) => {
    const r = find(i);
    const prev = rootName.get(r);
    if (prev === undefined || w < prev) rootName.set(r, w);
  });
  names.forEach((w, i) => classes.set(w, hashString(rootName.get(find(i)) as string)));

  const spunIds = new Map<string, number>();
  spun.forEach((s, i) => spunIds.set(s, i));
  const relatedCache = new Map<string, ReadonlySet<string>>();
  const originalsOf = (s: string): ReadonlySet<string> => {
    let set = relatedCache.get(s);
    if (set === undefined) {
      const out = new Set<string>();
      const i = spunIds.get(s);
      if (i !== undefined) for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) out.add(originals[original[e] as number] as string);
      set = out;
      if (relatedCache.size > 100_000) relatedCache.clear();
      relatedCache.set(s, set);
    }
    return set;
  };
  return {
    classOf: (word) => classes.get(word) ?? hashString(word),
    related: (a, b) => originalsOf(a).has(b) || originalsOf(b).has(a),
    signature: `classes/v1 cap=${opts.maxClassSize} sources=${opts.sources.join('+')} minLogP=${opts.minLogP} channel=${index.spun.length}/${index.original.length}`,
  };
}

/** A model without synonym classes (every word its own class), for tests and the plain baseline. */
export function plainSourceModel(): SourceModel {
  return { classOf: hashString, related: () => false, signature: 'plain/v1' };
}
