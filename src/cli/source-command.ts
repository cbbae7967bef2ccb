/** `unspin source`: ranked candidate originals of a (spun) text from the source index. */
import { DEFAULT_LIMIT, DEFAULT_MIN_COVERAGE, type SourceHit } from '../core/source/search.js';
import { DEFAULT_DB_PATH, SourceIndex } from '../node/index-db.js';
import { flag, parse, str } from './args.js';
import { choiceOption, numberOption } from './errors.js';
import { readOne } from './restore-command.js';

/** Help of `unspin source`. */
export const SOURCE_HELP = `Usage: unspin source [--db PATH] [--format stylish|json] FILE|--stdin

Finds the original a spun copy came from: ranked candidates from the index built with
\`unspin index add\`, best first, each with a score, the share of the copy it explains (coverage)
and the estimated spin rate (share of the original's words not kept unchanged).

Options
  --db PATH                index database (default ${DEFAULT_DB_PATH})
  --stdin                  read the text from standard input
  --format FORMAT          stylish (default) or json:
                           [{"id": "...", "title": "...", "score": 0.91, "coverage": 0.88, "spinRate": 0.27}]
                           best first, [] when nothing matches ("url" is added when known)
  --limit N                most candidates printed (default ${DEFAULT_LIMIT})
  --min-coverage X         drop candidates explaining less than X of the copy (0..1, default ${DEFAULT_MIN_COVERAGE})
  --max-size MB            refuse inputs larger than this (default 20)
  -h, --help               show this help

Examples
  unspin source copy.txt
  curl -s https://farm.example/a.txt | unspin source --stdin --format json

Exit codes: 0 a source was found, 1 none found, 2 usage or runtime error.
`;

/** Runs `unspin source`; resolves to the exit code. */
export async function runSource(args: string[]): Promise<number> {
  const parsed = parse(args, {
    db: { type: 'string' },
    stdin: { type: 'boolean' },
    format: { type: 'string' },
    limit: { type: 'string' },
    'min-coverage': { type: 'string' },
    'max-size': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flag(parsed, 'help')) {
    process.stdout.write(SOURCE_HELP);
    return 0;
  }
  const format = choiceOption('format', str(parsed, 'format'), ['stylish', 'json'] as const, 'stylish');
  const limit = numberOption('limit', str(parsed, 'limit'), DEFAULT_LIMIT, 1, 1000);
  const minCoverage = numberOption('min-coverage', str(parsed, 'min-coverage'), DEFAULT_MIN_COVERAGE, 0, 1);
  const maxBytes = numberOption('max-size', str(parsed, 'max-size'), 20, 0.001, 1024) * 1e6;
  const db = str(parsed, 'db') ?? DEFAULT_DB_PATH;
  const text = await readOne(parsed.positionals, flag(parsed, 'stdin'), maxBytes, 'source');
  const index = SourceIndex.open(db);
  let hits: SourceHit[];
  try {
    hits = index.search(text, { limit: Math.floor(limit), minCoverage });
  } finally {
    index.close();
  }
  process.stdout.write(format === 'json' ? JSON.stringify(hits) + '\n' : formatHits(hits, db));
  return hits.length > 0 ? 0 : 1;
}

/** The stylish listing: one candidate a line. */
export function formatHits(hits: readonly SourceHit[], db: string): string {
  if (hits.length === 0) return `no source found in ${db}\n`;
  const pct = (x: number): string => `${Math.round(x * 100)} %`;
  return (
    hits
      .map((h, i) => `${i + 1}. ${h.id}${h.title ? `  "${h.title}"` : ''}\n   score ${h.score.toFixed(2)}  coverage ${pct(h.coverage)}  spin rate ${pct(h.spinRate)}${h.url ? `  ${h.url}` : ''}`)
      .join('\n') + '\n'
  );
}
