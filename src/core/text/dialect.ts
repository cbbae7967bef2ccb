/**
 * Words that British and American English name differently ("tinned" and "canned", "maths" and
 * "math"), and everyday clippings ("mins" for "minutes"). The language model is American, so it
 * prefers the American word in British text; a candidate that is only the other dialect's word is
 * no evidence of spinning, just as a respelling is not (spelling-variants.ts). Kept as small data
 * blocks (one pair a line, `#` starts a comment), parsed once at load. Source: standard
 * British/American usage differences, chosen where both words are WordNet synonyms, so that the
 * channel proposes one for the other.
 */
const DATA = `
# Food and kitchen (a British recipe had "tinned -> canned", "coriander -> cilantro").
tinned canned
coriander cilantro
courgette zucchini
aubergine eggplant
mangetout snowpea
cooker stove
soured sour
# School, home and everyday life (a school report had "maths -> math").
maths math
nappy diaper
dummy pacifier
rubbish garbage
dustbin trashcan
jumper sweater
trainers sneakers
postcode zipcode
chemist pharmacy
chemist pharmacist
chemist druggist
chemist drugstore
# Transport and the street.
lorry truck
aeroplane airplane
petrol gasoline
motorway highway
pavement sidewalk
# Measure and direction.
lengthways lengthwise
sideways sidewise
`;

/**
 * Clipped words that writers use for the full word (clipped, then full). A thesaurus lists them as
 * synonyms, so the channel proposes the full word for them, and the morphology another inflection;
 * a spinner can write a clipping too ("tues" for "Tuesday"), which is why this is a list of the
 * everyday ones, not a rule.
 */
const CLIPPINGS = `
min minute
hr hour
sec second
maths mathematics
math mathematics
exam examination
info information
ad advertisement
advert advertisement
lab laboratory
photo photograph
phone telephone
fridge refrigerator
flu influenza
gym gymnasium
vet veterinarian
uni university
bike bicycle
memo memorandum
prof professor
net internet
demo demonstration
veg vegetables
`;

/** The pairs of a data block, one a line (`#` starts a comment), each as its two words. */
function pairs(data: string): Array<[string, string]> {
  return data
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '')
    .map((line) => line.split(/\s+/) as [string, string]);
}

/** "british american" for every pair of the data, both lower case (a British word may have several). */
const PAIRS: ReadonlySet<string> = new Set(pairs(DATA).map((pair) => pair.join(' ')));
const paired = (a: string, b: string): boolean => PAIRS.has(`${a} ${b}`) || PAIRS.has(`${b} ${a}`);
/** The clipped words; the full words beside them in the data say what each clips. */
const CLIPPED: ReadonlySet<string> = new Set(pairs(CLIPPINGS).map(([clipped]) => clipped));

/** The singular of a plural ending in -s, or of a possessive ("chemist's"), else the word (enough for these nouns). */
function singular(word: string): string {
  if (word.endsWith("'s")) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * True when two lower-case words are the British and the American name of one thing, either way
 * round, as written or both in the singular.
 */
export function dialectVariants(a: string, b: string): boolean {
  if (a === b) return false;
  if (paired(a, b)) return true;
  const sa = singular(a);
  const sb = singular(b);
  return (sa !== a || sb !== b) && paired(sa, sb);
}

/**
 * True when a lower-case word is an everyday clipping ("mins", "maths", "exam"): writers use them on
 * purpose, so neither the full word nor another inflection ("min") is evidence of spinning.
 */
export function everydayClipping(word: string): boolean {
  return CLIPPED.has(word) || CLIPPED.has(singular(word));
}
