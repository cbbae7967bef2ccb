/**
 * Carries the case pattern of the input span over to a suggested original, so suggestions read as
 * the input does ("Quantity" -> "Number", "NASA" stays upper case).
 */

/** Words a title leaves in lower case ("House of Commons"). */
const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/**
 * Applies the case pattern of `input` to the lower-case `original`: all capitals stay all capitals;
 * a name keeps its capitals word by word ("Home of Commons" -> "House of Commons", "Nationwide Well
 * being Service" -> "National Health Service"); otherwise a capital first letter carries over.
 */
export function matchCase(input: string, original: string): string {
  const letters = input.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return original.toUpperCase();
  }
  const inWords = input.split(/\s+/);
  const outWords = original.split(' ');
  if (inWords.length > 1) {
    if (inWords.length === outWords.length) return outWords.map((w, i) => (isCapitalised(inWords[i] ?? '') ? capitalise(w) : w)).join(' ');
    // A title: first and last words capitalised. Its original is one too.
    if (isCapitalised(inWords[0] ?? '') && isCapitalised(inWords[inWords.length - 1] ?? '')) {
      return outWords.map((w, i) => (i > 0 && SMALL.has(w) ? w : capitalise(w))).join(' ');
    }
  }
  return isCapitalised(input) ? capitalise(original) : original;
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
