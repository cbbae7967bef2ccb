/**
 * A dependency-free guess of whether a text is English, good enough to keep unspin from judging
 * text it cannot read. English prose has 35-55 % of its words in a small set of function words;
 * French, German, Spanish, Dutch, Italian and Portuguese share few of them and have their own (which
 * also name the language); other scripts have few ASCII letters at all (the note names the script).
 */
import type { Token } from '../types.js';

/** About 150 of the most frequent English function words. */
const ENGLISH = new Set(
  `a about above after again against all also although am an and another any are around as at be
  because been before being below between both but by can could did do does doing down during each
  either even every few for from further had has have having he her here hers herself him himself
  his how however i if in into is it its itself just many may me might more most much must my
  myself neither never no nor not now of off on once one only or other our ours ourselves out over
  own same shall she should since so some such than that the their theirs them themselves then
  there these they this those though through to too under until up upon us very was we were what
  when where whether which while who whom whose why will with within without would yet you your
  yours yourself it's don't didn't can't won't isn't wasn't i'm he's she's that's there's they're
  we're you're doesn't`
    .split(/\s+/)
    .filter(Boolean),
);

/** True for one of about 150 frequent English function words (lower case). */
export function isEnglishFunctionWord(word: string): boolean {
  return ENGLISH.has(word);
}

/**
 * Frequent function words of French, German, Spanish, Dutch, Italian and Portuguese that are not
 * English words (nor common English names or abbreviations once lower-cased: un, van, con, son, die,
 * war, com), by ISO 639-1 code. Their share is the counter-evidence; the language with the most of
 * them names the text.
 */
const FOREIGN_BY_LANGUAGE: Record<ForeignCode, string> = {
  fr: `de le la les des du une ne je tu est que qui dans pas sur au aux ce cette il elle ils nous vous
    sont avec mais ou où très été être avoir fait leur leurs ses sa`,
  de: `der das und ist nicht ein eine einen einem einer eines dem des mit sich auch auf für von zu zum zur
    bei beim vom aus dass durch über seit obwohl einige diese dieser dieses wird werden wurde wurden
    sind oder aber nach wie noch nur schon sehr ich du wir ihr ihre sie es kann können muss sein seine`,
  es: `de la y yo mi el los las del una por para como pero más sus este esta está fue ser muy también
    entre cuando sobre se que`,
  nl: `de het een en dat niet zijn voor aan ook als maar bij naar wordt werd heeft hebben dit deze nog
    wel zij hij ze worden kan geen ik mijn wat heel jullie`,
  it: `il di che della delle degli gli nel nella sono è per una anche più questo questa hanno essere
    stato dei alla alle sul la le`,
  pt: `de os não uma mais ao pelo pela são foi nos às que da do dos das em na muito também para por
    como sobre entre se seu sua ele ela`,
};

/** English names of the languages of {@link FOREIGN_BY_LANGUAGE}, for notes. */
const LANGUAGE_NAMES: Record<ForeignCode, string> = { fr: 'French', de: 'German', es: 'Spanish', nl: 'Dutch', it: 'Italian', pt: 'Portuguese' };
/** The foreign languages in the order of {@link FOREIGN_BY_LANGUAGE}, which breaks ties. */
const FOREIGN_CODES = Object.keys(FOREIGN_BY_LANGUAGE) as ForeignCode[];

/** Each foreign function word with the languages it belongs to. */
const FOREIGN = new Map<string, ForeignCode[]>();
for (const code of FOREIGN_CODES) {
  const words = FOREIGN_BY_LANGUAGE[code];
  for (const word of words.split(/\s+/)) {
    if (word === '' || ENGLISH.has(word)) continue;
    const codes = FOREIGN.get(word) ?? [];
    if (!codes.includes(code)) codes.push(code);
    FOREIGN.set(word, codes);
  }
}

/** True for a frequent function word of French, German, Spanish, Dutch, Italian or Portuguese (lower case). */
export function isForeignFunctionWord(word: string): boolean {
  return FOREIGN.has(word);
}

/** Writing systems named in the note on non-Latin text, most common first. */
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Cyrillic', /\p{Script=Cyrillic}/gu],
  ['Chinese or Japanese', /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/gu],
  ['Arabic', /\p{Script=Arabic}/gu],
  ['Greek', /\p{Script=Greek}/gu],
  ['Hebrew', /\p{Script=Hebrew}/gu],
  ['Korean', /\p{Script=Hangul}/gu],
  ['Devanagari', /\p{Script=Devanagari}/gu],
  ['Thai', /\p{Script=Thai}/gu],
];

