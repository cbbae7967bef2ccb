/**
 * Benchmark corpora: located at ../shared/corpora relative to the repository root, never copied into
 * the repository. Missing files stop the benchmark with exit code 2 and a one-line message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The shared corpora folder. */
export const CORPORA = resolve(ROOT, '../shared/corpora');

/** Returns the path of a corpus file, or exits 2 naming the missing path. */
export function corpusPath(relative: string): string {
  const path = join(CORPORA, relative);
  if (!existsSync(path)) {
    console.error(`bench: missing corpus file ${path} (the benchmark needs ../shared/corpora next to the repository)`);
    process.exit(2);
  }
  return path;
}

/** One BBC News article. */
export interface Article {
  /** Stable id, e.g. `bbc-business-…`. */
  id: string;
  /** Category: business, entertainment, politics, sport, tech. */
  category: string;
  /** Article body (paragraphs separated by blank lines). */
  text: string;
}

/** Reads bbc-news/articles.jsonl in file order. */
export function readArticles(): Article[] {
  return readFileSync(corpusPath('bbc-news/articles.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const o = JSON.parse(line) as Article;
      return { id: o.id, category: o.category, text: o.text };
    });
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A tortured phrase usable as a plain phrase, with its expected original. */
export interface TorturedPair {
  /** The tortured phrase as listed (original case). */
  tortured: string;
  /** The expected original term, a trailing parenthetical (acronym or note) removed. */
  expected: string;
  /** Number of papers listed. */
  papers: number;
}

/**
 * Rows of tortured-phrases/tortured.csv whose fingerprint is a single plain quoted phrase (no AND,
 * NOT or ~N operator) of letters, spaces, hyphens and apostrophes, and whose expected phrase, after
 * removing one trailing parenthetical such as "(AI)", is also plain (rows with "?", "/", digits or
 * inner parentheses are skipped). The first row of each tortured phrase (case-insensitive) is kept.
 */
export function readTortured(): TorturedPair[] {
  const rows = parseCsv(readFileSync(corpusPath('tortured-phrases/tortured.csv'), 'utf8'));
  const plain = /^[A-Za-z][A-Za-z' -]*[A-Za-z]$/;
  const seen = new Set<string>();
  const out: TorturedPair[] = [];
  for (const [fingerprint = '', expectedRaw = '', papers = '0'] of rows.slice(1)) {
    const m = /^"([^"~]+)"$/.exec(fingerprint.trim());
    const tortured = m?.[1]?.trim();
    const expected = expectedRaw.replace(/\s*\([^()]*\)\s*$/, '').trim();
    if (!tortured || !plain.test(tortured) || !plain.test(expected)) continue;
    const key = tortured.toLowerCase();
    if (key === expected.toLowerCase() || seen.has(key)) continue;
    seen.add(key);
    out.push({ tortured, expected, papers: Number(papers.replace(/,/g, '')) || 0 });
  }
  return out;
}
