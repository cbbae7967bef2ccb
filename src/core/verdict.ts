/**
 * The document verdict: a logistic model over two features of the decoding, calibrated on benchmark
 * data by `scripts/fit-confidence.ts` (coefficients in `models/verdict.json`) for a collection in
 * which one document in five is spun, so that a false accusation weighs as much as four misses.
 * check.ts halves the score of a document without a finding at the default thresholds.
 *
 * Both features are shrunk by a prior worth `priorWords` words of clean text (the share toward the
 * share found in clean text, the gain toward zero): one doubtful word in a short sentence is a high
 * share of a tiny sample, not evidence that the text is spun.
 */

/** Features of one decoded document. */
export interface VerdictFeatures {
  /** Estimated share of words substituted (each change's words weighed by `verdictWeight` in check.ts). */
  spunShare: number;
  /** Language-model log10 gain per word of the restored text over the input. */
  gainPerWord: number;
  /** Number of words. */
  words: number;
}

/** Logistic-regression coefficients; `score = sigmoid(intercept + Σ coef·feature)`. */
export interface VerdictModel {
  /** Intercept. */
  intercept: number;
  /** Coefficient of log(spunShare + 0.001). */
  logShare: number;
  /** Coefficient of gainPerWord. */
  gain: number;
  /** Weight, in words, of the prior that a text is clean (0: no shrinkage). */
  priorWords?: number;
  /** Spun share the decoder finds in clean text on average: the prior's share. */
  priorShare?: number;
  /** Where the coefficients come from. */
  provenance: string;
}

/** Used until a calibrated file is loaded: a spun share around 3 % is the even point. */
export const DEFAULT_VERDICT: VerdictModel = {
  intercept: 7,
  logShare: 2,
  gain: 20,
  provenance: 'uncalibrated default',
};

/** The features the model weighs: log share and gain per word, both shrunk by the model's prior. */
export function verdictInputs(model: Pick<VerdictModel, 'priorWords' | 'priorShare'>, features: VerdictFeatures): { logShare: number; gain: number } {
  const prior = model.priorWords ?? 0;
  const words = Math.max(0, features.words);
  const share = words + prior === 0 ? 0 : (features.spunShare * words + prior * (model.priorShare ?? 0)) / (words + prior);
  const gain = words + prior === 0 ? 0 : (features.gainPerWord * words) / (words + prior);
  return { logShare: Math.log(share + 0.001), gain };
}

/** Calibrated probability that the document is spun. */
export function verdictScore(model: VerdictModel, features: VerdictFeatures): number {
  const x = verdictInputs(model, features);
  const z = model.intercept + model.logShare * x.logShare + model.gain * x.gain;
  return 1 / (1 + Math.exp(-z));
}