/** The writing system with the most letters in `text`, if any of {@link SCRIPTS} appears. */
function mainScript(text: string): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [name, pattern] of SCRIPTS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > most) [best, most] = [name, count];
  }
  return best;
}

/** A language unspin can name: English, six European languages it tells apart, or `und`. */
export type LanguageCode = 'en' | 'fr' | 'de' | 'es' | 'nl' | 'it' | 'pt' | 'und';
/** The European languages told apart by their function words. */
type ForeignCode = Exclude<LanguageCode, 'en' | 'und'>;

/** The language guess for a text. */
export interface LanguageGuess {
  /**
   * `en` for English; the ISO 639-1 code of French, German, Spanish, Dutch, Italian or Portuguese
   * when the text's function words are theirs; `und` for anything else that is not English.
   */
  language: LanguageCode;
  /** Confidence in [0, 1] of the guess. */
  confidence: number;
  /** Plain note on why, for short or unclear texts. */
  note?: string;
  /** True when the text is `und` because it is written in another script than Latin. */
  otherScript?: boolean;
  /** For a named foreign language: the share of the words that are its function words. */
  foreignShare?: number;
  /**
   * How many different foreign function words the text has: of the named language when one is
   * named, of any of them otherwise (set once the text has words).
   */
  foreignDistinct?: number;
  /** Share of the letters that are ASCII (set once the text has letters). */
  asciiShare?: number;
}

/** Fewest words for a full guess; below this, see `guessLanguage`. */
const MIN_WORDS = 5;
/** Least English function-word share of prose (English is about 0.35-0.55). */
const MIN_FUNCTION_SHARE = 0.15;
/** Below this many words (a headline, one sentence) a lower share is enough. */
const SHORT_WORDS = 20;
/** Least function-word share of a short text. */
const MIN_SHORT_SHARE = 0.1;
/** Least share of letters that are ASCII. */
const MIN_ASCII_SHARE = 0.9;

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)*/gu;

/**
 * Guesses whether a text (or its tokens) is English. The rule:
 * - letters: at least 90 % of the letters must be ASCII (else `und`: another script);
 * - twenty words or more: English function words must make at least 15 % of the words and
 *   outnumber the foreign function words two to one;
 * - five to nineteen words (a headline, one sentence, often spun with its function words
 *   replaced): 10 % is enough, with the same two-to-one rule;
 * - fewer than five words: `en` only when the letters are ASCII and at least one word is an English
 *   function word and no word is a foreign one (with confidence at most 0.5 and a note); otherwise
 *   `und` with the note "too short to tell". Empty input is `und`.
 * A text that is not English is named `fr`, `de`, `es`, `nl`, `it` or `pt` when foreign function
 * words outnumber the English ones (the language with most of its own wins; ties go to the first in
 * that order), else `und`.
 */
