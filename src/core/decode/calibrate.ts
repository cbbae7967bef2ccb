/**
 * Calibrated confidence of a change: a logistic model over features of the decoding (the local
 * posterior, the language-model gain, the channel source, frequency shift, span shape), fitted by
 * `scripts/fit-confidence.ts` on reference-spinner data to predict that the change restores the
 * true original. The raw posterior alone is over-confident where the language model simply prefers
 * a more frequent word.
 */

/** Features of one change, by name. */
export type ChangeFeatures = Record<string, number>;

/** Logistic-regression coefficients over {@link ChangeFeatures}. */
export interface ConfidenceModel {
  /** Intercept. */
  intercept: number;
  /** Coefficient per feature name; absent features count as 0. */
  weights: Record<string, number>;
  /** How the coefficients were fitted. */
  provenance: string;
}

/** Calibrated probability that a change restores the true original. */
export function calibratedConfidence(model: ConfidenceModel, features: ChangeFeatures): number {
  let z = model.intercept;
  for (const name in features) z += (model.weights[name] ?? 0) * (features[name] as number);
  return 1 / (1 + Math.exp(-z));
}

/** logit, clipped so that posteriors of 0 and 1 stay finite. */
export function logit(p: number): number {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
}
