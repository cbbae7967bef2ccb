/**
 * The source index: an embedded SQLite database (better-sqlite3, WAL mode) of original documents,
 * their compressed text and the LSH band keys of their synonym-class fingerprints. Documents are
 * added in transactions of one batch each, so a killed process loses at most the batch in flight
 * and leaves a consistent database; re-adding an id replaces the document.
 *
 * Schema (version 1):
 *   meta(key PRIMARY KEY, value)            schema_version, fingerprint, created
 *   docs(doc INTEGER PRIMARY KEY, id UNIQUE, title, url, words, hash, text BLOB deflate-raw)
 *   bands(key, doc, PRIMARY KEY(key, doc)) WITHOUT ROWID
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { buildSourceModel, type SourceModel } from '../core/source/classes.js';
import { contentWords } from '../core/source/fingerprint.js';
import { hashString } from '../core/source/hash.js';
import {
  DEFAULT_LIMIT,
  DEFAULT_MIN_COVERAGE,
  fingerprintSignature,
  rankCandidates,
  textBandKeys,
  type CandidateDoc,
  type SourceHit,
} from '../core/source/search.js';
import { loadChannelIndex } from './api.js';

/** Default database path, relative to the working folder. */
export const DEFAULT_DB_PATH = '.unspin/index.db';

/** Version of the schema written by this code. */
export const SCHEMA_VERSION = 1;

/** A document to index. */
export interface IndexDocument {
  /** Unique id; re-adding an id replaces the document. */
  id: string;
  /** Full text. */
  text: string;
  /** Optional title. */
  title?: string;
  /** Optional URL. */
  url?: string;
}

/** What one {@link SourceIndex.add} did. */
export interface AddResult {
  /** New ids. */
  added: number;
  /** Ids already present with other content, replaced. */
  replaced: number;
  /** Ids already present with the same content, left alone. */
  unchanged: number;
}

/** Figures of {@link SourceIndex.stats}. */
export interface IndexStats {
  /** Database file. */
  path: string;
  /** Documents indexed. */
  documents: number;
  /** Metric words over all documents. */
  words: number;
  /** Rows of the band table. */
  bandRows: number;
  /** Bytes on disk: database plus write-ahead log. */
  bytes: number;
  /** Schema version. */
  schemaVersion: number;
  /** Fingerprint configuration the index was built with. */
  fingerprint: string;
}

/** Options of {@link SourceIndex.search}. */
export interface SearchOptions {
  /** Most hits (default 5). */
  limit?: number;
  /** Lowest coverage reported (default 0.3). */
  minCoverage?: number;
  /** Candidates verified, taken by band hits (default 30). */
  candidates?: number;
}

