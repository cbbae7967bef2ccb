/** The JSON reporter: the CLI's machine-readable contract. */
import type { FileResult } from './format-utils.js';

/**
 * Renders results as JSON, exactly
 * `[{"file","score","spunShare","language","restored","messages":[{"ruleId","reason","line",
 * "column","offset","endOffset","actual","expected","confidence","note"}]}]`, keys in that order and
 * no others (so additions to the result types never leak into the contract). Two-space indent.
 */
export function formatJson(results: readonly FileResult[]): string {
  const out = results.map((r) => ({
    file: r.file,
    score: r.score,
    spunShare: r.spunShare,
    language: r.language,
    restored: r.restored,
    messages: r.messages.map((m) => ({
      ruleId: m.ruleId,
      reason: m.reason,
      line: m.line,
      column: m.column,
      offset: m.offset,
      endOffset: m.endOffset,
      actual: m.actual,
      expected: [...m.expected],
      confidence: m.confidence,
      note: m.note,
    })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
