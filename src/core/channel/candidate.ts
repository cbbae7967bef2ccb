/**
 * The one place candidates are made. Every candidate gets all its fields in one order, so the
 * decoder's code over candidates sees one object shape (V8 then compiles it once, not per shape).
 */
import type { Candidate } from './types.js';
import type { ChannelSource } from './weights.js';

/** A new candidate original; `documentShare` only in a document's second pass. */
export function makeCandidate(
  original: string,
  logP: number,
  source: ChannelSource,
  bySource: Candidate['bySource'],
  documentShare?: number,
): Candidate {
  return { original, logP, source, bySource, documentShare };
}