/** The part of better-sqlite3's API used here (the package ships no types). */
interface Statement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  pluck(toggle?: boolean): Statement;
}
interface Database {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): void;
}
type DatabaseConstructor = new (path: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => Database;

const require = createRequire(import.meta.url);
let Sqlite: DatabaseConstructor | undefined;

let sharedModel: SourceModel | undefined;

/** The synonym-class model of the embedded channel index, built once per process. */
export function defaultSourceModel(): SourceModel {
  sharedModel ??= buildSourceModel(loadChannelIndex());
  return sharedModel;
}

/** Band rows fetched per key at most: a key shared by this many documents says little. */
const MAX_POSTING = 3000;

/** An open source index. */
export class SourceIndex {
  /** Database file. */
  readonly path: string;
  private readonly db: Database;
  private readonly model: SourceModel;
  private readonly fingerprint: string;
  private readonly stmt: Record<'getDoc' | 'insertDoc' | 'deleteDoc' | 'insertBand' | 'deleteBand' | 'posting' | 'fetch', Statement>;

  private constructor(path: string, db: Database, model: SourceModel) {
    this.path = path;
    this.db = db;
    this.model = model;
    this.fingerprint = fingerprintSignature(model);
    this.stmt = {
      getDoc: db.prepare('SELECT doc, hash, text FROM docs WHERE id = ?'),
      insertDoc: db.prepare('INSERT INTO docs (id, title, url, words, hash, text) VALUES (?, ?, ?, ?, ?, ?)'),
      deleteDoc: db.prepare('DELETE FROM docs WHERE doc = ?'),
      insertBand: db.prepare('INSERT OR IGNORE INTO bands (key, doc) VALUES (?, ?)'),
      deleteBand: db.prepare('DELETE FROM bands WHERE key = ? AND doc = ?'),
      posting: db.prepare(`SELECT doc FROM bands WHERE key = ? LIMIT ${MAX_POSTING}`).pluck(),
      fetch: db.prepare('SELECT id, title, url, text FROM docs WHERE doc = ?'),
    };
  }

  /**
   * Opens (with `create`, creates) the index at `path`. Throws a one-line Error when the file is
   * missing, is not an unspin index, or was built with another schema or fingerprint.
   */
  static open(path: string, options: { create?: boolean; model?: SourceModel } = {}): SourceIndex {
    if (!options.create && !existsSync(path)) throw new Error(`${path}: no index here; build one with unspin index add`);
    if (options.create) mkdirSync(dirname(path) === '' ? '.' : dirname(path), { recursive: true });
    Sqlite ??= require('better-sqlite3') as DatabaseConstructor;
    let db: Database;
    try {
      db = new Sqlite(path);
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a committed transaction survives a killed process (not a power cut).
      db.pragma('synchronous = NORMAL');
      db.pragma('cache_size = -262144');
      db.pragma('busy_timeout = 5000');
    } catch (error) {
      throw new Error(`${path}: cannot open the index (${firstLine(error)})`);
    }
    const model = options.model ?? defaultSourceModel();
    try {
      SourceIndex.prepareSchema(db, path, fingerprintSignature(model));
    } catch (error) {
      db.close();
      throw error;
    }
    return new SourceIndex(path, db, model);
  }

  private static prepareSchema(db: Database, path: string, fingerprint: string): void {
    let tables: string[];
    try {
      tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    } catch (error) {
      throw new Error(`${path}: not an unspin index (${firstLine(error)})`);
    }
    if (tables.length > 0 && !tables.includes('meta')) throw new Error(`${path}: not an unspin index (no meta table)`);
    db.transaction(() => {
      db.exec(`
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS docs (
          doc INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          title TEXT,
          url TEXT,
          words INTEGER NOT NULL,
          hash INTEGER NOT NULL,
          text BLOB NOT NULL
        );
        CREATE TABLE IF NOT EXISTS bands (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
      `);
      const get = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
      const version = get.get('schema_version') as string | undefined;
      if (version !== undefined && Number(version) !== SCHEMA_VERSION) {
        throw new Error(`${path}: index schema version ${version}, this unspin reads version ${SCHEMA_VERSION}; rebuild the index`);
      }
      const stored = get.get('fingerprint') as string | undefined;
      const count = db.prepare('SELECT count(*) FROM docs').pluck().get() as number;
      if (stored !== undefined && stored !== fingerprint && count > 0) {
        throw new Error(`${path}: built with another fingerprint (${stored}); rebuild the index`);
      }
      // Written only when new or changed, so that opening for a query writes nothing.
      const set = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
      if (version === undefined) set.run('schema_version', String(SCHEMA_VERSION));
      if (stored !== fingerprint) set.run('fingerprint', fingerprint);
      if (get.get('created') === undefined) set.run('created', new Date().toISOString());
    })();
  }

  /** Adds or replaces documents in one transaction (all or nothing). */
  add(docs: readonly IndexDocument[]): AddResult {
    const result: AddResult = { added: 0, replaced: 0, unchanged: 0 };
    this.db.transaction(() => {
      for (const d of docs) {
        const hash = hashString(`${d.id}\u0000${d.title ?? ''}\u0000${d.url ?? ''}\u0000${d.text}`);
        const old = this.stmt.getDoc.get(d.id) as { doc: number; hash: number; text: Uint8Array } | undefined;
        if (old !== undefined) {
          if (old.hash === hash) {
            result.unchanged++;
            continue;
          }
          this.deleteRow(old.doc, old.text);
          result.replaced++;
        } else result.added++;
        const keys = textBandKeys(d.text, this.model);
        const words = contentWords(d.text).length;
        const info = this.stmt.insertDoc.run(d.id, d.title ?? null, d.url ?? null, words, hash, deflateRawSync(d.text, { level: 6 }));
        const doc = Number(info.lastInsertRowid);
        for (const key of keys) this.stmt.insertBand.run(key, doc);
      }
    })();
    return result;
  }

  /** Removes a document; false when the id is not indexed. */
  remove(id: string): boolean {
    return this.db.transaction(() => {
      const old = this.stmt.getDoc.get(id) as { doc: number; text: Uint8Array } | undefined;
      if (old === undefined) return false;
      this.deleteRow(old.doc, old.text);
      return true;
    })();
  }

  private deleteRow(doc: number, compressed: Uint8Array): void {
    // The band keys are recomputed from the stored text: no doc -> keys index to keep.
    for (const key of textBandKeys(inflate(compressed), this.model)) this.stmt.deleteBand.run(key, doc);
    this.stmt.deleteDoc.run(doc);
  }

  /** Whether an id is indexed. */
  has(id: string): boolean {
    return this.stmt.getDoc.get(id) !== undefined;
  }

  /** Ranked candidate originals of a (possibly spun) text, best first; [] when nothing matches. */
  search(text: string, options: SearchOptions = {}): SourceHit[] {
    const counts = new Map<number, number>();
    for (const key of textBandKeys(text, this.model)) {
      for (const doc of this.stmt.posting.all(key) as number[]) counts.set(doc, (counts.get(doc) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, options.candidates ?? 30);
    const candidates: CandidateDoc[] = [];
    for (const [doc] of top) {
      const row = this.stmt.fetch.get(doc) as { id: string; title: string | null; url: string | null; text: Uint8Array } | undefined;
      if (row !== undefined) candidates.push({ id: row.id, title: row.title, url: row.url, text: inflate(row.text) });
    }
    return rankCandidates(text, candidates, this.model, {
      limit: options.limit ?? DEFAULT_LIMIT,
      minCoverage: options.minCoverage ?? DEFAULT_MIN_COVERAGE,
    });
  }

  /** Counts and sizes. */
  stats(): IndexStats {
    const one = (sql: string): unknown => this.db.prepare(sql).pluck().get();
    let bytes = 0;
    for (const f of [this.path, `${this.path}-wal`]) if (existsSync(f)) bytes += statSync(f).size;
    return {
      path: this.path,
      documents: one('SELECT count(*) FROM docs') as number,
      words: (one('SELECT coalesce(sum(words), 0) FROM docs') as number) ?? 0,
      bandRows: one('SELECT count(*) FROM bands') as number,
      bytes,
      schemaVersion: Number(one("SELECT value FROM meta WHERE key = 'schema_version'")),
      fingerprint: String(one("SELECT value FROM meta WHERE key = 'fingerprint'")),
    };
  }

  /** `PRAGMA integrity_check` plus the index's own invariant (every band row names a document). */
  integrity(): string[] {
    const problems = (this.db.prepare('PRAGMA integrity_check').pluck().all() as string[]).filter((r) => r !== 'ok');
    const orphans = this.db.prepare('SELECT count(*) FROM bands WHERE doc NOT IN (SELECT doc FROM docs)').pluck().get() as number;
    if (orphans > 0) problems.push(`${orphans} band rows name no document`);
    return problems;
  }

  /** Checkpoints the write-ahead log and closes the database. */
  close(): void {
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}

function inflate(bytes: Uint8Array): string {
  return inflateRawSync(bytes).toString('utf8');
}

function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : String(error);
}
