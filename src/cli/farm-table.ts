/** Reads the table files the commands take, with one-line errors naming the file (and line). */
import { readFileSync } from 'node:fs';
import type { LearnedTable } from '../core/channel/types.js';
import { FARM_TABLE_HEADER, parseLearnedTable } from '../core/learn/table-file.js';
import { parseTable, type PhraseTable } from '../core/spin/table.js';
import { UsageError } from './errors.js';

/** Reads and parses a file, turning read and parse errors into a {@link UsageError} naming it. */
function readParsed<T>(path: string, parse: (text: string) => T): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read table file ${path}`);
  }
  try {
    return parse(text);
  } catch (error) {
    throw new UsageError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A farm table learned by `unspin learn`, for `check`/`restore --table` (docs/farm-table.md). */
export function readFarmTable(path: string): LearnedTable {
  return readParsed(path, parseLearnedTable);
}

/** A phrase table for `spin --style table|farm` (docs/table-format.md). */
export function readSpinTable(path: string): PhraseTable {
  return readParsed(path, (text) => {
    // The two kinds of table are easy to mix up: say which one this is.
    if (text.replace(/^\uFEFF/, '').startsWith(FARM_TABLE_HEADER)) {
      throw new Error('this is a farm table from unspin learn (for check --table); spin takes a phrase table, original<TAB>replacements (docs/table-format.md)');
    }
    return parseTable(text);
  });
}
