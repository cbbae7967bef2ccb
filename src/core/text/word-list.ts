/** A list of words as one case-insensitive expression, and how a text uses them. */

/** One expression matching any of `words` as a whole word (no letter or apostrophe next to it). */
export function wordListPattern(words: Iterable<string>): RegExp {
  return new RegExp(`(?<![\\p{L}'’])(?:${[...words].join('|')})(?![\\p{L}'’])`, 'giu');
}

/**
 * How a text uses the words of a {@link wordListPattern}: how many different ones, and how many
 * times in all. The engine skips the other words faster than a loop over every word would.
 */
export function wordListUse(text: string, pattern: RegExp): { distinct: number; uses: number } {
  const seen = new Set<string>();
  let uses = 0;
  for (const m of text.matchAll(pattern)) {
    seen.add(m[0].toLowerCase());
    uses++;
  }
  return { distinct: seen.size, uses };
}