export function guessLanguage(input: string | readonly Token[]): LanguageGuess {
  const text = typeof input === 'string' ? input : input.map((t) => (t.protected ? ' ' : t.text)).join('');
  const raw = text.match(WORD) ?? [];
  const words = raw.map((w) => w.toLowerCase().replace(/’/g, "'"));
  // Name particles need the words' places; most texts have no candidate for one, and skip that pass.
  const particles = words.some((w) => NAME_PARTICLES.has(w)) ? nameParticles(text, [...text.matchAll(WORD)], words) : NO_PARTICLES;
  let letters = 0;
  let ascii = 0;
  for (const w of words) {
    for (const ch of w) {
      if (ch === "'") continue;
      letters++;
      if (ch < '\u0080') ascii++;
    }
  }
  if (words.length === 0 || letters === 0) {
    return { language: 'und', confidence: 1, note: 'The text has no words, so its language cannot be told.' };
  }
  const asciiShare = ascii / letters;
  if (asciiShare < MIN_ASCII_SHARE) {
    const script = mainScript(text);
    return {
      language: 'und',
      otherScript: true,
      asciiShare,
      confidence: round(Math.min(1, 0.5 + (MIN_ASCII_SHARE - asciiShare))),
      note: `Only ${percent(asciiShare)} of the letters are Latin ASCII letters${script ? ` (the text is written in ${script} script)` : ''}: not English text.`,
    };
  }
  let english = 0;
  let foreign = 0;
  const byLanguage = new Map<ForeignCode, number>();
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (ENGLISH.has(w)) {
      english++;
      continue;
    }
    const codes = FOREIGN.get(w);
    if (codes === undefined || particles.has(i)) continue;
    foreign++;
    seen.add(w);
    for (const code of codes) byLanguage.set(code, (byLanguage.get(code) ?? 0) + 1);
  }
  // Names (capitalised words other than function words, and their particles) say nothing of the
  // language: a list of speakers in an English text stays English. German capitalises its nouns,
  // but its function words are lower case and still outnumber the English ones.
  let names = particles.size;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!ENGLISH.has(w) && !FOREIGN.has(w) && startsUpper(raw[i] as string)) names++;
  }
  const counted = Math.max(1, words.length - names);
  const share = english / counted;
  const foreignShare = foreign / counted;

  if (words.length < MIN_WORDS) {
    if (english > 0 && foreign === 0) {
      return { language: 'en', confidence: 0.5, note: 'The text is too short to tell its language reliably; taken as English.', foreignDistinct: 0, asciiShare };
    }
    return { language: 'und', confidence: 0.5, note: 'The text is too short to tell its language.', foreignDistinct: seen.size, asciiShare };
  }
  const minShare = words.length < SHORT_WORDS ? MIN_SHORT_SHARE : MIN_FUNCTION_SHARE;
  if (share >= minShare && english >= 2 * foreign) {
    // Confidence grows with the function-word share and with length.
    const strength = Math.min(1, (share - minShare) / 0.2 + 0.5) * Math.min(1, words.length / 30);
    return { language: 'en', confidence: round(Math.max(0.5, strength * (1 - foreignShare))), foreignDistinct: seen.size, asciiShare };
  }
  const confidence = round(Math.min(1, 0.6 + foreignShare + (minShare - Math.min(share, minShare))));
  if (foreign > english) {
    // The language whose own function words are most frequent; ties go to the one listed first.
    // Some language has one: foreign function words outnumber the English ones.
    let best = FOREIGN_CODES[0] as ForeignCode;
    let most = 0;
    for (const code of FOREIGN_CODES) {
      const count = byLanguage.get(code) ?? 0;
      if (count > most) [best, most] = [code, count];
    }
    return {
      language: best,
      confidence,
      foreignShare: most / words.length,
      foreignDistinct: [...seen].filter((w) => FOREIGN.get(w)?.includes(best)).length,
      asciiShare,
      note: `The text looks like ${LANGUAGE_NAMES[best]}, not English (${percent(most / words.length)} of its words are ${LANGUAGE_NAMES[best]} function words).`,
    };
  }
  return {
    language: 'und',
    confidence,
    foreignDistinct: seen.size,
    asciiShare,
    note:
      share >= minShare
        ? `${percent(share)} of the words are common English function words, but ${percent(foreignShare)} are French, German, Spanish, Dutch, Italian or Portuguese ones: not recognisably English.`
        : `Only ${percent(share)} of the words are common English function words (English prose has 35-55 %): not recognisably English.`,
  };
}

/**
 * Words that open the particles of a name ("de la", "van der", "dos"). Articles such as der and la
 * may follow but never open one: "die Mehrheit der Abgeordneten" is German, not a name.
 */
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'du', 'del', 'della', 'di', 'van', 'von', 'ten', 'ter']);

const NO_PARTICLES: ReadonlySet<number> = new Set();

/** True when a word starts with a capital letter (ASCII without a regular expression). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
}

/**
 * Indices of the words that are particles of names ("Maria de la Cruz", "Jan van der Berg", "Sofia
 * dos Santos"): lower-case function words between two capitalised words, only spaces apart, the
 * first of them one of {@link NAME_PARTICLES}. An English text that lists such names is no less English for them.
 */
function nameParticles(text: string, matches: readonly RegExpMatchArray[], words: readonly string[]): ReadonlySet<number> {
  const out = new Set<number>();
  const capital = (i: number): boolean => startsUpper((matches[i] as RegExpMatchArray)[0]);
  const spaceBefore = (i: number): boolean => {
    const prev = matches[i - 1] as RegExpMatchArray;
    const here = matches[i] as RegExpMatchArray;
    return /^[ \t\u00a0]+$/.test(text.slice((prev.index ?? 0) + prev[0].length, here.index ?? 0));
  };
  for (let i = 1; i < words.length - 1; i++) {
    if (!NAME_PARTICLES.has(words[i] as string) || capital(i) || !capital(i - 1) || !spaceBefore(i)) continue;
    let k = i;
    while (k + 1 < words.length && FOREIGN.has(words[k + 1] as string) && !capital(k + 1) && spaceBefore(k + 1)) k++;
    if (k + 1 < words.length && capital(k + 1) && spaceBefore(k + 1)) for (let j = i; j <= k; j++) out.add(j);
    i = k;
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function percent(x: number): string {
  return `${Math.round(x * 100)} %`;
}
