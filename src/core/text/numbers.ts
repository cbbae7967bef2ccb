/**
 * Spells number tokens the way the CMU language model has them ("number ten", "two thousand four",
 * "nineteen nineties", "twenty percent", "three point five"). No "and" inside numbers, as in the
 * model's American English.
 */

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];
const ORDINAL_WORDS: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};
const CURRENCY: Record<string, [singular: string, plural: string]> = {
  '£': ['pound', 'pounds'],
  $: ['dollar', 'dollars'],
  '€': ['euro', 'euros'],
  '¥': ['yen', 'yen'],
};
const MAGNITUDE: Record<string, string> = { k: 'thousand', m: 'million', b: 'billion', bn: 'billion', tn: 'trillion' };

/** Largest integer spelled out: just under a trillion. */
const MAX_INTEGER = 999_999_999_999;

/** Spells a non-negative integer below a trillion as cardinal words. */
export function cardinalWords(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > MAX_INTEGER) throw new RangeError(`cannot spell ${n}`);
  if (n === 0) return ['zero'];
  const out: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    if (rest >= size) {
      out.push(...below1000(Math.floor(rest / size)), name);
      rest %= size;
    }
  }
  if (rest > 0) out.push(...below1000(rest));
  return out;
}

function below1000(n: number): string[] {
  const out: string[] = [];
  if (n >= 100) {
    out.push(ONES[Math.floor(n / 100)] as string, 'hundred');
    n %= 100;
  }
  if (n >= 20) {
    out.push(TENS[Math.floor(n / 10)] as string);
    n %= 10;
    if (n > 0) out.push(ONES[n] as string);
  } else if (n > 0) {
    out.push(ONES[n] as string);
  }
  return out;
}

/** Reads a year 1100-2099 as spoken: 1998 -> nineteen ninety eight, 1905 -> nineteen oh five. */
export function yearWords(year: number): string[] {
  if (year >= 2000 && year <= 2009) return cardinalWords(year); // two thousand four
  const hi = Math.floor(year / 100);
  const lo = year % 100;
  if (lo === 0) return [...cardinalWords(hi), 'hundred'];
  if (lo < 10) return [...cardinalWords(hi), 'oh', ...cardinalWords(lo)];
  return [...cardinalWords(hi), ...cardinalWords(lo)];
}

/** Turns the last word of a spelled number into its ordinal: twenty one -> twenty first. */
function ordinalize(words: string[]): string[] {
  const last = words[words.length - 1];
  if (last === undefined) return words;
  let ordinal: string;
  if (ORDINAL_WORDS[last]) ordinal = ORDINAL_WORDS[last];
  else if (last.endsWith('y')) ordinal = last.slice(0, -1) + 'ieth';
  else ordinal = last + 'th';
  return [...words.slice(0, -1), ordinal];
}

/** Turns the last word into its plural: nineteen ninety -> nineteen nineties. */
function pluralize(words: string[]): string[] {
  const last = words[words.length - 1];
  if (last === undefined) return words;
  let plural: string;
  if (last.endsWith('y')) plural = last.slice(0, -1) + 'ies';
  else if (last.endsWith('x')) plural = last + 'es';
  else plural = last + 's';
  return [...words.slice(0, -1), plural];
}

/** Spells the digits after a decimal point one by one: 3.05 -> three point zero five. */
function decimalWords(intPart: number, fraction: string): string[] {
  return [...cardinalWords(intPart), 'point', ...[...fraction].map((d) => ONES[Number(d)] as string)];
}

const NUMBER = /^([£$€¥])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%|st|nd|rd|th|s|'s|’s|k|m|bn|b|tn)?$/i;

/**
 * Spells a number token (as the tokeniser makes them) as the words the CMU language model expects,
 * one word an element: `10` -> [ten], `2004` -> [two, thousand, four], `1990s` -> [nineteen,
 * nineties], `20%` -> [twenty, percent], `3.5` -> [three, point, five], `10th` -> [tenth],
 * `1,200` -> [one, thousand, two, hundred], `£82.7m` -> [eighty, two, point, seven, million,
 * pounds]. Plain four-digit integers 1100-2099 (no commas) are read as years. Returns null for
 * what it cannot read (leading zeros, ordinals on decimals, amounts of a trillion or more, ...).
 */
export function spellNumber(token: string): string[] | null {
  const m = NUMBER.exec(token);
  if (!m) return null;
  const [, currency, intText = '', fraction, rawSuffix] = m;
  const suffix = rawSuffix?.toLowerCase().replace('’', "'");
  const digits = intText.replace(/,/g, '');
  if (digits.length > 1 && digits.startsWith('0') && !intText.includes(',')) return null;
  const value = Number(digits);
  if (!Number.isSafeInteger(value) || value > MAX_INTEGER) return null;
  const hasCommas = intText.includes(',');
  const isMagnitude = suffix !== undefined && suffix in MAGNITUDE;

  if (fraction !== undefined && suffix !== undefined && !isMagnitude && suffix !== '%') return null;
  let words: string[];
  if (fraction !== undefined) words = decimalWords(value, fraction);
  else if (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') {
    if (!ordinalSuffixFits(value, suffix)) return null;
    return ordinalize(cardinalWords(value));
  } else if (!currency && !hasCommas && suffix !== '%' && !isMagnitude && isYear(value, digits)) {
    words = yearWords(value);
  } else words = cardinalWords(value);

  if (suffix === 's' || suffix === "'s") {
    if (currency || fraction !== undefined) return null;
    // 80s -> eighties; 1990s -> nineteen nineties.
    return pluralize(words);
  }
  if (suffix === '%') return currency ? null : [...words, 'percent'];
  if (isMagnitude) words = [...words, MAGNITUDE[suffix as string] as string];
  if (currency) {
    const names = CURRENCY[currency];
    if (!names) return null;
    const one = value === 1 && fraction === undefined && !isMagnitude;
    words = [...words, one ? names[0] : names[1]];
  } else if (isMagnitude && suffix !== 'bn' && suffix !== 'tn') {
    // A bare 5m or 10k is as likely metres or a run as millions: do not guess.
    return null;
  }
  return words;
}

function isYear(value: number, digits: string): boolean {
  return digits.length === 4 && value >= 1100 && value <= 2099;
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st ... */
function ordinalSuffixFits(value: number, suffix: string): boolean {
  const lastTwo = value % 100;
  const last = value % 10;
  if (lastTwo >= 11 && lastTwo <= 13) return suffix === 'th';
  if (last === 1) return suffix === 'st';
  if (last === 2) return suffix === 'nd';
  if (last === 3) return suffix === 'rd';
  return suffix === 'th';
}
