/**
 * Carries the case pattern of the input span over to a suggested original, so suggestions read as
 * the input does ("Quantity" -> "Number", "NASA" stays upper case).
 */

/** Applies the case pattern of `input` to the lower-case `original`. */
export function matchCase(input: string, original: string): string {
  const letters = input.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return original.toUpperCase();
  }
  const first = input.charAt(0);
  if (first !== first.toLowerCase()) return original.charAt(0).toUpperCase() + original.slice(1);
  return original;
}
