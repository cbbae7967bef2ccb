/** `unspin learn`: mines a farm's substitution table from aligned (original, spun) pairs. */
import { promises as fs, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mineSubstitutions, type TextPair } from '../core/learn/mine.js';
import { formatLearnedTable } from '../core/learn/table-file.js';
import { readTextFile, TEXT_EXTENSIONS } from '../node/read-input.js';
import { parseLearnPairsLine } from '../node/learn-input.js';
import { flag, parse, str } from './args.js';
import { plural } from '../core/report/format-utils.js';
import { numberOption, problemLog, UsageError } from './errors.js';

/** Help of `unspin learn`. */
export const LEARN_HELP = `Usage: unspin learn PAIRS.jsonl... -o farm.table [options]
       unspin learn ORIGINALS/ SPUN/ -o farm.table [options]

Learns the substitution table of a content farm from aligned (original, spun) pairs: each pair is
aligned word by word and every substitution (original phrase of up to 4 words) is counted, with
example contexts. \`unspin check\`/\`restore --table farm.table\` then use it on top of the
built-in channel. Format: docs/farm-table.md.

Pairs come from JSONL files (one object a line: "text" = original, "spun" = the copy) or from two
folders whose files are matched by file name.

Options
  -o, --output FILE    where to write the table (required; - for standard output)
  --min-count N        keep substitutions seen at least N times (default 1)
  --contexts N         example contexts kept per substitution (default 2)
  -h, --help           show this help

Examples
  unspin learn pairs.jsonl -o farm.table
  unspin learn originals/ spun/ -o farm.table --min-count 2

Bad JSON lines, missing fields and unmatched files are reported by file and line and skipped.
Exit codes: 0 written, 1 written but some inputs were skipped, 2 usage or runtime error.
`;

/** Runs `unspin learn`; resolves to the exit code. */
export async function runLearn(args: string[]): Promise<number> {
  const parsed = parse(args, {
    output: { type: 'string', short: 'o' },
    'min-count': { type: 'string' },
    contexts: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flag(parsed, 'help')) {
    process.stdout.write(LEARN_HELP);
    return 0;
  }
  const output = str(parsed, 'output');
  if (output === undefined || output === '') throw new UsageError('learn needs -o FILE for the table (see unspin learn --help)');
  const minCount = numberOption('min-count', str(parsed, 'min-count'), 1, 1, 1e9);
  const contexts = numberOption('contexts', str(parsed, 'contexts'), 2, 0, 100);
  const inputs = parsed.positionals;
  if (inputs.length === 0) throw new UsageError('learn needs JSONL files of pairs, or two folders ORIGINALS SPUN');
  const problems = problemLog();
  const pairs = await readPairs(inputs, problems.report);
  if (pairs.length === 0) {
    // What went wrong is already on stderr, one line per input; a summary line would only repeat it.
    if (problems.count > 0) return 2;
    throw new UsageError('no usable pairs in the input');
  }
  const entries = mineSubstitutions(pairs, { minCount: Math.floor(minCount), contexts: Math.floor(contexts) });
  const total = entries.reduce((n, e) => n + e.count, 0);
  const text = formatLearnedTable(entries, `learned from ${plural(pairs.length, 'pair')}: ${plural(entries.length, 'substitution')}, ${plural(total, 'occurrence')}`);
  if (output === '-') process.stdout.write(text);
  else {
    try {
      writeFileSync(output, text);
    } catch (error) {
      throw new UsageError(`${output}: cannot write the table (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)})`);
    }
    process.stderr.write(`unspin: ${plural(entries.length, 'substitution')} (${plural(total, 'occurrence')}) from ${plural(pairs.length, 'pair')} written to ${output}\n`);
  }
  return problems.count > 0 ? 1 : 0;
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function readPairs(inputs: string[], report: (m: string) => void): Promise<TextPair[]> {
  if (inputs.length === 2 && (await isDir(inputs[0] as string)) && (await isDir(inputs[1] as string))) {
    return readFolderPairs(inputs[0] as string, inputs[1] as string, report);
  }
  const pairs: TextPair[] = [];
  for (const file of inputs) {
    if (await isDir(file)) throw new UsageError(`${file}: is a folder; give two folders ORIGINALS SPUN, or JSONL files`);
    let text: string;
    try {
      text = await readTextFile(file, { maxBytes: 2e9 });
    } catch (error) {
      report(error instanceof Error ? error.message : String(error));
      continue;
    }
    text.split(/\r?\n/).forEach((line, i) => {
      const pair = parseLearnPairsLine(line, `${file}:${i + 1}`, report);
      if (pair !== undefined) pairs.push(pair);
    });
  }
  return pairs;
}

async function readFolderPairs(originals: string, spun: string, report: (m: string) => void): Promise<TextPair[]> {
  const list = async (dir: string): Promise<string[]> =>
    (await fs.readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() && TEXT_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x)))
      .map((e) => e.name)
      .sort();
  const a = await list(originals);
  const b = new Set(await list(spun));
  const pairs: TextPair[] = [];
  for (const name of a) {
    if (!b.has(name)) {
      report(`${path.join(originals, name)}: no file of that name in ${spun}; skipped`);
      continue;
    }
    b.delete(name);
    try {
      pairs.push({ original: await readTextFile(path.join(originals, name)), spun: await readTextFile(path.join(spun, name)) });
    } catch (error) {
      report(error instanceof Error ? error.message : String(error));
    }
  }
  for (const name of b) report(`${path.join(spun, name)}: no file of that name in ${originals}; skipped`);
  return pairs;
}
