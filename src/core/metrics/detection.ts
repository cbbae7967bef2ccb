/** Document-detection metrics of docs/metrics.md: ROC AUC and the false-positive rate at 95 % recall. */

/**
 * ROC AUC: the probability that a random positive scores above a random negative, ties counting half
 * (the Mann–Whitney statistic). NaN when either class is empty.
 */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return NaN;
  const all = [
    ...positives.map((s) => ({ s, pos: true })),
    ...negatives.map((s) => ({ s, pos: false })),
  ].sort((x, y) => x.s - y.s);
  // Average ranks over ties, then U = rank sum of positives − P(P+1)/2.
  let rankSum = 0;
  let i = 0;
  while (i < all.length) {
    let j = i;
    while (j + 1 < all.length && (all[j + 1] as { s: number }).s === (all[i] as { s: number }).s) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if ((all[k] as { pos: boolean }).pos) rankSum += avgRank;
    i = j + 1;
  }
  const p = positives.length;
  return (rankSum - (p * (p + 1)) / 2) / (p * negatives.length);
}

/**
 * The threshold that catches `recall` (default 0.95) of the positives: the highest score t such that
 * at least that share of positives score ≥ t, i.e. the ⌈recall·P⌉-th highest positive score.
 */
export function thresholdAtRecall(positives: readonly number[], recall = 0.95): number {
  if (positives.length === 0) return NaN;
  const sorted = [...positives].sort((a, b) => b - a);
  const k = Math.max(1, Math.ceil(recall * sorted.length - 1e-9));
  return sorted[k - 1] as number;
}

/** False-positive rate at thresholdAtRecall: the share of negatives scoring ≥ that threshold. */
export function fprAtRecall(positives: readonly number[], negatives: readonly number[], recall = 0.95): number {
  if (negatives.length === 0) return NaN;
  const t = thresholdAtRecall(positives, recall);
  if (Number.isNaN(t)) return NaN;
  return negatives.filter((s) => s >= t).length / negatives.length;
}
