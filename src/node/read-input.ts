/**
 * Reading the CLI's inputs: text files, standard input, and file/folder/glob arguments. Every
 * problem becomes an `InputError` with a one-line message that names the input.
 */
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';

/** Default size limit of one input: 20 MB. */
export const DEFAULT_MAX_BYTES = 20_000_000;

/** Extensions of the files taken from a folder. */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.text'];

/** Folders never entered when expanding folders and `**`. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** A problem with an input, with a one-line message naming it. */
export class InputError extends Error {
  /** Creates the error; `message` is one line, e.g. `notes.txt: is empty`. */
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Options of the readers. */
export interface ReadOptions {
  /** Largest input accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Keep a leading byte-order mark as U+FEFF (for output that must match the input byte for byte). */
  keepBom?: boolean;
}

/** `25_300_000` -> `25.3 MB` (decimal megabytes, as the `--max-size` option counts). */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1e6;
  const digits = mb >= 10 ? 1 : mb >= 0.1 ? 2 : 3;
  return `${Number(mb.toFixed(digits))} MB`;
}

function tooLarge(name: string, bytes: number, maxBytes: number): InputError {
  return new InputError(`${name}: is ${formatMegabytes(bytes)}, over the ${formatMegabytes(maxBytes)} limit; split it or pass --max-size`);
}

/** Reads a text file, checked and decoded (see `decodeText`). */
export async function readTextFile(file: string, options: ReadOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    throw fileError(file, error);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory`);
  if (!stat.isFile()) throw new InputError(`${file}: is not a regular file`);
  if (stat.size > maxBytes) throw tooLarge(file, stat.size, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw fileError(file, error);
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) throw tooLarge(file, bytes.length, maxBytes);
  return decodeText(bytes, file, options.keepBom);
}

/** Options of `readStdin`. */
export interface StdinOptions extends ReadOptions {
  /** Stream to read instead of `process.stdin` (for tests). */
  stream?: AsyncIterable<Uint8Array | string>;
}

/**
 * Reads all of standard input, checked and decoded like a file. Stops reading as soon as the size
 * limit is passed.
 */
export async function readStdin(options: StdinOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const stream = options.stream ?? process.stdin;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const encoder = new TextEncoder();
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) {
      throw new InputError(`standard input: is over the ${formatMegabytes(maxBytes)} limit; split it or pass --max-size`);
    }
    chunks.push(bytes);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return decodeText(all, 'standard input', options.keepBom);
}

/** Turns a file-system error about `file` into a one-line `InputError`. */
export function fileError(file: string, error: unknown): InputError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return new InputError(`${file}: no such file or folder`);
  if (code === 'ENOTDIR') return new InputError(`${file}: no such file or folder`);
  if (code === 'EISDIR') return new InputError(`${file}: is a directory`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${file}: cannot be read (permission denied)`);
  const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return new InputError(`${file}: cannot be read (${detail})`);
}

/**
 * Checks and decodes the bytes of an input named `name`: rejects binary data (a NUL byte, or more
 * than 10 % control characters other than tab, line breaks, form feed and escape), invalid UTF-8
 * (naming the byte offset of the first bad sequence), and empty or white-space-only text; strips a
 * UTF-8 byte-order mark unless `keepBom`.
 */
export function decodeText(bytes: Uint8Array, name: string, keepBom = false): string {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  // UTF-16 (Windows "Unicode" text) starts with its byte-order mark; say so rather than "binary".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(`${name}: is UTF-16 text; unspin reads UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)`);
  }
  const body = bytes.subarray(start);
  let controls = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i] as number;
    if (b === 0) throw new InputError(`${name}: looks binary (it has NUL bytes); unspin reads UTF-8 text`);
    if ((b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) || b === 127) controls++;
  }
  if (body.length > 0 && controls / body.length > 0.1) {
    throw new InputError(`${name}: looks binary (${Math.round((controls / body.length) * 100)} % control characters); unspin reads UTF-8 text`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body) + start;
    throw new InputError(`${name}: is not valid UTF-8 (bad byte at offset ${at}); convert it to UTF-8 first`);
  }
  if (text.trim() === '') throw new InputError(`${name}: is empty`);
  return keepBom && start === 3 ? `\uFEFF${text}` : text;
}

