/**
 * Conversions between log10 and sphinx's log base 1.0001 (the unit `sphinx_lm_eval` prints and the
 * unit the source model stores its scores in).
 */

/** log10(1.0001): one sphinx log unit expressed in log10. */
export const LOG10_OF_SPHINX_BASE = Math.log10(1.0001);

/** Convert a log10 value to sphinx's log base 1.0001. */
export function toLog10001(log10: number): number {
  return log10 / LOG10_OF_SPHINX_BASE;
}

/** Convert a log base 1.0001 value to log10. */
export function fromLog10001(log10001: number): number {
  return log10001 * LOG10_OF_SPHINX_BASE;
}
