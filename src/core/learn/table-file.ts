/**
 * The farm table file (docs/farm-table.md): substitutions a content farm makes, learned from
 * aligned (original, spun) pairs, with counts and example contexts. One pair a line:
 *
 *   original<TAB>spun<TAB>count[<TAB>context...]
 *
 * Lines starting with `#` and blank lines are comments. Everything but contexts is lower case.
 */
import type { LearnedTable } from '../channel/types.js';

/** Magic first line written by {@link formatLearnedTable}. */
export const FARM_TABLE_HEADER = '# unspin farm table v1';

/** One learned substitution. */
export interface FarmEntry {
  /** Original phrase, lower case, 1 to 4 words. */
  original: string;
  /** Spun phrase, lower case. */
  spun: string;
  /** How often it was seen. */
  count: number;
  /** Example contexts: the original's words around it, the phrase in [brackets]. */
  contexts: string[];
}

/** Most words in an original phrase. */
export const MAX_ORIGINAL_WORDS = 4;
/** Most words in a spun phrase. */
export const MAX_SPUN_WORDS = 6;

const PHRASE = /^[^\s\t]+(?: [^\s\t]+)*$/;

/** Parses a farm table into entries; throws an Error whose one-line message names the line. */
export function parseFarmTable(text: string): FarmEntry[] {
  const out: FarmEntry[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const where = `farm table line ${n}`;
    const fields = raw.split('\t');
    if (fields.length < 3) throw new Error(`${where}: expected original<TAB>spun<TAB>count, got ${fields.length} field${fields.length === 1 ? '' : 's'}`);
    const [originalRaw = '', spunRaw = '', countRaw = '', ...contexts] = fields;
    const original = originalRaw.trim().replace(/ +/g, ' ');
    const spun = spunRaw.trim().replace(/ +/g, ' ');
    for (const [name, value, max] of [
      ['original', original, MAX_ORIGINAL_WORDS],
      ['spun', spun, MAX_SPUN_WORDS],
    ] as const) {
      if (value === '' || !PHRASE.test(value)) throw new Error(`${where}: the ${name} phrase is empty`);
      if (value !== value.toLowerCase()) throw new Error(`${where}: "${value}" must be lower case`);
      if (value.split(' ').length > max) throw new Error(`${where}: the ${name} phrase "${value}" has more than ${max} words`);
    }
    if (original === spun) throw new Error(`${where}: "${spun}" replaces itself`);
    const count = Number(countRaw.trim());
    if (!/^\d+$/.test(countRaw.trim()) || !Number.isSafeInteger(count) || count < 1) {
      throw new Error(`${where}: count "${countRaw}" must be a positive integer`);
    }
    const k = `${original}\t${spun}`;
    const first = seen.get(k);
    if (first !== undefined) throw new Error(`${where}: "${original}" -> "${spun}" is already on line ${first}`);
    seen.set(k, n);
    out.push({ original, spun, count, contexts: contexts.map((c) => c.trim()).filter((c) => c !== '') });
  });
  return out;
}

/** Turns entries into the table the channel takes: original -> spun -> count. */
export function toLearnedTable(entries: readonly FarmEntry[]): LearnedTable {
  const table = new Map<string, Map<string, number>>();
  for (const e of entries) {
    let row = table.get(e.original);
    if (row === undefined) table.set(e.original, (row = new Map()));
    row.set(e.spun, (row.get(e.spun) ?? 0) + e.count);
  }
  return table;
}

/** Parses a farm table file into a {@link LearnedTable} for `check(text, { learned })`. */
export function parseLearnedTable(text: string): LearnedTable {
  return toLearnedTable(parseFarmTable(text));
}

/**
 * Writes entries (or a bare learned table, without contexts) in the file format, most frequent
 * first, with the header and an optional comment line describing the source.
 */
export function formatLearnedTable(entries: readonly FarmEntry[] | LearnedTable, comment?: string): string {
  const list: FarmEntry[] = Array.isArray(entries)
    ? [...(entries as readonly FarmEntry[])]
    : [...(entries as LearnedTable)].flatMap(([original, row]) => [...row].map(([spun, count]) => ({ original, spun, count, contexts: [] })));
  list.sort((x, y) => y.count - x.count || cmp(x.original, y.original) || cmp(x.spun, y.spun));
  const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ').trim();
  const lines = [FARM_TABLE_HEADER];
  if (comment !== undefined) for (const c of comment.split('\n')) lines.push(`# ${c}`);
  lines.push('# original<TAB>spun<TAB>count<TAB>example contexts (format: docs/farm-table.md)');
  for (const e of list) lines.push([e.original, e.spun, String(e.count), ...e.contexts.map(clean).filter((c) => c !== '')].join('\t'));
  return lines.join('\n') + '\n';
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
