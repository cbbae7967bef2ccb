/** Learning farm tables and aligning spun copies with their originals: public entry points. */
export { alignTexts, wordSpans, phrase } from './align.js';
export type { Alignment, AlignOp, SubstitutionCount, WordSpan } from './align.js';
export { renderDiffHtml, escapeHtml } from './diff-html.js';
export type { DiffHtmlOptions } from './diff-html.js';
export { mineSubstitutions } from './mine.js';
export type { MineOptions, TextPair } from './mine.js';
export {
  parseFarmTable,
  parseLearnedTable,
  formatLearnedTable,
  toLearnedTable,
  FARM_TABLE_HEADER,
  MAX_ORIGINAL_WORDS,
  MAX_SPUN_WORDS,
} from './table-file.js';
export type { FarmEntry } from './table-file.js';
