/**
 * Markdown reference labels are names, not prose: in `[the linker][fl]`, `[fl]: https://...` and a
 * footnote `[^restrict]`, "fl" and "restrict" are identifiers a writer chose ("fl" is no spun
 * "Florida"). The link's own text stays prose, except in a shortcut reference (`[issued forth]`
 * with a definition `[Issued Forth]: url`), where text and label are one.
 */
import type { Token } from '../types.js';

/** Most tokens a label spans (a few words and their spaces). */
const MAX_LABEL_TOKENS = 12;

/** Index of the `]` closing the `[` at `open` on the same line, or -1. */
function closing(tokens: readonly Token[], open: number): number {
  for (let j = open + 1; j < tokens.length && j <= open + MAX_LABEL_TOKENS; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'newline' || (t.kind === 'punct' && t.text === '[')) return -1;
    if (t.kind === 'punct' && t.text === ']') return j;
  }
  return -1;
}

/** True when only spaces (at most three, as Markdown allows) stand between the line start and `i`. */
function atLineStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || prev.kind === 'newline') return true;
  return prev.kind === 'space' && prev.text.length <= 3 && (tokens[i - 2] === undefined || tokens[i - 2]?.kind === 'newline');
}

/** The label between tokens open and close, lower case with spaces collapsed (as Markdown matches labels). */
function labelText(tokens: readonly Token[], open: number, close: number): string {
  let text = '';
  for (let k = open + 1; k < close; k++) text += (tokens[k] as Token).text;
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when the label [open, close] starts its line and a `:` follows at once: a definition `[label]: url`. */
function isDefinition(tokens: readonly Token[], open: number, close: number): boolean {
  const after = tokens[close + 1];
  return atLineStart(tokens, open) && after?.kind === 'punct' && after.text.startsWith(':') && after.offset === (tokens[close] as Token).end;
}

/**
 * Protects the labels of reference links (`][label]`), their definitions (`[label]:`), footnotes
 * (`[^label]`) and shortcut references (`[label]` alone) whose label the text defines.
 */
export function markReferenceLabels(tokens: Token[]): void {
  const defined = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i] as Token;
    if (open.kind !== 'punct' || open.text !== '[') continue;
    const close = closing(tokens, i);
    if (close >= 0 && isDefinition(tokens, i, close)) defined.add(labelText(tokens, i, close));
  }
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i] as Token;
    if (open.kind !== 'punct' || open.text !== '[') continue;
    const close = closing(tokens, i);
    if (close < 0) continue;
    const before = tokens[i - 1];
    const inner = tokens[i + 1];
    const reference = before?.kind === 'punct' && before.text === ']' && before.end === open.offset;
    const definition = isDefinition(tokens, i, close);
    const footnote = inner?.kind === 'punct' && inner.text === '^';
    const shortcut = defined.size > 0 && defined.has(labelText(tokens, i, close));
    if (!reference && !definition && !footnote && !shortcut) continue;
    for (let k = i; k <= close; k++) (tokens[k] as Token).protected = true;
    i = close;
  }
}
