/** `unspin check`: findings and verdict per file, in the chosen format. */
import { check } from '../node/api.js';
import { expandInputs, InputError, readStdin, readTextFile } from '../node/read-input.js';
import { formatGithub, formatJson, formatStylish, verdictText } from '../core/report/index.js';
import type { CheckResult } from '../core/types.js';
import { flag, parse, str } from './args.js';
import { readFarmTable } from './farm-table.js';
import { DEFAULT_MIN_CONFIDENCE } from '../core/check.js';
import { choiceOption, numberOption, UsageError } from './errors.js';
import { Progress } from './progress.js';
import { CHECK_HELP } from './usage.js';
import { useColor } from './color.js';

/** Runs `unspin check`; resolves to the exit code. */
export async function runCheck(args: string[]): Promise<number> {
  const parsed = parse(args, {
    stdin: { type: 'boolean' },
    format: { type: 'string' },
    'min-confidence': { type: 'string' },
    table: { type: 'string' },
    'max-size': { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flag(parsed, 'help')) {
    process.stdout.write(CHECK_HELP);
    return 0;
  }
  const format = choiceOption('format', str(parsed, 'format'), ['stylish', 'json', 'github'] as const, 'stylish');
  const minConfidence = numberOption('min-confidence', str(parsed, 'min-confidence'), DEFAULT_MIN_CONFIDENCE, 0, 1);
  const maxBytes = numberOption('max-size', str(parsed, 'max-size'), 20, 0.001, 1024) * 1e6;
  const tablePath = str(parsed, 'table');
  const learned = tablePath === undefined ? undefined : readFarmTable(tablePath);
  const checkOptions = { minConfidence, ...(learned ? { learned } : {}) };
  const useStdin = flag(parsed, 'stdin');
  if (useStdin && parsed.positionals.length > 0) throw new UsageError('give files or --stdin, not both');
  if (!useStdin && parsed.positionals.length === 0) throw new UsageError('no input: give files, folders or globs, or --stdin (see unspin check --help)');

  const results: Array<CheckResult & { file: string }> = [];
  let failed = 0;
  if (useStdin) {
    const text = await readStdin({ maxBytes });
    results.push({ file: '<stdin>', ...check(text, checkOptions) });
  } else {
    // A path that names nothing is reported like an unreadable file: the others are still checked.
    const files = await expandInputs(parsed.positionals, (error) => {
      process.stderr.write(`unspin: ${error.message}\n`);
      failed++;
    });
    const progress = new Progress(files.length, 'checking');
    for (const file of files) {
      // One unreadable file (empty, binary, too large) must not cost a crawl the other results:
      // it is named on stderr, the rest are checked, and the exit code says something failed.
      let text: string;
      try {
        text = await readTextFile(file, { maxBytes });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        progress.done();
        process.stderr.write(`unspin: ${error.message}\n`);
        failed++;
        progress.tick(file);
        continue;
      }
      results.push({ file, ...check(text, { ...checkOptions, onProgress: (done, total) => progress.within(file, done, total) }) });
      progress.tick(file);
    }
    progress.done();
  }
  if (results.length === 0 && failed > 0) return 2;
  const out =
    format === 'json' ? formatJson(results) : format === 'github' ? formatGithub(results) : formatStylish(results, { color: useColor(), quiet: flag(parsed, 'quiet') });
  process.stdout.write(out.endsWith('\n') || out === '' ? out : out + '\n');
  // JSON keeps its contract's keys, so why a file got no verdict, or what of it went unchecked,
  // goes to standard error.
  if (format === 'json') for (const r of results) if (r.note !== undefined) process.stderr.write(`unspin: note: ${r.file}: ${verdictText(r)}\n`);
  if (failed > 0) return 2;
  return results.some((r) => r.messages.length > 0) ? 1 : 0;
}
