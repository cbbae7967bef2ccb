/** Small shared helpers of the reporters: number formats and one-line message text. */
import type { CheckResult, Finding } from '../types.js';

/** A check result together with the name of the file it is about (`<stdin>` for standard input). */
export type FileResult = CheckResult & { file: string };

/** `0.934` -> `0.93`. */
export function fixed2(x: number): string {
  return x.toFixed(2);
}

/**
 * `0.986` -> `0.98`: a confidence shown rounded down, so a finding shown as 0.99 always passes
 * `--min-confidence 0.99`.
 */
export function floor2(x: number): string {
  return (Math.floor(x * 100 + 1e-9) / 100).toFixed(2);
}

/** `0.214` -> `21 %`. */
export function percent(x: number): string {
  return `${Math.round(x * 100)} %`;
}

/** Collapses white space (a flagged span may cross a line break) so a message stays on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `actual -> expected (spun 0.93)`, the core of every rendered finding: the number is how surely the span is spun. */
export function findingText(m: Finding): string {
  const expected = m.expected[0];
  const change = expected === undefined ? oneLine(m.actual) : `${oneLine(m.actual)} -> ${oneLine(expected)}`;
  return `${change} (spun ${floor2(m.confidence)})`;
}

/** The per-file verdict line: `score 0.97, spun share 21 %` (and what went unchecked), or why there is none. */
export function verdictText(r: CheckResult): string {
  if (r.score === null) return `no verdict (language ${r.language})${r.note ? `: ${oneLine(r.note)}` : ''}`;
  return `score ${fixed2(r.score)}, spun share ${percent(r.spunShare)}${r.note ? `; ${oneLine(r.note)}` : ''}`;
}

/** `1 warning` / `3 warnings`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The closing summary shared by the stylish and GitHub reporters. */
export function summaryText(results: readonly FileResult[]): string {
  const warnings = results.reduce((n, r) => n + r.messages.length, 0);
  const flagged = results.filter((r) => r.messages.length > 0).length;
  if (warnings === 0) return `no findings in ${plural(results.length, 'file')}`;
  return `${plural(warnings, 'warning')} in ${flagged} of ${plural(results.length, 'file')}`;
}
