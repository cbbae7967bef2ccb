/**
 * The document verdict: a logistic model over two features of the decoding, calibrated on benchmark
 * data by `scripts/fit-verdict.ts` (coefficients in `models/verdict.json`).
 */

/** Features of one decoded document. */
export interface VerdictFeatures {
  /** Estimated share of words substituted (sum of change confidences x words / words). */
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

/** Calibrated probability that the document is spun. */
export function verdictScore(model: VerdictModel, features: VerdictFeatures): number {
  const z = model.intercept + model.logShare * Math.log(features.spunShare + 0.001) + model.gain * features.gainPerWord;
  return 1 / (1 + Math.exp(-z));
}
