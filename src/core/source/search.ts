/**
 * Retrieval logic shared by every index store: a text's LSH band keys, and the ranking of
 * candidate originals by verification against the query.
 */
import type { SourceModel } from './classes.js';
import { classShingles, CLASS_SHINGLE } from './fingerprint.js';
import { bandKeys, DEFAULT_LSH, minhashSignature, type LshParams } from './minhash.js';
import { compareSource, prepareText, spinRate } from './verify.js';

/** One ranked candidate original of a spun text (the JSON contract of `unspin source`). */
export interface SourceHit {
  /** Document id in the index. */
  id: string;
  /** Title, or "" when the document has none. */
  title: string;
  /** Ranking score in [0, 1]. */
  score: number;
  /** Share of the query's content words explained by this original. */
  coverage: number;
  /** Share of the original's words (over the stretch the query covers) not kept unchanged. */
  spinRate: number;
  /** URL, when the document has one. */
  url?: string;
}

/** A candidate fetched from a store, with its text. */
export interface CandidateDoc {
  /** Document id. */
  id: string;
  /** Title or null. */
  title: string | null;
  /** URL or null. */
  url: string | null;
  /** Full text. */
  text: string;
}

/** Options of {@link rankCandidates}. */
export interface RankOptions {
  /** Most hits returned (default 5). */
  limit?: number;
  /** Hits with a lower coverage are dropped (default 0.3). */
  minCoverage?: number;
}

/** Default number of hits returned. */
export const DEFAULT_LIMIT = 5;
/** Default lowest coverage reported: sharing a few sentences is not being the source. */
export const DEFAULT_MIN_COVERAGE = 0.3;

/** Describes the fingerprint configuration; an index built with another one must be rebuilt. */
export function fingerprintSignature(model: SourceModel, lsh: LshParams = DEFAULT_LSH): string {
  return `${model.signature}; shingle=${CLASS_SHINGLE}; minhash=oph/${lsh.bins}; rows=${lsh.rows}`;
}

/** The LSH band keys of a text under the synonym-class fingerprint. */
export function textBandKeys(text: string, model: SourceModel, lsh: LshParams = DEFAULT_LSH): number[] {
  return bandKeys(minhashSignature(classShingles(text, model), lsh.bins), lsh.rows);
}

/** Verifies candidates against the query and returns the best, highest score first (ties by id). */
export function rankCandidates(query: string, candidates: readonly CandidateDoc[], model: SourceModel, options: RankOptions = {}): SourceHit[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const prepared = prepareText(query, model);
  const scored = candidates
    .map((c) => ({ c, m: compareSource(prepared, prepareText(c.text, model), model) }))
    .filter((x) => x.m.coverage >= minCoverage)
    .sort((x, y) => y.m.score - x.m.score || (x.c.id < y.c.id ? -1 : x.c.id > y.c.id ? 1 : 0))
    .slice(0, limit);
  return scored.map(({ c, m }) => ({
    id: c.id,
    title: c.title ?? '',
    score: round(m.score),
    coverage: round(m.coverage),
    spinRate: round(spinRate(c.text, query)),
    ...(c.url ? { url: c.url } : {}),
  }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
