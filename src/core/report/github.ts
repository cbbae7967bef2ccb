/**
 * The GitHub Actions reporter: one `::warning` workflow command per finding, which GitHub shows as
 * an annotation on the file and line.
 */
import type { Finding } from '../types.js';
import { findingText, summaryText, verdictText, type FileResult } from './format-utils.js';

/** Escapes a workflow command's message: `%`, `\r`, `\n`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as `escapeData`, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * End line and column of a finding, from its start and its text: the column just after the last
 * character (exclusive, like vfile's end point).
 */
function endOf(m: Finding): { line: number; column: number } {
  const parts = m.actual.split(/\r\n|\r|\n/);
  const last = parts[parts.length - 1] ?? '';
  if (parts.length === 1) return { line: m.line, column: m.column + last.length };
  return { line: m.line + parts.length - 1, column: last.length + 1 };
}

/**
 * Renders results as GitHub Actions workflow commands:
 * `::warning file=a.txt,line=3,col=5,endLine=3,endColumn=13,title=unspin/synonym-swap::Quantity ->
 * Number (0.93): reason`; a `::notice` for a file without a verdict (not English), saying why, or
 * with paragraphs left unchecked (another language);
 * then one plain summary line.
 */
export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.note !== undefined) lines.push(`::notice file=${escapeProperty(r.file)},title=unspin::${escapeData(verdictText(r))}`);
    for (const m of r.messages) {
      const end = endOf(m);
      const props = [
        `file=${escapeProperty(r.file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(m.ruleId)}`,
      ].join(',');
      lines.push(`::warning ${props}::${escapeData(`${findingText(m)}: ${m.reason}`)}`);
    }
  }
  lines.push(`unspin: ${summaryText(results)}`);
  return lines.join('\n') + '\n';
}
