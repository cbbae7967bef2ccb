/**
 * Restoration metrics of docs/metrics.md: spun words, restore recall, false change and word error
 * rate. Counts are returned as well as ratios so that benchmarks can pool them over documents.
 */
import { matchedInA } from './matching-blocks.js';
import { metricTokens } from './tokens.js';

/** Word-level Levenshtein distance (substitution, insertion, deletion all cost 1). */
export function wordEditDistance(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/** WER: word edit distance from `hypothesis` to `reference` divided by the reference's length (0 for an empty reference). */
export function wer(reference: string, hypothesis: string): number {
  const ref = metricTokens(reference);
  return ref.length === 0 ? 0 : wordEditDistance(ref, metricTokens(hypothesis)) / ref.length;
}

/** Spun-word mask: true for each metric token of `original` not matched unchanged in `spun`. */
export function spunWords(original: string, spun: string): boolean[] {
  return matchedInA(metricTokens(original), metricTokens(spun)).map((m) => !m);
}

/** Pooled counts behind restore recall, false change and WER for one or more documents. */
export interface RestoreCounts {
  /** Metric tokens of the original. */
  words: number;
  /** Spun words (not matched unchanged in the spun text). */
  spun: number;
  /** Spun words matched unchanged in the restored text. */
  restored: number;
  /** Unspun words no longer matched in the restored text. */
  falseChanged: number;
  /** Word edit distance original → spun. */
  editsSpun: number;
  /** Word edit distance original → restored. */
  editsRestored: number;
}

/** Counts for one document: its original, the spinner's output and a system's restoration of it. */
export function restoreCounts(original: string, spun: string, restored: string): RestoreCounts {
  const o = metricTokens(original);
  const s = metricTokens(spun);
  const r = metricTokens(restored);
  const inSpun = matchedInA(o, s);
  const inRestored = matchedInA(o, r);
  let spunCount = 0;
  let restoredCount = 0;
  let falseChanged = 0;
  for (let i = 0; i < o.length; i++) {
    if (!inSpun[i]) {
      spunCount++;
      if (inRestored[i]) restoredCount++;
    } else if (!inRestored[i]) {
      falseChanged++;
    }
  }
  return {
    words: o.length,
    spun: spunCount,
    restored: restoredCount,
    falseChanged,
    editsSpun: wordEditDistance(o, s),
    editsRestored: wordEditDistance(o, r),
  };
}

/** Sums counts over documents (micro-average). */
export function addCounts(a: RestoreCounts, b: RestoreCounts): RestoreCounts {
  return {
    words: a.words + b.words,
    spun: a.spun + b.spun,
    restored: a.restored + b.restored,
    falseChanged: a.falseChanged + b.falseChanged,
    editsSpun: a.editsSpun + b.editsSpun,
    editsRestored: a.editsRestored + b.editsRestored,
  };
}

/** Zero counts, the identity of addCounts. */
export function emptyCounts(): RestoreCounts {
  return { words: 0, spun: 0, restored: 0, falseChanged: 0, editsSpun: 0, editsRestored: 0 };
}

/** The ratios of docs/metrics.md from pooled counts; NaN where the denominator is zero. */
export interface RestoreRates {
  /** Share of original words that were spun. */
  spunShare: number;
  /** Share of spun words matched unchanged in the restored text. */
  restoreRecall: number;
  /** Share of unspun words no longer matched in the restored text. */
  falseChange: number;
  /** WER of the spun text against the original. */
  werSpun: number;
  /** WER of the restored text against the original. */
  werRestored: number;
}

/** Turns pooled counts into the reported ratios. */
export function restoreRates(c: RestoreCounts): RestoreRates {
  const unspun = c.words - c.spun;
  return {
    spunShare: c.words ? c.spun / c.words : NaN,
    restoreRecall: c.spun ? c.restored / c.spun : NaN,
    falseChange: unspun ? c.falseChanged / unspun : NaN,
    werSpun: c.words ? c.editsSpun / c.words : NaN,
    werRestored: c.words ? c.editsRestored / c.words : NaN,
  };
}
