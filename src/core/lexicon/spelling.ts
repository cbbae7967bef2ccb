/**
 * Regular English inflection spelling rules (no lexicon): plural/3sg -s, past -ed, gerund -ing,
 * comparison -er/-est, with consonant doubling, e-drop and y → i.
 */

const VOWEL = /[aeiou]/;

/** Rough syllable count: vowel groups, not counting a silent final e. */
export function syllables(w: string): number {
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  const silentE = /[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w) ? 1 : 0;
  return Math.max(1, groups - silentE);
}

/**
 * Whether a final consonant doubles before -ed/-ing/-er (stop → stopped, big → bigger). Only
 * one-syllable words are decided here; longer ones (admit → admitted) come from WordNet's exceptions.
 */
export function doublesFinal(w: string): boolean {
  if (syllables(w) !== 1) return false;
  return /(^|[^aeiou])[aeiou][b-df-hj-np-tvz]$/.test(w) || /qu[aeiou][b-df-hj-np-tvz]$/.test(w);
}

/** -s / -es form: noun plural or verb third person singular. */
export function addS(w: string, verb: boolean): string {
  if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (verb && /[^aeiou]o$/.test(w)) return `${w}es`;
  return `${w}s`;
}

/** Regular past / past participle. */
export function addEd(w: string): string {
  if (w.endsWith('e')) return `${w}d`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  if (doublesFinal(w)) return `${w}${w.slice(-1)}ed`;
  return `${w}ed`;
}

/** Regular -ing form. */
export function addIng(w: string): string {
  if (w.endsWith('ie')) return `${w.slice(0, -2)}ying`;
  if (w.endsWith('e') && !/(ee|ye|oe)$/.test(w) && w !== 'be') return `${w.slice(0, -1)}ing`;
  if (doublesFinal(w)) return `${w}${w.slice(-1)}ing`;
  return `${w}ing`;
}

/** Whether a word compares with -er/-est rather than more/most (short adjectives: big, happy, simple). */
export function comparesWithSuffix(w: string, adverb: boolean): boolean {
  if (!/^[a-z]{3,}$/.test(w) || /ed$/.test(w) || (adverb && w.endsWith('ly'))) return false;
  const n = syllables(w);
  return n === 1 || (n === 2 && /([^aeiou]y|le|ow)$/.test(w));
}

/** Suffix comparison: -er (comparative) or -est (superlative), for words that take it. */
export function addEr(w: string, suffix: 'er' | 'est'): string {
  if (w.endsWith('e')) return `${w}${suffix.slice(1)}`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}i${suffix}`;
  if (doublesFinal(w)) return `${w}${w.slice(-1)}${suffix}`;
  return `${w}${suffix}`;
}

/** True when `c` is a consonant letter. */
export function isConsonant(c: string | undefined): boolean {
  return c !== undefined && /[a-z]/.test(c) && !VOWEL.test(c);
}
