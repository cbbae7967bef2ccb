/** `unspin index add|stats|remove`: the source index of original documents (SQLite). */
import { DEFAULT_DB_PATH, SourceIndex, type IndexDocument } from '../node/index-db.js';
import { expandIndexInputs, readIndexDocuments } from '../node/index-input.js';
import { flag, parse, str } from './args.js';
import { choiceOption, numberOption, problemLog, UsageError } from './errors.js';

/** Help of `unspin index`. */
export const INDEX_HELP = `Usage: unspin index add [--db PATH] INPUT...
       unspin index stats [--db PATH] [--format stylish|json]
       unspin index remove [--db PATH] ID...

Keeps an index of original documents so that \`unspin source\` can find the article a spun copy
came from. Fingerprints survive synonym substitution (content-word synonym classes, MinHash, LSH).

  add      index .txt/.md files (one document each, id = the path as given, title = first line),
           JSONL files (one object a line: "id", "text", optional "title", "url") and folders of
           both. Re-adding an id replaces the document; an unchanged one is skipped. Unreadable
           files, bad JSON lines and duplicate ids are reported by file and line and skipped.
           Documents are committed in batches: an interrupted run keeps every committed batch,
           and running it again completes it.
  stats    documents, words, size on disk, fingerprint version
  remove   remove documents by id

Options
  --db PATH        index database (default ${DEFAULT_DB_PATH})
  --batch N        documents per transaction for add (default 500)
  --format FORMAT  stylish (default) or json, for stats
  --quiet          no progress or summary on stderr (add)
  -h, --help       show this help

Examples
  unspin index add originals/ feed.jsonl
  unspin index stats --db /data/farm.db
  unspin index remove bbc-tech-123

Exit codes: 0 done, 1 some inputs were skipped (add) or an id was not found (remove),
2 usage or runtime error.
`;

/** Runs `unspin index`; resolves to the exit code. */
export async function runIndex(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') {
    (sub === undefined ? process.stderr : process.stdout).write(INDEX_HELP);
    return sub === undefined ? 2 : 0;
  }
  const parsed = parse(rest, {
    db: { type: 'string' },
    batch: { type: 'string' },
    format: { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flag(parsed, 'help')) {
    process.stdout.write(INDEX_HELP);
    return 0;
  }
  const db = str(parsed, 'db') ?? DEFAULT_DB_PATH;
  if (db.trim() === '') throw new UsageError('--db needs a path');
  switch (sub) {
    case 'add':
      return add(db, parsed.positionals, numberOption('batch', str(parsed, 'batch'), 500, 1, 100_000), flag(parsed, 'quiet'));
    case 'stats':
      return stats(db, parsed.positionals, choiceOption('format', str(parsed, 'format'), ['stylish', 'json'] as const, 'stylish'));
    case 'remove':
      return remove(db, parsed.positionals);
    default:
      throw new UsageError(`unknown index command "${sub}": use add, stats or remove (see unspin index --help)`);
  }
}

async function add(db: string, inputs: string[], batchSize: number, quiet: boolean): Promise<number> {
  if (inputs.length === 0) throw new UsageError('index add needs files, folders or JSONL files (see unspin index --help)');
  const problems = problemLog();
  const files = await expandIndexInputs(inputs, problems.report);
  const index = SourceIndex.open(db, { create: true });
  const totals = { added: 0, replaced: 0, unchanged: 0 };
  const progress = !quiet && process.stderr.isTTY === true;
  try {
    let batch: IndexDocument[] = [];
    const flush = (): void => {
      const r = index.add(batch);
      totals.added += r.added;
      totals.replaced += r.replaced;
      totals.unchanged += r.unchanged;
      batch = [];
      if (progress) process.stderr.write(`\rindexed ${totals.added + totals.replaced + totals.unchanged} documents…`);
    };
    for await (const doc of readIndexDocuments(files, problems.report)) {
      batch.push({ id: doc.id, text: doc.text, ...(doc.title ? { title: doc.title } : {}), ...(doc.url ? { url: doc.url } : {}) });
      if (batch.length >= batchSize) flush();
    }
    if (batch.length > 0) flush();
  } finally {
    if (progress) process.stderr.write('\r\x1b[K');
    index.close();
  }
  if (!quiet) {
    process.stderr.write(
      `unspin: ${totals.added} added, ${totals.replaced} replaced, ${totals.unchanged} unchanged in ${db}` +
        (problems.count > 0 ? `; ${problems.count} problem${problems.count === 1 ? '' : 's'} reported above` : '') +
        '\n',
    );
  }
  return problems.count > 0 ? 1 : 0;
}

function stats(db: string, extra: string[], format: 'stylish' | 'json'): number {
  if (extra.length > 0) throw new UsageError(`index stats takes no arguments, got "${extra[0]}"`);
  const index = SourceIndex.open(db);
  try {
    const s = index.stats();
    if (format === 'json') process.stdout.write(JSON.stringify(s, null, 2) + '\n');
    else {
      process.stdout.write(
        [
          `index        ${s.path}`,
          `documents    ${s.documents}`,
          `words        ${s.words} (content words)`,
          `band rows    ${s.bandRows}`,
          `size         ${(s.bytes / 1e6).toFixed(1)} MB`,
          `schema       ${s.schemaVersion}`,
          `fingerprint  ${s.fingerprint}`,
        ].join('\n') + '\n',
      );
    }
  } finally {
    index.close();
  }
  return 0;
}

function remove(db: string, ids: string[]): number {
  if (ids.length === 0) throw new UsageError('index remove needs at least one ID');
  const index = SourceIndex.open(db);
  let missing = 0;
  try {
    for (const id of ids) {
      if (index.remove(id)) process.stderr.write(`unspin: removed ${id}\n`);
      else {
        missing++;
        process.stderr.write(`unspin: ${id}: not in ${db}\n`);
      }
    }
  } finally {
    index.close();
  }
  return missing > 0 ? 1 : 0;
}
