/**
 * Node loader for the shipped trigram model. `models/` sits two levels above both src/node/ (tsx)
 * and dist/node/ (compiled), so one relative URL serves both.
 */
import { readFileSync } from 'node:fs';
import { TrigramModel } from '../core/lm/trigram-model.js';

/** Default location of the artifact: `<package root>/models/lm.bin`. */
export const DEFAULT_LM_PATH = new URL('../../models/lm.bin', import.meta.url);

/** Read and load `models/lm.bin` (or the artifact at `path`). */
export function loadLanguageModel(path: string | URL = DEFAULT_LM_PATH): TrigramModel {
  const buf = readFileSync(path);
  return new TrigramModel(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
}
