/**
 * The terminal reporter, in the style of eslint's and alex's "stylish": a header per file, one
 * aligned line per finding, the file's verdict, and a closing summary.
 */
import { palette } from './ansi.js';
import { findingText, oneLine, summaryText, verdictText, type FileResult } from './format-utils.js';

/** Options of the stylish reporter. */
export interface StylishOptions {
  /** Use ANSI colours. */
  color: boolean;
  /** Findings only: leave out files without findings and every verdict line (the summary still counts them). */
  quiet?: boolean;
}

/**
 * Renders results for a terminal:
 * ```
 * article.txt
 *   3:5   warning  Quantity -> Number (0.93)  unspin/synonym-swap
 *   score 0.97, spun share 21 %
 *
 * ✖ 1 warning in 1 of 1 file
 * ```
 */
export function formatStylish(results: readonly FileResult[], options: StylishOptions): string {
  const c = palette(options.color);
  const blocks: string[] = [];
  for (const r of results) {
    if (options.quiet && r.messages.length === 0) continue;
    const rows = r.messages.map((m) => ({ place: `${m.line}:${m.column}`, text: findingText(m), rule: m.ruleId }));
    const placeWidth = Math.max(0, ...rows.map((row) => row.place.length));
    const textWidth = Math.max(0, ...rows.map((row) => row.text.length));
    const lines = [c.underline(oneLine(r.file))];
    for (const row of rows) {
      // Pad before colouring: escape codes have no width.
      lines.push(`  ${c.dim(row.place.padEnd(placeWidth))}  ${c.yellow('warning')}  ${row.text.padEnd(textWidth)}  ${c.dim(row.rule)}`);
    }
    const verdict = verdictText(r);
    const spun = r.score !== null && r.score >= 0.5;
    if (!options.quiet) lines.push(`  ${r.messages.length === 0 && r.score !== null ? 'no findings; ' : ''}${spun ? c.bold(verdict) : verdict}`);
    blocks.push(lines.join('\n'));
  }
  const warnings = results.some((r) => r.messages.length > 0);
  const summary = warnings ? c.yellow(c.bold(`✖ ${summaryText(results)}`)) : c.green(`✔ ${summaryText(results)}`);
  blocks.push(summary);
  return blocks.join('\n\n') + '\n';
}
