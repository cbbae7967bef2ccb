/**
 * Chemical elements as a thesaurus spinner writes them, and as chemistry writes them. WordNet makes
 * "indium" a synonym of "in", "arsenic" of "as", "beryllium" of "be" (their chemical symbols), so a
 * sense-blind spinner writes "indium the busiest streets" or "atomic number 49 the busiest
 * streets"; a revision sheet writes "Indium, atomic number 49, is a soft metal". There the element
 * is what the text is about, and restoring "in" would be a false accusation.
 */
import { wordListPattern, wordListUse } from './word-list.js';

/** The elements whose symbols are English words or letters a spinner replaces, and the rest too. */
const ELEMENTS = new Set(
  `hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium magnesium
  aluminium aluminum silicon phosphorus sulfur sulphur chlorine argon potassium calcium scandium
  titanium vanadium chromium manganese iron cobalt nickel copper zinc gallium germanium arsenic
  selenium bromine krypton rubidium strontium yttrium zirconium niobium molybdenum technetium
  ruthenium rhodium palladium silver cadmium indium tin antimony tellurium iodine xenon caesium
  cesium barium lanthanum cerium praseodymium neodymium promethium samarium europium gadolinium
  terbium dysprosium holmium erbium thulium ytterbium lutetium hafnium tantalum tungsten rhenium
  osmium iridium platinum gold mercury thallium lead bismuth polonium astatine radon francium
  radium actinium thorium protactinium uranium neptunium plutonium americium curium berkelium
  californium einsteinium fermium mendelevium nobelium lawrencium`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words of chemistry (not "atomic", which the spinner's "atomic number 49" brings along). */
const CHEMISTRY = new Set(
  `element elements metal metals metalloid metalloids atom atoms isotope isotopes proton protons
  neutron neutrons electron electrons periodic compound compounds molecule molecules chemical
  chemicals chemistry oxide oxides chloride chlorides sulfide sulphide alloy alloys ion ions
  halogen halogens mineral minerals ore ores nucleus valence oxidation reactive`
    .split(/\s+/)
    .filter(Boolean),
);

const ATOMIC_NUMBER = /^atomic number \d+$/;
const CHEMISTRY_PATTERN = wordListPattern(CHEMISTRY);

/** True when a lower-case spun phrase names a chemical element ("indium", "atomic number 49"). */
export function isElementName(phrase: string): boolean {
  return ELEMENTS.has(phrase) || ATOMIC_NUMBER.test(phrase);
}

/**
 * True when a text of `words` words is about chemistry: it uses at least three different words of
 * chemistry (metal, isotope, compound, oxide...), five at least and one word in a hundred. A spun news
 * article may have a few of them, as substitutes ("element" for "factor") or by chance ("a chemical
 * spill"), the more the longer it is; a text on the elements is full of them.
 */
export function aboutChemistry(text: string, words: number): boolean {
  const { distinct, uses } = wordListUse(text, CHEMISTRY_PATTERN);
  return distinct >= 3 && uses >= Math.max(5, words / 100);
}

/**
 * True when the word just before or after text[start, end), only spaces or a hyphen away, is another
 * element or a word of chemistry: "indium tin oxide", "arsenic trioxide" is a compound's name, not
 * a spun "in" or "as".
 */
export function nextToChemistry(text: string, start: number, end: number): boolean {
  // Only spaces or a hyphen apart: "...mine for gold. Helium has" is two sentences, no compound.
  const before = /(\p{L}+)[ \t-]*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^[ \t-]*(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1];
  return [before, after].some((w) => w !== undefined && (ELEMENTS.has(w.toLowerCase()) || CHEMISTRY.has(w.toLowerCase()) || /^(?:di|tri|tetra|per|mon)?oxide$/i.test(w)));
}
