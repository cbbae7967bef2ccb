/**
 * Case transfer: a replacement takes the case pattern of the word it replaces, so that
 * "Number" becomes "Quantity", "NASA" stays all caps and lower case stays lower case.
 */

/** The case patterns the spinner distinguishes. */
export type CasePattern = 'lower' | 'title' | 'upper';

/** Classifies a surface word: all caps (two or more letters), initial capital, or lower. */
export function casePattern(word: string): CasePattern {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return 'lower';
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper';
  const first = letters.charAt(0);
  if (first !== first.toLowerCase()) return 'title';
  return 'lower';
}

/** Applies a case pattern to a lower-case replacement (title case capitalises only its first letter). */
export function applyCase(replacement: string, pattern: CasePattern): string {
  if (pattern === 'upper') return replacement.toUpperCase();
  if (pattern === 'title') return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
