/** A self-contained HTML page showing an alignment side by side (no scripts, no external files). */
import type { Alignment, WordSpan } from './align.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Options of {@link renderDiffHtml}. */
export interface DiffHtmlOptions {
  /** Page title. */
  title?: string;
  /** Label of the left column. */
  originalLabel?: string;
  /** Label of the right column. */
  spunLabel?: string;
}

type Mark = { cls: string; tip: string };

/** Renders the original and the spun text side by side, substitutions, insertions and deletions marked. */
export function renderDiffHtml(original: string, spun: string, alignment: Alignment, options: DiffHtmlOptions = {}): string {
  const aMarks = new Array<Mark | undefined>(alignment.originalWords.length);
  const bMarks = new Array<Mark | undefined>(alignment.spunWords.length);
  const words = (list: readonly WordSpan[], from: number, n: number): string =>
    list
      .slice(from, from + n)
      .map((w) => w.text)
      .join(' ');
  for (const op of alignment.ops) {
    if (op.type === 'keep') continue;
    const o = words(alignment.originalWords, op.a, op.aLength);
    const s = words(alignment.spunWords, op.b, op.bLength);
    const cls = op.type === 'substitute' ? 'sub' : op.type === 'insert' ? 'ins' : 'del';
    for (let k = 0; k < op.aLength; k++) aMarks[op.a + k] = { cls, tip: op.type === 'substitute' ? `spun as "${s}"` : 'deleted' };
    for (let k = 0; k < op.bLength; k++) bMarks[op.b + k] = { cls, tip: op.type === 'substitute' ? `original "${o}"` : 'inserted' };
  }
  const rows = alignment.substitutions
    .map((s) => `<tr><td>${s.count}</td><td>${escapeHtml(s.original)}</td><td>${escapeHtml(s.spun)}</td></tr>`)
    .join('\n');
  const title = options.title ?? 'unspin diff';
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.55 system-ui,sans-serif;margin:1.5em;color:#222;background:#fff}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1.5em}
.col{white-space:pre-wrap;border:1px solid #ddd;border-radius:6px;padding:1em;overflow-wrap:anywhere}
h2{font-size:1em;margin:0 0 .5em}
.sub{background:#fff1b8;border-bottom:2px solid #e0a800}
.ins{background:#d4f7d4;border-bottom:2px solid #2e9d2e}
.del{background:#fbd5d5;text-decoration:line-through}
table{border-collapse:collapse;margin-top:1.5em}td,th{border:1px solid #ddd;padding:.2em .6em;text-align:left}
.legend span{margin-right:1em;padding:0 .3em}
@media (prefers-color-scheme:dark){body{background:#111;color:#ddd}.col,td,th{border-color:#444}.sub{background:#5c4b00}.ins{background:#1e4d1e}.del{background:#5c1e1e}}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>Spin rate ${pct(alignment.spinRate)} (${alignment.spun} of ${alignment.words} words of the original not kept unchanged); ${alignment.substitutions.reduce((n, s) => n + s.count, 0)} substitutions.</p>
<p class="legend"><span class="sub">substituted</span><span class="ins">inserted</span><span class="del">deleted</span></p>
<div class="cols">
<div><h2>${escapeHtml(options.originalLabel ?? 'Original')}</h2><div class="col">${markText(original, alignment.originalWords, aMarks)}</div></div>
<div><h2>${escapeHtml(options.spunLabel ?? 'Spun')}</h2><div class="col">${markText(spun, alignment.spunWords, bMarks)}</div></div>
</div>
<h2 style="margin-top:1.5em">Substitution table</h2>
<table><thead><tr><th>count</th><th>original</th><th>spun</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body>
</html>
`;
}

/** The text with marked words wrapped in spans; runs of equally marked words share one span. */
function markText(text: string, words: readonly WordSpan[], marks: readonly (Mark | undefined)[]): string {
  let out = '';
  let at = 0;
  let i = 0;
  while (i < words.length) {
    const mark = marks[i];
    if (mark === undefined) {
      i++;
      continue;
    }
    let k = i;
    while (k + 1 < words.length && marks[k + 1]?.cls === mark.cls && marks[k + 1]?.tip === mark.tip) k++;
    const start = (words[i] as WordSpan).start;
    const end = (words[k] as WordSpan).end;
    out += escapeHtml(text.slice(at, start));
    out += `<span class="${mark.cls}" title="${escapeHtml(mark.tip)}">${escapeHtml(text.slice(start, end))}</span>`;
    at = end;
    i = k + 1;
  }
  return out + escapeHtml(text.slice(at));
}
