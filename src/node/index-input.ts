/**
 * Inputs of `unspin index add`: .txt/.md files (one document each, id = the path), JSONL files
 * (one document a line: `id`, `text`, optional `title`, `url`) and folders of both. Problems
 * (unreadable files, bad JSON lines, missing fields, duplicate ids) are reported by file and line
 * through a callback and never stop the rest.
 */
import { parseJsonObject } from './jsonl.js';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { IndexDocument } from './index-db.js';
import { decodeText, fileError, InputError, TEXT_EXTENSIONS } from './read-input.js';

/** A document read from an input, with where it came from. */
export interface SourcedDocument extends IndexDocument {
  /** `file` or `file:line`, for messages. */
  where: string;
}

/** Receives one problem: a one-line message starting with the file (and line). */
export type ProblemReporter = (message: string) => void;

const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];
/** Largest text file or JSONL line taken (bytes). */
const MAX_DOC_BYTES = 20_000_000;

function isJsonl(file: string): boolean {
  return JSONL_EXTENSIONS.some((e) => file.toLowerCase().endsWith(e));
}

function isIndexable(file: string): boolean {
  const lower = file.toLowerCase();
  return isJsonl(lower) || TEXT_EXTENSIONS.some((e) => lower.endsWith(e));
}

/** Expands files and folders (recursively; dot-folders and node_modules skipped) into input files. */
export async function expandIndexInputs(args: readonly string[], report: ProblemReporter): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (f: string): void => {
    const key = path.resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(f);
    }
  };
  for (const arg of args) {
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch (error) {
      report(fileError(arg, error).message);
      continue;
    }
    if (!stat.isDirectory()) {
      push(arg);
      continue;
    }
    const found: string[] = [];
    const pending = [arg];
    while (pending.length > 0) {
      const dir = pending.pop() as string;
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch (error) {
        report(fileError(dir, error).message);
        continue;
      }
      for (const e of entries) {
        const child = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!e.name.startsWith('.') && e.name !== 'node_modules') pending.push(child);
        } else if (isIndexable(e.name)) found.push(child);
      }
    }
    if (found.length === 0) report(`${arg}: no .txt, .md or .jsonl files in this folder`);
    found.sort().forEach(push);
  }
  return out;
}

/** A title for a text file: its first non-empty line, without Markdown heading marks, at most 200 characters. */
export function titleOf(text: string): string | undefined {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '');
  const title = line?.replace(/^\s*#+\s*/, '').trim().slice(0, 200);
  return title === '' ? undefined : title;
}

/**
 * Reads the documents of the input files, in order. Duplicate ids within the run are reported and
 * skipped (the first one wins); an id already in the index is replaced by the caller.
 */
export async function* readIndexDocuments(files: readonly string[], report: ProblemReporter): AsyncGenerator<SourcedDocument> {
  const firstSeen = new Map<string, string>();
  const fresh = (doc: SourcedDocument): boolean => {
    const first = firstSeen.get(doc.id);
    if (first !== undefined) {
      report(`${doc.where}: duplicate id "${doc.id}" (first at ${first}); skipped`);
      return false;
    }
    firstSeen.set(doc.id, doc.where);
    return true;
  };
  for (const file of files) {
    if (isJsonl(file)) {
      for await (const doc of readJsonl(file, report)) if (fresh(doc)) yield doc;
      continue;
    }
    let text: string;
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) throw new InputError(`${file}: is not a regular file`);
      if (stat.size > MAX_DOC_BYTES) throw new InputError(`${file}: is over the 20 MB limit of one document`);
      text = decodeText(await fs.readFile(file), file);
    } catch (error) {
      report(error instanceof InputError ? error.message : fileError(file, error).message);
      continue;
    }
    const title = titleOf(text);
    const doc: SourcedDocument = { id: file.split(path.sep).join('/'), text, where: file, ...(title ? { title } : {}) };
    if (fresh(doc)) yield doc;
  }
}

async function* readJsonl(file: string, report: ProblemReporter): AsyncGenerator<SourcedDocument> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  let failed: unknown;
  stream.on('error', (error) => (failed = error));
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const raw of lines) {
      n++;
      const where = `${file}:${n}`;
      const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;
      if (line.length > MAX_DOC_BYTES) {
        report(`${where}: line is over the 20 MB limit of one document; skipped`);
        continue;
      }
      const doc = parseJsonlLine(line, where, report);
      if (doc !== undefined) yield doc;
    }
  } catch (error) {
    failed ??= error;
  }
  if (failed !== undefined) report(fileError(file, failed).message + (n > 0 ? ` (after line ${n})` : ''));
}

/** Parses one JSONL line into a document, or reports why it cannot be one. */
export function parseJsonlLine(line: string, where: string, report: ProblemReporter): SourcedDocument | undefined {
  const o = parseJsonObject(line, where, '"id" and "text"', report);
  if (o === undefined) return undefined;
  const id = typeof o.id === 'number' && Number.isFinite(o.id) ? String(o.id) : o.id;
  if (typeof id !== 'string' || id.trim() === '') {
    report(`${where}: "id" must be a non-empty string; skipped`);
    return undefined;
  }
  if (typeof o.text !== 'string' || o.text.trim() === '') {
    report(`${where}: "text" must be a non-empty string; skipped`);
    return undefined;
  }
  for (const k of ['title', 'url'] as const) {
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') {
      report(`${where}: "${k}" must be a string; skipped`);
      return undefined;
    }
  }
  return {
    id,
    text: o.text,
    where,
    ...(typeof o.title === 'string' && o.title !== '' ? { title: o.title } : {}),
    ...(typeof o.url === 'string' && o.url !== '' ? { url: o.url } : {}),
  };
}
