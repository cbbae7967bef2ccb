/**
 * Source-retrieval and farm-table benchmark (issue 4).
 *
 *   node --import tsx bench/source.ts [--quick] [--docs N] [--queries N] [--no-baseline] [--out PREFIX]
 *
 * Builds an index in a temporary folder from the 2,095 BBC articles plus N distractors (default
 * 100,000; --quick 10,000), queries spun BBC articles (both spinner styles, rates 0.1/0.3/0.5,
 * --queries per cell, default 50; --quick 15) against it and against a plain word-shingle MinHash
 * baseline (3-word shingles of all words, no synonym classes, same 64-bin one-permutation MinHash
 * and one-row bands, ranked by estimated Jaccard), and runs the learning experiment: 100 BBC
 * articles spun by one farm (PPDB table style, rate 0.3, fixed seeds), a table learned from 50
 * pairs, the other 50 restored with and without it. Writes PREFIX.json and PREFIX.md (default
 * bench/source-results).
 *
 * Distractors: each is a pseudo-article of sentences drawn at random (seeded) from all BBC
 * articles, with the sentence count of a random BBC article. They are hard negatives: every query's
 * own sentences occur in many distractors, in other company. The 1M-document run is the same
 * command with --docs 1000000 --no-baseline --out bench/source-results-1m.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { minhashSignature, bandKeys, signatureSimilarity, DEFAULT_LSH } from '../src/core/source/minhash.js';
import { plainShingles } from '../src/core/source/fingerprint.js';
import { mineSubstitutions } from '../src/core/learn/mine.js';
import { toLearnedTable } from '../src/core/learn/table-file.js';
import { addCounts, emptyCounts, restoreCounts, restoreRates } from '../src/core/metrics/index.js';
import { mulberry32, parseTable, spin, type SpinStyle } from '../src/core/spin/index.js';
import { lexicalModels, restore } from '../src/node/api.js';
import { defaultSourceModel, SourceIndex, type IndexDocument } from '../src/node/index-db.js';
import { corpusPath, ROOT, type Article } from './corpora.js';

const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const QUICK = argv.includes('--quick');
const DISTRACTORS = Number(opt('--docs') ?? (QUICK ? 10_000 : 100_000));
const PER_CELL = Number(opt('--queries') ?? (QUICK ? 15 : 50));
const BASELINE = !argv.includes('--no-baseline');
const OUT = opt('--out') ?? join(ROOT, 'bench/source-results');
const STYLES: readonly SpinStyle[] = ['wordnet', 'table'];
const RATES = [0.1, 0.3, 0.5];
const SEED = 20_240_604;
const BATCH = 1000;

interface BbcArticle extends Article {
  title: string;
}

function readBbc(): BbcArticle[] {
  return readFileSync(corpusPath('bbc-news/articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as BbcArticle);
}

function ensureTable(): string {
  const path = join(ROOT, 'bench/.cache/ppdb-table.tsv');
  corpusPath('ppdb-xl/ppdb-xl.txt');
  if (!existsSync(path)) execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build-ppdb-table.ts')], { stdio: 'inherit' });
  return path;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((p) => p.split(/(?<=[.!?]["']?)\s+(?=[A-Z"'])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Distractor generator: seeded, yields documents one at a time. */
