/**
 * Node loader for the lexicon artifact.
 */
import { readFileSync } from 'node:fs';
import { WordNetLexicon } from '../core/lexicon/lexicon.js';

/** Default artifact location; resolves from both `src/node` (tsx) and `dist/node` (compiled). */
export const DEFAULT_LEXICON_URL = new URL('../../models/lexicon.bin', import.meta.url);

let shared: WordNetLexicon | undefined;

/**
 * Reads and decodes `models/lexicon.bin` (or `path`). Without a path the lexicon is loaded once per
 * process and shared, since it is read-only.
 */
export function loadLexicon(path?: string | URL): WordNetLexicon {
  if (path === undefined && shared) return shared;
  const buf = readFileSync(path ?? DEFAULT_LEXICON_URL);
  const lex = new WordNetLexicon(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
  if (path === undefined) shared = lex;
  return lex;
}
