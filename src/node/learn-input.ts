/** Reading (original, spun) training pairs for `unspin learn` from JSONL lines. */
import type { TextPair } from '../core/learn/mine.js';
import { parseJsonObject } from './jsonl.js';

/** Parses one JSONL line `{"text": original, "spun": copy}`; reports and returns undefined when it cannot. Blank lines give undefined silently. */
export function parseLearnPairsLine(line: string, where: string, report: (message: string) => void): TextPair | undefined {
  const trimmed = line.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return undefined;
  const o = parseJsonObject(trimmed, where, '"text" and "spun"', report);
  if (o === undefined) return undefined;
  if (typeof o.text !== 'string' || o.text.trim() === '') {
    report(`${where}: "text" (the original) must be a non-empty string; skipped`);
    return undefined;
  }
  if (typeof o.spun !== 'string' || o.spun.trim() === '') {
    report(`${where}: "spun" must be a non-empty string; skipped`);
    return undefined;
  }
  return { original: o.text, spun: o.spun };
}
