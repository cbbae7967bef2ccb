/**
 * British to American spelling, for the US-English language model: a British spelling such as
 * "stabilise" or "centre" is often missing from its vocabulary, and a synonym that is only the other
 * spelling ("stabilize") is no evidence of spinning.
 */

/** Suffix rules; the first that matches applies. */
const SUFFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=[a-z]{2})is(e|es|ed|ing|ation|ations|er|ers|able|ably|ability)$/, 'iz$1'],
  [/(?<=[a-z]{2})ys(e|es|ed|ing)$/, 'yz$1'],
  [/(?<=[a-z]{2})our(s|ed|ing|ite|ites|able|er|ers)?$/, 'or$1'],
  [/(?<=[a-z]{2})tre(s)?$/, 'ter$1'],
  [/(?<=[a-z]{2})mme(s)?$/, 'm$1'],
  [/(?<=[a-z]{2})(en|fen)ce(s)?$/, '$1se$2'],
  [/(?<=[a-z]{2}[aeiou])ll(ed|ing|er|ers|ist|ists)$/, 'l$1'],
  [/(?<=[a-z]{3})tr(ed|ing)$/, 'ter$1'],
  [/(?<=[a-z]{2})ogue(s)?$/, 'og$1'],
];

/** Whole stems that the suffix rules miss; applied first, so "anaesthetised" meets both. */
const STEMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(un)?scep(tic|tics|tical|tically|ticism)$/, '$1skep$2'],
  [/^grey(s|er|est|ish|ing|ed|ness)?$/, 'gray$1'],
  [/^tyre(s|d)?$/, 'tire$1'],
  [/^aluminium$/, 'aluminum'],
  [/^(ortho)?paed/, '$1ped'],
  [/^(an)?haem/, '$1hem'],
  [/^anaem/, 'anem'],
  [/^anaesth/, 'anesth'],
  [/^encyclopaed/, 'encycloped'],
  [/^oestr/, 'estr'],
  [/^foet/, 'fet'],
  [/^manoeuvre(s?)$/, 'maneuver$1'],
  [/^manoeuvr(ed|ing)$/, 'maneuver$1'],
  [/^diarrhoe/, 'diarrhe'],
  [/^plough(s|ed|ing)?$/, 'plow$1'],
  [/^mould(s|ed|ing|y)?$/, 'mold$1'],
  [/^pyjama(s)?$/, 'pajama$1'],
  [/^co-(ordinat|operat|opt)/, 'co$1'],
  [/^faec/, 'fec'],
  [/^palaeo/, 'paleo'],
  [/^mediaev/, 'mediev'],
  [/^leukaem/, 'leukem'],
  [/^yogh?o?urt(s)?$/, 'yogurt$1'],
  [/^chilli$/, 'chili'],
  [/^chillies$/, 'chilies'],
  [/^storey$/, 'story'],
  [/^storeys$/, 'stories'],
  [/^kerb(s)?$/, 'curb$1'],
  [/^cheque(s)?$/, 'check$1'],
  [/^jewellery$/, 'jewelry'],
  [/^jeweller(s)?$/, 'jeweler$1'],
  [/^draught(s|y)?$/, 'draft$1'],
  [/^cosy$/, 'cozy'],
  [/^ageing$/, 'aging'],
  [/^(acknowledg|judg)ement(s)?$/, '$1ment$2'],
  [/^practis(e|es|ed|ing)$/, 'practic$1'],
  [/^(enrol|fulfil|instal|distil)(s|ment|ments)?$/, '$1l$2'],
  [/^(skil|wil)ful(ly|ness)?$/, '$1lful$2'],
  [/^sulphur/, 'sulfur'],
  [/^moustache(s|d)?$/, 'mustache$1'],
  [/^specialit(y|ies)$/, 'specialt$1'],
  [/^doughnut(s)?$/, 'donut$1'],
];

/**
 * The American spelling of a lower-case British word, or the word itself when no rule applies.
 * Rules overgenerate ("promise" -> "promize"), so callers use the result only when it is a known
 * word and the input is not.
 */
export function americanSpelling(word: string): string {
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = convert(word);
    // Bounded like the decoder's other caches: a crawl's vocabulary keeps growing.
    if (cache.size >= 50_000) cache.clear();
    cache.set(word, hit);
  }
  return hit;
}

/** Words already converted: a text's words recur, and the rules are two dozen regular expressions. */
const cache = new Map<string, string>();

// Joining the rules' sources is exact only for rules without flags or back-references.
for (const [pattern] of [...STEMS, ...SUFFIXES]) {
  if (pattern.flags !== '' || /\\[1-9]/.test(pattern.source)) throw new Error(`spelling rule ${String(pattern)}: no flags or back-references allowed`);
}

/** Any of the rules at once: most words match none, and one test then replaces dozens. */
const ANY_STEM = new RegExp(STEMS.map(([pattern]) => pattern.source).join('|'));
const ANY_SUFFIX = new RegExp(SUFFIXES.map(([pattern]) => pattern.source).join('|'));

function convert(word: string): string {
  let out = word;
  if (ANY_STEM.test(out)) {
    for (const [pattern, replacement] of STEMS) {
      if (pattern.test(out)) {
        out = out.replace(pattern, replacement);
        break;
      }
    }
  }
  if (!ANY_SUFFIX.test(out)) return out;
  for (const [pattern, replacement] of SUFFIXES) {
    if (pattern.test(out)) return out.replace(pattern, replacement);
  }
  return out;
}

/** True when two lower-case words differ only by British/American spelling. */
export function spellingVariants(a: string, b: string): boolean {
  // Variants differ by a letter or two of length, so a bigger difference rules them out cheaply.
  if (a === b || a.length < 4 || b.length < 4 || Math.abs(a.length - b.length) > 2) return false;
  const aa = americanSpelling(a);
  const bb = americanSpelling(b);
  return aa === b || bb === a || aa === bb;
}
