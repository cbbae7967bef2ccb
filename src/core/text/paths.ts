/**
 * File names and paths in prose ("see docs/api.md", "./LICENSE", "node.js", ".gitignore") are
 * names, not words a spinner chose: the tokens of such a run are protected like URLs.
 */
import type { Token } from '../types.js';

/** A slash between two name characters (`docs/api`, `./LICENSE`, `and/or`) or a backslash before one (`C:\Users`). */
const PATH = /[\p{L}\p{N}._~-]\/[\p{L}\p{N}._~-]|\\[\p{L}\p{N}]/u;
/**
 * A name, a dot and a known file extension with nothing after it (`api.md`, `node.js`,
 * `README.MD`). Only known extensions: "left.then" is a missing space, not a file.
 */
const FILE =
  /[\p{L}\p{N}_-]\.(?:md|mdx|markdown|txt|rst|tex|html?|css|scss|xml|json|ya?ml|toml|ini|cfg|conf|config|env|lock|log|csv|tsv|sql|db|js|mjs|cjs|jsx|ts|tsx|vue|py|rb|go|rs|java|kt|swift|c|h|cc|cpp|hpp|cs|php|pl|sh|bash|zsh|ps1|bat|exe|dll|so|dylib|wasm|bin|zip|gz|tgz|tar|7z|rar|pdf|docx?|xlsx?|pptx?|odt|epub|png|jpe?g|gif|svg|webp|ico|mp[34]|wav|iso|dmg|apk|deb|rpm)(?![\p{L}\p{N}])/iu;
/** A dotfile or dotted folder standing alone: `.gitignore`, `.env`, `.github`. */
const DOTFILE = /^\.[a-z][\w.-]*$/;

/** Brackets, quotes, commas and dashes end a run: `[text](./path)` protects the path, not the link's text. */
const SEPARATORS = new Set(['(', ')', '[', ']', '<', '>', '"', "'", '“', '”', '‘', '’', ',', ';', '—', '–']);

/** Punctuation that ends a run rather than belonging to it. */
const TRAILING = new Set(['.', ':', '!', '?', '…']);

/** Protects every token of a run without spaces that looks like a path or a file name. */
export function markPaths(tokens: readonly Token[]): void {
  let start = 0;
  for (let k = 0; k <= tokens.length; k++) {
    const t = tokens[k];
    const blank =
      t !== undefined && (t.kind === 'space' || t.kind === 'newline' || t.protected === true || (t.kind === 'punct' && SEPARATORS.has(t.text)));
    const gap = t !== undefined && k > start && (tokens[k - 1] as Token).end !== t.offset;
    if (t !== undefined && !blank && !gap) continue;
    // Sentence punctuation after a path belongs to the prose.
    let end = k;
    while (end > start && (tokens[end - 1] as Token).kind === 'punct' && TRAILING.has((tokens[end - 1] as Token).text)) end--;
    if (end - start > 1) {
      const run = tokens.slice(start, end);
      const text = run.map((x) => x.text).join('');
      if (PATH.test(text) || FILE.test(text) || DOTFILE.test(text)) for (const x of run) x.protected = true;
    }
    start = blank ? k + 1 : k;
  }
}
