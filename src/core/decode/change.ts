/** A change the decoder made: the data that findings, restoration and calibration are made from. */
import type { ChangeFeatures } from './calibrate.js';
import type { Alternative } from './posterior.js';

/** A change the decoder made, before thresholding. */
export interface Change {
  /** Start offset in the input. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Alternatives, best first; the first is the chosen original. */
  alternatives: Alternative[];
  /** Probability that the chosen original is the true one. */
  confidence: number;
  /** Probability that the span was spun at all, whatever its original: what findings report and thresholds test. */
  spunConfidence: number;
  /** Number of input words in the span. */
  words: number;
  /** log10 of how much likelier the language model finds the original than the input in this window. */
  lmGain: number;
  /** Features of the change, for calibration and fitting. */
  features: ChangeFeatures;
}
