/** `unspin spin`: the reference spinner on a file or standard input. */
import { writeFileSync } from 'node:fs';
import { lexicalModels } from '../node/api.js';
import { spin } from '../core/spin/index.js';
import type { PhraseTable } from '../core/spin/table.js';
import { readSpinTable } from './farm-table.js';
import { flag, parse, str } from './args.js';
import { choiceOption, numberOption, UsageError } from './errors.js';
import { readOne } from './restore-command.js';
import { SPIN_HELP } from './usage.js';

/** Runs `unspin spin`; resolves to the exit code. */
export async function runSpin(args: string[]): Promise<number> {
  const parsed = parse(args, {
    stdin: { type: 'boolean' },
    style: { type: 'string' },
    table: { type: 'string' },
    rate: { type: 'string' },
    seed: { type: 'string' },
    alignment: { type: 'string' },
    'max-size': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flag(parsed, 'help')) {
    process.stdout.write(SPIN_HELP);
    return 0;
  }
  const styleArg = str(parsed, 'style');
  if (styleArg === undefined) throw new UsageError('--style is required: wordnet, table or farm');
  const style = choiceOption('style', styleArg, ['wordnet', 'table', 'farm'] as const, 'wordnet');
  const rate = numberOption('rate', str(parsed, 'rate'), 0.3, 0, 1);
  const seed = numberOption('seed', str(parsed, 'seed'), 1, 0, 2 ** 32 - 1);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed must be an integer, got "${str(parsed, 'seed')}"`);
  const maxBytes = numberOption('max-size', str(parsed, 'max-size'), 20, 0.001, 1024) * 1e6;
  let table: PhraseTable | undefined;
  const tablePath = str(parsed, 'table');
  if (style === 'table' || style === 'farm') {
    if (tablePath === undefined) throw new UsageError(`--style ${style} needs --table FILE (format: docs/table-format.md)`);
    table = readSpinTable(tablePath);
  } else if (tablePath !== undefined) {
    throw new UsageError('--table only applies to --style table or farm');
  }
  const text = await readOne(parsed.positionals, flag(parsed, 'stdin'), maxBytes, 'spin');
  const result = spin(text, { style, rate, seed, table, ...(style === 'wordnet' ? lexicalModels() : {}) });
  const alignmentPath = str(parsed, 'alignment');
  if (alignmentPath !== undefined) {
    writeFileSync(alignmentPath, JSON.stringify({ style, rate, seed, eligible: result.eligible, substitutions: result.alignment }, null, 2) + '\n');
  }
  process.stdout.write(result.text);
  return 0;
}

