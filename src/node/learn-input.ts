/** Reading (original, spun) training pairs for `unspin learn` from JSONL lines. */
import type { TextPair } from '../core/learn/mine.js';

/** Parses one JSONL line `{"text": original, "spun": copy}`; reports and returns undefined when it cannot. Blank lines give undefined silently. */
export function parseLearnPairsLine(line: string, where: string, report: (message: string) => void): TextPair | undefined {
  const trimmed = line.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    report(`${where}: bad JSON (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}); skipped`);
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report(`${where}: expected a JSON object with "text" and "spun"; skipped`);
    return undefined;
  }
  const o = value as Record<string, unknown>;
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
