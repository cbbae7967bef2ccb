/**
 * The closed-class word list (`data/function-words.tsv`) behind the channel's function-word source.
 * See the file's header for the format.
 */

/** The parsed list: English closed-class words and foreign leakage. */
export interface FunctionWords {
  /** English function words: originals and spun forms. */
  english: string[];
  /** Foreign function words: spun forms only. */
  foreign: string[];
  /** Class of each English word (det, prep, pron, conj, aux, adv). */
  classOf: Record<string, string>;
}

const CLASSES = new Set(['det', 'prep', 'pron', 'conj', 'aux', 'adv', 'foreign']);

/** Parses the list; throws an Error naming the first bad line. */
export function parseFunctionWords(text: string): FunctionWords {
  const out: FunctionWords = { english: [], foreign: [], classOf: {} };
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const [word = '', cls = '', note = ''] = raw.split('\t');
    const where = `function-words line ${i + 1}`;
    if (!/^[a-z]+$/.test(word)) throw new Error(`${where}: "${word}" must be one lower-case word`);
    if (!CLASSES.has(cls)) throw new Error(`${where}: class "${cls}" must be one of ${[...CLASSES].join(', ')}`);
    if (note.trim() === '') throw new Error(`${where}: the note (provenance) is empty`);
    if (seen.has(word)) throw new Error(`${where}: "${word}" is listed twice`);
    seen.add(word);
    (cls === 'foreign' ? out.foreign : out.english).push(word);
    if (cls !== 'foreign') out.classOf[word] = cls;
  });
  return out;
}
