/** `unspin diff`: word alignment of an original and its spun copy, with the substitution table. */
import { alignTexts, type Alignment } from '../core/learn/align.js';
import { renderDiffHtml } from '../core/learn/diff-html.js';
import { readTextFile } from '../node/read-input.js';
import { flag, parse, str } from './args.js';
import { useColor } from './color.js';
import { choiceOption, numberOption, UsageError } from './errors.js';

/** Help of `unspin diff`. */
export const DIFF_HELP = `Usage: unspin diff ORIGINAL SPUN [--format stylish|json|html]

Aligns a spun copy with its original word by word: kept, substituted, inserted and deleted words,
the substitution table with counts, and the spin rate (share of the original's words not kept
unchanged, as docs/metrics.md counts it).

Options
  --format FORMAT   stylish (default): the copy with [original -> spun] marks, then the table;
                    json: {"spinRate", "words", "spunWords", "ops", "substitutions"};
                    html: a self-contained side-by-side page
  --max-size MB     refuse inputs larger than this (default 20)
  -h, --help        show this help

Examples
  unspin diff original.txt spun.txt
  unspin diff original.txt spun.txt --format html > diff.html

Exit codes: 0 identical words, 1 differences shown, 2 usage or runtime error.
`;

/** Runs `unspin diff`; resolves to the exit code. */
export async function runDiff(args: string[]): Promise<number> {
  const parsed = parse(args, {
    format: { type: 'string' },
    'max-size': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flag(parsed, 'help')) {
    process.stdout.write(DIFF_HELP);
    return 0;
  }
  const format = choiceOption('format', str(parsed, 'format'), ['stylish', 'json', 'html'] as const, 'stylish');
  const maxBytes = numberOption('max-size', str(parsed, 'max-size'), 20, 0.001, 1024) * 1e6;
  if (parsed.positionals.length !== 2) throw new UsageError('diff takes exactly two files: ORIGINAL SPUN (see unspin diff --help)');
  const [originalPath, spunPath] = parsed.positionals as [string, string];
  const original = await readTextFile(originalPath, { maxBytes });
  const spun = await readTextFile(spunPath, { maxBytes });
  const al = alignTexts(original, spun);
  let out: string;
  if (format === 'json') out = JSON.stringify(diffJson(al)) + '\n';
  else if (format === 'html') out = renderDiffHtml(original, spun, al, { title: `unspin diff: ${spunPath}`, originalLabel: originalPath, spunLabel: spunPath });
  else out = formatStylishDiff(spun, al, useColor());
  process.stdout.write(out);
  return al.ops.some((op) => op.type !== 'keep') ? 1 : 0;
}

/** The JSON form: ops with their words and offsets, the table, the rate. */
export function diffJson(al: Alignment): unknown {
  const side = (words: Alignment['originalWords'], from: number, n: number): { text: string; start: number; end: number } | null => {
    if (n === 0) return null;
    const first = words[from];
    const last = words[from + n - 1];
    if (first === undefined || last === undefined) return null;
    return { text: words.slice(from, from + n).map((w) => w.text).join(' '), start: first.start, end: last.end };
  };
  return {
    spinRate: Math.round(al.spinRate * 1000) / 1000,
    words: al.words,
    spunWords: al.spun,
    ops: al.ops.map((op) => ({
      type: op.type,
      original: side(al.originalWords, op.a, op.aLength),
      spun: side(al.spunWords, op.b, op.bLength),
    })),
    substitutions: al.substitutions,
  };
}

/** The spun text with marks: `[original -> spun]`, `{+inserted+}`, `[-deleted-]`; then the table and rate. */
export function formatStylishDiff(spun: string, al: Alignment, color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const words = al.originalWords;
  let out = '';
  let at = 0;
  for (const op of al.ops) {
    if (op.type === 'keep') continue;
    const o = words.slice(op.a, op.a + op.aLength).map((w) => w.text).join(' ');
    if (op.type === 'delete') {
      // A deletion sits before the next spun word.
      const next = al.spunWords[op.b];
      const pos = next ? next.start : spun.length;
      out += spun.slice(at, pos) + paint('31', `[-${o}-]`) + (next ? ' ' : '');
      at = pos;
      continue;
    }
    const first = al.spunWords[op.b];
    const last = al.spunWords[op.b + op.bLength - 1];
    if (first === undefined || last === undefined) continue;
    const s = spun.slice(first.start, last.end);
    out += spun.slice(at, first.start) + (op.type === 'insert' ? paint('32', `{+${s}+}`) : paint('33', `[${o} -> ${s}]`));
    at = last.end;
  }
  out += spun.slice(at);
  if (!out.endsWith('\n')) out += '\n';
  const table = al.substitutions.map((s) => `${String(s.count).padStart(5)}  ${s.original} -> ${s.spun}`);
  return (
    out +
    '\nSubstitutions\n' +
    (table.length > 0 ? table.join('\n') + '\n' : '  (none)\n') +
    `\nSpin rate ${(al.spinRate * 100).toFixed(1)} % (${al.spun} of ${al.words} words of the original not kept unchanged)\n`
  );
}