function* distractors(articles: readonly BbcArticle[], n: number): Generator<IndexDocument> {
  const pool = articles.flatMap((a) => sentences(a.text));
  const lengths = articles.map((a) => sentences(a.text).length);
  const random = mulberry32(SEED + 7);
  for (let i = 0; i < n; i++) {
    const count = Math.max(3, lengths[Math.floor(random() * lengths.length)] as number);
    const parts: string[] = [];
    for (let k = 0; k < count; k++) {
      parts.push(pool[Math.floor(random() * pool.length)] as string);
      if (k % 3 === 2) parts.push('\n\n');
    }
    yield { id: `distractor-${i}`, title: `Distractor ${i}`, text: parts.join(' ').replace(/ \n\n /g, '\n\n') };
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

/** The plain baseline, in memory: band key -> documents, and signatures for ranking. */
class PlainMinHash {
  private readonly bands = new Map<number, number[]>();
  private readonly sigs: Uint32Array[] = [];
  readonly ids: string[] = [];
  add(doc: IndexDocument): void {
    const sig = minhashSignature(plainShingles(doc.text), DEFAULT_LSH.bins);
    const n = this.ids.length;
    this.ids.push(doc.id);
    this.sigs.push(sig);
    for (const k of bandKeys(sig, DEFAULT_LSH.rows)) {
      const list = this.bands.get(k);
      if (list) list.push(n);
      else this.bands.set(k, [n]);
    }
  }
  search(text: string, limit = 5): string[] {
    const sig = minhashSignature(plainShingles(text), DEFAULT_LSH.bins);
    const seen = new Set<number>();
    for (const k of bandKeys(sig, DEFAULT_LSH.rows)) for (const d of this.bands.get(k) ?? []) seen.add(d);
    return [...seen]
      .map((d) => [d, signatureSimilarity(sig, this.sigs[d] as Uint32Array)] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([d]) => this.ids[d] as string);
  }
}

interface Cell {
  style: string;
  rate: number;
  queries: number;
  unspin: { top1: number; top5: number };
  baseline?: { top1: number; top5: number };
}

async function main(): Promise<void> {
  const started = Date.now();
  const articles = readBbc();
  const table = parseTable(readFileSync(ensureTable(), 'utf8'));
  const lexical = lexicalModels();
  // Texts that occur under several ids (the BBC set has 34 such duplicates): any of them is right.
  const byText = new Map<string, string>();
  const canonical = new Map<string, string>();
  for (const a of articles) {
    const key = a.text.trim();
    if (!byText.has(key)) byText.set(key, a.id);
    canonical.set(a.id, byText.get(key) as string);
  }
  const same = (hit: string | undefined, id: string): boolean => hit !== undefined && (canonical.get(hit) ?? hit) === canonical.get(id);

  let t = performance.now();
  const model = defaultSourceModel();
  const modelSeconds = (performance.now() - t) / 1000;

  const dir = mkdtempSync(join(os.tmpdir(), 'unspin-source-bench-'));
  const dbPath = join(dir, 'index.db');
  const index = SourceIndex.open(dbPath, { create: true, model });
  const baseline = BASELINE ? new PlainMinHash() : undefined;
  let words = 0;
  let built = 0;
  let baselineSeconds = 0;
  t = performance.now();
  let batch: IndexDocument[] = [];
  const flush = (): void => {
    index.add(batch);
    if (baseline) {
      const b0 = performance.now();
      for (const d of batch) baseline.add(d);
      baselineSeconds += (performance.now() - b0) / 1000;
    }
    built += batch.length;
    batch = [];
    if (process.stderr.isTTY) process.stderr.write(`\rindexing ${built}…`);
  };
  const all = (function* (): Generator<IndexDocument> {
    for (const a of articles) yield { id: a.id, title: a.title, text: a.text };
    yield* distractors(articles, DISTRACTORS);
  })();
  for (const doc of all) {
    words += doc.text.split(/\s+/).length;
    batch.push(doc);
    if (batch.length >= BATCH) flush();
  }
  if (batch.length > 0) flush();
  const buildSeconds = (performance.now() - t) / 1000 - baselineSeconds;
  if (process.stderr.isTTY) process.stderr.write('\n');
  const stats = index.stats();

  // Queries: spun BBC articles, a distinct sample per cell.
  const order = shuffled(articles, SEED);
  const cells: Cell[] = [];
  const latencies: number[] = [];
  const baselineLatencies: number[] = [];
  let q = 0;
  for (const style of STYLES) {
    for (const rate of RATES) {
      const cell: Cell = { style, rate, queries: 0, unspin: { top1: 0, top5: 0 }, ...(baseline ? { baseline: { top1: 0, top5: 0 } } : {}) };
      for (let i = 0; i < PER_CELL; i++, q++) {
        const a = order[q % order.length] as BbcArticle;
        const spun = spin(a.text, { style, rate, seed: SEED + q, table, ...lexical }).text;
        const t0 = performance.now();
        const hits = index.search(spun, { limit: 5 });
        latencies.push(performance.now() - t0);
        cell.queries++;
        if (same(hits[0]?.id, a.id)) cell.unspin.top1++;
        if (hits.some((h) => same(h.id, a.id))) cell.unspin.top5++;
        if (baseline && cell.baseline) {
          const b0 = performance.now();
          const ids = baseline.search(spun, 5);
          baselineLatencies.push(performance.now() - b0);
          if (same(ids[0], a.id)) cell.baseline.top1++;
          if (ids.some((id) => same(id, a.id))) cell.baseline.top5++;
        }
      }
      const share = (x: { top1: number; top5: number }): { top1: number; top5: number } => ({ top1: x.top1 / cell.queries, top5: x.top5 / cell.queries });
      cell.unspin = share(cell.unspin);
      if (cell.baseline) cell.baseline = share(cell.baseline);
      cells.push(cell);
      console.error(`${style} ${rate}: unspin top-1 ${cell.unspin.top1.toFixed(3)} top-5 ${cell.unspin.top5.toFixed(3)}` + (cell.baseline ? `; baseline top-1 ${cell.baseline.top1.toFixed(3)} top-5 ${cell.baseline.top5.toFixed(3)}` : ''));
    }
  }
  index.close();
  const bytes = statSync(dbPath).size + (existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0);
  rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  baselineLatencies.sort((a, b) => a - b);

  // Learning: one farm (PPDB table style, rate 0.3), learn from 50 pairs, restore the other 50.
  const learnDocs = order.slice(order.length - 100);
  const pairs = learnDocs.map((a, i) => ({ original: a.text, spun: spin(a.text, { style: 'table', rate: 0.3, seed: SEED + 50_000 + i, table }).text }));
  const train = pairs.slice(0, 50);
  const testPairs = pairs.slice(50);
  const entries = mineSubstitutions(train);
  const learned = toLearnedTable(entries);
  let without = emptyCounts();
  let withTable = emptyCounts();
  for (const p of testPairs) {
    without = addCounts(without, restoreCounts(p.original, p.spun, restore(p.spun)));
    withTable = addCounts(withTable, restoreCounts(p.original, p.spun, restore(p.spun, { learned })));
  }
  const rw = restoreRates(without);
  const rt = restoreRates(withTable);

  const results = {
    meta: {
      date: new Date().toISOString(),
      command: `node --import tsx bench/source.ts ${argv.join(' ')}`.trim(),
      node: process.version,
      machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}` },
      fingerprint: stats.fingerprint,
      distractors: 'sentences drawn at random (seeded) from all BBC articles, sentence count of a random BBC article',
      seconds: Math.round((Date.now() - started) / 1000),
    },
    index: {
      documents: stats.documents,
      bbc: articles.length,
      distractors: DISTRACTORS,
      words,
      bandRows: stats.bandRows,
      buildSeconds: round(buildSeconds, 1),
      docsPerSecond: Math.round(stats.documents / buildSeconds),
      wordsPerSecond: Math.round(words / buildSeconds),
      modelLoadSeconds: round(modelSeconds, 2),
      bytes,
    },
    latencyMs: { queries: latencies.length, p50: round(percentile(latencies, 0.5), 1), p95: round(percentile(latencies, 0.95), 1), max: round(latencies[latencies.length - 1] ?? NaN, 1) },
    ...(baseline ? { baselineLatencyMs: { p50: round(percentile(baselineLatencies, 0.5), 1), p95: round(percentile(baselineLatencies, 0.95), 1), buildSeconds: round(baselineSeconds, 1) } } : {}),
    retrieval: cells,
    learn: {
      farm: 'PPDB-XL table style (bench/.cache/ppdb-table.tsv), rate 0.3',
      trainPairs: train.length,
      testPairs: testPairs.length,
      learnedSubstitutions: entries.length,
      learnedOccurrences: entries.reduce((n, e) => n + e.count, 0),
      without: { restoreRecall: round(rw.restoreRecall, 4), falseChange: round(rw.falseChange, 4), werSpun: round(rw.werSpun, 4), werRestored: round(rw.werRestored, 4) },
      withTable: { restoreRecall: round(rt.restoreRecall, 4), falseChange: round(rt.falseChange, 4), werSpun: round(rt.werSpun, 4), werRestored: round(rt.werRestored, 4) },
      spunWords: without.spun,
      words: without.words,
    },
  };
  writeFileSync(`${OUT}.json`, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(`${OUT}.md`, markdown(results));
  process.stdout.write(markdown(results));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

type Results = {
  meta: { date: string; command: string; node: string; machine: { cpu: string; cores: number; memoryGB: number; platform: string }; fingerprint: string; distractors: string; seconds: number };
  index: { documents: number; bbc: number; distractors: number; words: number; bandRows: number; buildSeconds: number; docsPerSecond: number; wordsPerSecond: number; modelLoadSeconds: number; bytes: number };
  latencyMs: { queries: number; p50: number; p95: number; max: number };
  baselineLatencyMs?: { p50: number; p95: number; buildSeconds: number };
  retrieval: Cell[];
  learn: {
    farm: string;
    trainPairs: number;
    testPairs: number;
    learnedSubstitutions: number;
    learnedOccurrences: number;
    without: { restoreRecall: number; falseChange: number; werSpun: number; werRestored: number };
    withTable: { restoreRecall: number; falseChange: number; werSpun: number; werRestored: number };
    spunWords: number;
    words: number;
  };
};

function markdown(r: Results): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  const m = r.meta;
  const ix = r.index;
  const lines = [
    `## Source retrieval and farm tables`,
    '',
    `Command: \`${m.command}\` (${m.date.slice(0, 10)}, ${m.seconds} s). Machine: ${m.machine.cpu}, ${m.machine.cores} cores, ${m.machine.memoryGB} GB, ${m.machine.platform}; Node ${m.node}.`,
    '',
    `Index: ${ix.documents.toLocaleString('en')} documents (${ix.bbc.toLocaleString('en')} BBC articles + ${ix.distractors.toLocaleString('en')} distractors: ${m.distractors}), ` +
      `${(ix.words / 1e6).toFixed(1)} M words, ${ix.bandRows.toLocaleString('en')} band rows. Fingerprint: \`${m.fingerprint}\`.`,
    '',
    '| build | rate | database size | query p50 | query p95 | model load |',
    '|---|---|---|---|---|---|',
    `| ${ix.buildSeconds} s | ${ix.docsPerSecond.toLocaleString('en')} docs/s (${(ix.wordsPerSecond / 1e3).toFixed(0)} k words/s) | ${(ix.bytes / 1e6).toFixed(0)} MB | ${r.latencyMs.p50} ms | ${r.latencyMs.p95} ms | ${ix.modelLoadSeconds} s |`,
    '',
    `Queries: ${r.latencyMs.queries} spun BBC articles (reference spinner, fixed seeds), one process, one core; latency is \`SourceIndex.search\` (band lookups, verification, spin rate), index warm.` +
      (r.baselineLatencyMs ? ` Baseline (in memory, not SQLite): p50 ${r.baselineLatencyMs.p50} ms, p95 ${r.baselineLatencyMs.p95} ms.` : ''),
    '',
    `| style | spin rate | queries | unspin top-1 | unspin top-5 |${r.baselineLatencyMs ? ' plain MinHash top-1 | plain MinHash top-5 |' : ''}`,
    `|---|---|---|---|---|${r.baselineLatencyMs ? '---|---|' : ''}`,
    ...r.retrieval.map(
      (c) =>
        `| ${c.style} | ${c.rate} | ${c.queries} | ${pct(c.unspin.top1)} | ${pct(c.unspin.top5)} |` +
        (c.baseline ? ` ${pct(c.baseline.top1)} | ${pct(c.baseline.top5)} |` : ''),
    ),
    '',
    'A hit counts when the returned document has the source\'s text (the BBC set holds 34 texts under two ids). ' +
      'Plain MinHash: 3-word shingles of all words, no synonym classes, the same 64-bin one-permutation MinHash and one-row LSH bands, ranked by estimated Jaccard.',
    '',
    `### Learning a farm's table`,
    '',
    `${r.learn.farm}: 100 BBC articles spun with fixed seeds; a table learned (\`unspin learn\`) from ${r.learn.trainPairs} pairs ` +
      `(${r.learn.learnedSubstitutions} substitutions, ${r.learn.learnedOccurrences} occurrences), the other ${r.learn.testPairs} restored ` +
      `(${r.learn.words.toLocaleString('en')} words, ${r.learn.spunWords.toLocaleString('en')} spun) with the built-in channel alone and with the table.`,
    '',
    '| restore | recall | false change | WER spun | WER restored |',
    '|---|---|---|---|---|',
    `| built-in channel | ${pct(r.learn.without.restoreRecall)} | ${pct(r.learn.without.falseChange)} | ${pct(r.learn.without.werSpun)} | ${pct(r.learn.without.werRestored)} |`,
    `| + learned table | ${pct(r.learn.withTable.restoreRecall)} | ${pct(r.learn.withTable.falseChange)} | ${pct(r.learn.withTable.werSpun)} | ${pct(r.learn.withTable.werRestored)} |`,
    '',
  ];
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
