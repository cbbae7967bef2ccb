/** `unspin restore`: prints the restored text only, byte for byte as the input elsewhere. */
import { restore } from '../node/api.js';
import { readStdin, readTextFile } from '../node/read-input.js';
import { flag, parse, str } from './args.js';
import { readFarmTable } from './farm-table.js';
import { DEFAULT_MIN_CONFIDENCE } from '../core/check.js';
import { numberOption, UsageError } from './errors.js';
import { Progress } from './progress.js';
import { RESTORE_HELP } from './usage.js';

/** Runs `unspin restore`; resolves to the exit code. */
export async function runRestore(args: string[]): Promise<number> {
  const parsed = parse(args, {
    stdin: { type: 'boolean' },
    'min-confidence': { type: 'string' },
    table: { type: 'string' },
    'max-size': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flag(parsed, 'help')) {
    process.stdout.write(RESTORE_HELP);
    return 0;
  }
  const minConfidence = numberOption('min-confidence', str(parsed, 'min-confidence'), DEFAULT_MIN_CONFIDENCE, 0, 1);
  const maxBytes = numberOption('max-size', str(parsed, 'max-size'), 20, 0.001, 1024) * 1e6;
  const tablePath = str(parsed, 'table');
  const learned = tablePath === undefined ? undefined : readFarmTable(tablePath);
  const checkOptions = { minConfidence, ...(learned ? { learned } : {}) };
  const text = await readOne(parsed.positionals, flag(parsed, 'stdin'), maxBytes, 'restore', true);
  const name = parsed.positionals[0] ?? '<stdin>';
  // A byte-order mark is written back, so the output differs from the input only where restored.
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const progress = new Progress(1, 'restoring');
  const restored = restore(text.slice(bom.length), { ...checkOptions, onProgress: (done, total) => progress.within(name, done, total) });
  progress.done();
  process.stdout.write(bom + restored);
  return 0;
}

/** Reads exactly one input: a file or standard input (with `keepBom`, a byte-order mark stays as U+FEFF). */
export async function readOne(positionals: string[], useStdin: boolean, maxBytes: number, command: string, keepBom = false): Promise<string> {
  if (useStdin && positionals.length > 0) throw new UsageError('give a file or --stdin, not both');
  if (useStdin) return readStdin({ maxBytes, keepBom });
  if (positionals.length !== 1) throw new UsageError(`${command} takes exactly one FILE (or --stdin); see unspin ${command} --help`);
  return readTextFile(positionals[0] as string, { maxBytes, keepBom });
}
