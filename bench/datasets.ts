/**
 * Benchmark data sets, all built with fixed seeds so that every run scores the same texts.
 */
import type { Lexicon, Morphology } from '../src/core/lexicon/types.js';
import { metricTokens } from '../src/core/metrics/tokens.js';
import { mulberry32, spin, type PhraseTable, type SpinStyle, type Substitution } from '../src/core/spin/index.js';
import type { Article } from './corpora.js';

/** Seed of the article shuffle. */
export const SAMPLE_SEED = 20_240_601;
/** Styles benchmarked. */
export const STYLES: readonly SpinStyle[] = ['wordnet', 'table', 'farm'];
/** Spin rates benchmarked (see SpinOptions.rate for the exact definition). */
export const RATES: readonly number[] = [0.1, 0.2, 0.3, 0.5];
/** Rates drawn for the mixed detection set. */
export const MIXED_RATES: readonly number[] = [0.05, 0.1, 0.2, 0.3, 0.5];

/** One spun document with its source. */
export interface SpunDoc {
  /** Article id. */
  id: string;
  /** The untouched article. */
  original: string;
  /** The spun article. */
  spun: string;
  /** True substitutions. */
  alignment: Substitution[];
  /** Style and rate it was spun with. */
  style: SpinStyle;
  /** Spin rate. */
  rate: number;
}

/** Articles shuffled with SAMPLE_SEED (Fisher–Yates on mulberry32) and cut into disjoint samples. */
export function sampleArticles(articles: readonly Article[], n: number): { spun: Article[]; untouched: Article[] } {
  const order = [...articles];
  const random = mulberry32(SAMPLE_SEED);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as Article, order[i] as Article];
  }
  return { spun: order.slice(0, n), untouched: order.slice(n, 2 * n) };
}

/** Spinner resources. */
export interface SpinResources {
  /** Lexicon for the wordnet style. */
  lexicon: Lexicon;
  /** Morphology for the wordnet style. */
  morphology: Morphology;
  /** Phrase table for the table style. */
  table: PhraseTable;
}

/** Seed of document `index` in a cell: distinct for every style, rate and document. */
export function cellSeed(style: SpinStyle, rate: number, index: number): number {
  return (STYLES.indexOf(style) + 1) * 1_000_000 + Math.round(rate * 100) * 10_000 + index;
}

/** Spins every article of the sample with one style and rate. */
export function spinCell(articles: readonly Article[], style: SpinStyle, rate: number, res: SpinResources): SpunDoc[] {
  return articles.map((a, i) => {
    const r = spin(a.text, { style, rate, seed: cellSeed(style, rate, i), ...res });
    return { id: a.id, original: a.text, spun: r.text, alignment: r.alignment, style, rate };
  });
}

/** Mixed detection set: each article gets a style and a rate from MIXED_RATES drawn with a fixed seed. */
export function spinMixed(articles: readonly Article[], res: SpinResources): SpunDoc[] {
  const random = mulberry32(SAMPLE_SEED + 1);
  return articles.map((a, i) => {
    const style = STYLES[Math.floor(random() * STYLES.length)] as SpinStyle;
    const rate = MIXED_RATES[Math.floor(random() * MIXED_RATES.length)] as number;
    const r = spin(a.text, { style, rate, seed: 9_000_000 + i, ...res });
    return { id: a.id, original: a.text, spun: r.text, alignment: r.alignment, style, rate };
  });
}

/** Carrier sentences for tortured phrases; each phrase goes into two of them. */
export const CARRIERS: readonly ((x: string) => string)[] = [
  (x) => `We used ${x} in this study.`,
  (x) => `The results show that ${x} improves the performance of the system.`,
  (x) => `In this paper, ${x} is applied to a large collection of data.`,
];

/** A carrier sentence holding one tortured phrase. */
export interface CarrierCase {
  /** The sentence. */
  text: string;
  /** Offset of the tortured phrase in the sentence. */
  start: number;
  /** End offset of the phrase. */
  end: number;
  /** The tortured phrase as written in the sentence (lower case). */
  tortured: string;
  /** The expected original term. */
  expected: string;
}

/** Two carrier sentences for phrase i: carriers i mod 3 and (i + 1) mod 3; the phrase is lower case. */
export function carrierCases(pairs: readonly { tortured: string; expected: string }[]): CarrierCase[] {
  const out: CarrierCase[] = [];
  pairs.forEach((p, i) => {
    const phrase = p.tortured.toLowerCase();
    for (const k of [i % 3, (i + 1) % 3]) {
      const make = CARRIERS[k] as (x: string) => string;
      const marker = '\u0000';
      const template = make(marker);
      const start = template.indexOf(marker);
      out.push({ text: make(phrase), start, end: start + phrase.length, tortured: phrase, expected: p.expected });
    }
  });
  return out;
}

/** Number of metric words of a text. */
export function wordCount(text: string): number {
  return metricTokens(text).length;
}