/**
 * Byte offset of the first byte of the first ill-formed UTF-8 sequence (per the Unicode/WHATWG
 * rules: no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all is well-formed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      // Only the first continuation byte has the narrowed range.
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Turns a glob (`*`, `**`, `?`) into an anchored regular expression over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches anything.
        if (glob[i + 2] === '/') {
          re += '(?:[^/]*/)*';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function hasGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/**
 * All files under `dir` (relative, `/`-separated), skipping dot-folders and node_modules, at most
 * `maxDepth` levels down (1 = only `dir`'s own files).
 */
async function walk(dir: string, maxDepth = Infinity): Promise<string[]> {
  const out: string[] = [];
  const pending: [string, number][] = [['', 1]];
  while (pending.length > 0) {
    const [rel, depth] = pending.pop() as [string, number];
    let entries: Dirent[];
    try {
      entries = await fs.readdir(path.join(dir, rel), { withFileTypes: true });
    } catch (error) {
      throw fileError(path.join(dir, rel), error);
    }
    for (const e of entries) {
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (depth < maxDepth && !SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) pending.push([child, depth + 1]);
      } else if (e.isFile() || e.isSymbolicLink()) out.push(child);
    }
  }
  return out;
}

function isTextFile(name: string): boolean {
  const lower = name.toLowerCase();
  return TEXT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Joins a base folder and a `/`-separated relative path in the platform's style. */
function joinRel(base: string, rel: string): string {
  return base === '.' ? path.normalize(rel) : path.join(base, ...rel.split('/'));
}

/**
 * Expands CLI arguments into a sorted, de-duplicated list of files: a file is taken as it is, a
 * folder gives its `.txt`, `.md`, `.markdown` and `.text` files (recursively, skipping dot-folders
 * and node_modules), and a glob (`*`, `**`, `?`) gives the files it matches. A pattern that gives
 * nothing is an `InputError` naming it: thrown, or with `onError` passed to it and skipped, so that
 * one missing path does not cost a batch the other files.
 */
export async function expandInputs(patterns: readonly string[], onError?: (error: InputError) => void): Promise<string[]> {
  const seen = new Map<string, string>();
  const add = (file: string): void => {
    const key = path.resolve(file);
    if (!seen.has(key)) seen.set(key, file);
  };
  for (const pattern of patterns) {
    try {
      await expandOne(pattern, add);
    } catch (error) {
      if (onError === undefined || !(error instanceof InputError)) throw error;
      onError(error);
    }
  }
  return [...seen.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Adds the files one pattern names (a glob, a folder or a file); throws an InputError when none. */
async function expandOne(pattern: string, add: (file: string) => void): Promise<void> {
  if (hasGlob(pattern)) {
    const posix = pattern.split(path.sep).join('/');
    const parts = posix.split('/');
    const firstGlob = parts.findIndex(hasGlob);
    const baseParts = parts.slice(0, firstGlob);
    const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
    const rest = parts.slice(firstGlob);
    const re = globToRegExp(rest.join('/'));
    // Without `**` a glob cannot reach deeper than its own number of segments.
    const depth = rest.some((p) => p.includes('**')) ? Infinity : rest.length;
    let files: string[];
    try {
      files = await walk(base, depth);
    } catch {
      files = [];
    }
    const matches = files.filter((f) => re.test(f));
    if (matches.length === 0) throw new InputError(`${pattern}: no files match`);
    for (const f of matches) add(joinRel(base, f));
    return;
  }
  let stat;
  try {
    stat = await fs.stat(pattern);
  } catch (error) {
    throw fileError(pattern, error);
  }
  if (stat.isDirectory()) {
    const files = (await walk(pattern)).filter(isTextFile);
    if (files.length === 0) throw new InputError(`${pattern}: no ${TEXT_EXTENSIONS.join(' ')} files in this folder`);
    for (const f of files) add(joinRel(pattern, f));
  } else add(pattern);
}
