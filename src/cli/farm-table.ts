/** Reads a farm table for `check`/`restore --table`, with one-line errors naming the file. */
import { readFileSync } from 'node:fs';
import type { LearnedTable } from '../core/channel/types.js';
import { parseLearnedTable } from '../core/learn/table-file.js';
import { UsageError } from './errors.js';

/** The learned table in `path`, or a {@link UsageError} naming the file (and line). */
export function readFarmTable(path: string): LearnedTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read table file ${path}`);
  }
  try {
    return parseLearnedTable(text);
  } catch (error) {
    throw new UsageError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
