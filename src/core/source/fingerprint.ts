/**
 * Source fingerprints: a document's content words (function words dropped, possessive 's cut),
 * mapped to synonym classes, cut into overlapping k-word shingles and hashed. Substituting a word
 * by a synonym of its class leaves the shingles intact; other substitutions break only the k
 * shingles that contain the word.
 */
import { metricTokens } from '../metrics/tokens.js';
import type { SourceModel } from './classes.js';
import { combine, hashString } from './hash.js';
import { STOPWORDS } from './stopwords.js';

/** Words per shingle of the synonym-class fingerprint. */
export const CLASS_SHINGLE = 2;

/** Words per shingle of the plain word-shingle baseline. */
export const PLAIN_SHINGLE = 3;

/** The content words of a text, lower case, in order (metric tokens minus function words). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const token of metricTokens(text)) {
    const w = token.endsWith("'s") ? token.slice(0, -2) : token;
    if (w !== '' && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

/** Class ids of the content words of a text. */
export function classSequence(text: string, model: SourceModel): Uint32Array {
  const words = contentWords(text);
  const out = new Uint32Array(words.length);
  words.forEach((w, i) => (out[i] = model.classOf(w)));
  return out;
}

/** Distinct hashes of the k-grams of `seq`, sorted; a sequence shorter than k gives one shingle. */
export function shingleHashes(seq: ArrayLike<number>, k: number): Uint32Array {
  const set = new Set<number>();
  const n = seq.length;
  if (n === 0) return new Uint32Array(0);
  const last = Math.max(0, n - k);
  for (let i = 0; i <= last; i++) {
    let h = k;
    for (let j = i; j < Math.min(n, i + k); j++) h = combine(h, seq[j] as number);
    set.add(h);
  }
  return Uint32Array.from(set).sort();
}

/** The synonym-class fingerprint of a text: hashed shingles of {@link CLASS_SHINGLE} content-word classes. */
export function classShingles(text: string, model: SourceModel): Uint32Array {
  return shingleHashes(classSequence(text, model), CLASS_SHINGLE);
}

/** The plain baseline's fingerprint: hashed shingles of {@link PLAIN_SHINGLE} consecutive words (all words, no classes). */
export function plainShingles(text: string): Uint32Array {
  return shingleHashes(metricTokens(text).map(hashString), PLAIN_SHINGLE);
}
