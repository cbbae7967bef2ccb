/**
 * Access to ../shared for scripts and benchmarks: one place that names the corpora and fails plainly
 * (exit 2, one line) when they are missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseTable, type PhraseTable } from '../../src/core/spin/table.js';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The shared folder next to the repository. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** Absolute path of a file under ../shared, or exit 2 naming it when it is missing. */
export function sharedFile(relative: string): string {
  const path = SHARED + relative;
  if (!existsSync(path)) {
    process.stderr.write(`unspin: ${path} is missing: this needs ../shared next to the repository (corpora are not shipped)\n`);
    process.exit(2);
  }
  return path;
}

/** One BBC article. */
export interface Article {
  id: string;
  category: string;
  title: string;
  text: string;
}

/** All BBC articles of ../shared/corpora/bbc-news/articles.jsonl, in file order. */
export function bbcArticles(): Article[] {
  const text = readFileSync(sharedFile('corpora/bbc-news/articles.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Article);
}

/** A deterministic sample of `n` items (every k-th after a seeded offset), stable across runs. */
export function stableSample<T>(items: readonly T[], n: number, offset = 0): T[] {
  if (n >= items.length) return [...items];
  const out: T[] = [];
  const step = items.length / n;
  for (let i = 0; i < n; i++) out.push(items[Math.floor(offset + i * step) % items.length] as T);
  return out;
}

/**
 * Articles for fitting models: the tail of the benchmark's own shuffle (bench/datasets.ts), which
 * the benchmark never uses (it takes at most the first 600), so fitted weights are not tested on
 * the articles they were fitted on.
 */
export async function fittingArticles(n: number): Promise<Article[]> {
  const { mulberry32 } = await import('../../src/core/spin/prng.js');
  const { SAMPLE_SEED } = await import('../../bench/datasets.js');
  const order = bbcArticles();
  const random = mulberry32(SAMPLE_SEED);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as Article, order[i] as Article];
  }
  return order.slice(1200, 1200 + n);
}

/** The PPDB-XL phrase table of the benchmark (bench/.cache/ppdb-table.tsv), or exit 2 naming how to build it. */
export function ppdbTable(): PhraseTable {
  const path = ROOT + 'bench/.cache/ppdb-table.tsv';
  if (!existsSync(path)) {
    process.stderr.write(`unspin: ${path} is missing; build it with: npx tsx scripts/build-ppdb-table.ts\n`);
    process.exit(2);
  }
  return parseTable(readFileSync(path, 'utf8'));
}
