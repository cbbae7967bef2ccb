/**
 * Build models/lm.bin from Debian's pocketsphinx-en-us trigram model (sphinx binary trie format).
 *
 *   npx tsx scripts/build-lm.ts            # writes models/lm.bin and models/lm.NOTICE.md
 *   npx tsx scripts/build-lm.ts --golden   # also records test/fixtures/lm-golden.json (needs sphinx_lm_eval)
 *
 * Needs the Debian packages pocketsphinx-en-us (and sphinxbase-utils for --golden); the package,
 * its tests and its users only need the committed artifact.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LM_FORMAT_VERSION, writeArtifact, type LmProvenance } from '../src/core/lm/artifact.js';
import { bitsFor } from '../src/core/lm/bit-array.js';
import { compactSections } from '../src/core/lm/compact-layout.js';
import { parseSphinxTrie } from '../src/core/lm/sphinx-trie.js';

const SOURCE = '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin';
const PACKAGE = 'pocketsphinx-en-us';
const LICENCE = 'BSD-2-Clause';
const root = (p: string): string => fileURLToPath(new URL(`../${p}`, import.meta.url));

function packageVersion(name: string): string {
  return execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' }).trim();
}

function build(): void {
  const t0 = performance.now();
  const src = new Uint8Array(readFileSync(SOURCE));
  const provenance: LmProvenance = {
    package: PACKAGE,
    version: packageVersion(PACKAGE),
    licence: LICENCE,
    file: SOURCE,
    bytes: src.byteLength,
    sha256: createHash('sha256').update(src).digest('hex'),
  };
  const trie = parseSphinxTrie(src);
  const wordBits = bitsFor(trie.counts[0]);
  const notes = [
    'Scores are sphinx 16-bit quantised values, unchanged; sections hold them in log base 1.0001.',
    `Header of the source reserves more entries than it uses; levels hold the ${trie.counts.join('/')} entries actually linked.`,
    `${trie.repairedRanges} trigram sibling range(s) were out of order in the source and were sorted (sphinx's own search misses one entry in each).`,
  ];
  const out = writeArtifact(
    { format: 'unspin-trigram-lm', version: LM_FORMAT_VERSION, source: provenance, logBase: 1.0001, counts: trie.counts, wordBits, notes },
    compactSections(trie, wordBits),
  );
  writeFileSync(root('models/lm.bin'), out);
  writeFileSync(root('models/lm.NOTICE.md'), notice(provenance, trie.counts, out.byteLength, notes));
  console.log(`models/lm.bin: ${out.byteLength} bytes, counts ${trie.counts.join('/')}, ${Math.round(performance.now() - t0)} ms`);
}

function notice(p: LmProvenance, counts: number[], size: number, notes: string[]): string {
  return `# models/lm.bin — provenance

- Source: Debian package \`${p.package}\` version \`${p.version}\`, file \`${p.file}\`
  (${p.bytes} bytes, SHA-256 \`${p.sha256}\`).
- Licence: ${p.licence}; the notice below is copied from the package's
  \`/usr/share/doc/${p.package}/copyright\` (stanza "Files: *").
- Content: the CMU Sphinx generic US English trigram model, ${counts[0]} unigrams, ${counts[1]} bigrams and
  ${counts[2]} trigrams, all kept (no pruning), scores kept at sphinx's 16-bit quantisation.
- Built by \`npx tsx scripts/build-lm.ts\` (reader: src/core/lm/sphinx-trie.ts, written from the
  format of sphinxbase's ngram_model_trie.c / lm_trie.c / lm_trie_quant.c); artifact ${size} bytes.
${notes.map((n) => `- ${n}`).join('\n')}

## Licence notice

\`\`\`
${licenceStanza(p.package)}
\`\`\`
`;
}

/** The "Files: *" copyright and licence stanza of the package's Debian copyright file. */
function licenceStanza(pkg: string): string {
  const text = readFileSync(`/usr/share/doc/${pkg}/copyright`, 'utf8');
  const stanza = text.split(/\n\s*\n/).find((block) => block.startsWith('Files: *'));
  if (!stanza) throw new Error(`no "Files: *" stanza in ${pkg}'s copyright file`);
  return stanza.replace(/[ \t]+$/gm, '');
}

/** Sentences for the golden fixture: plain, frequent, rare, OOV, backoff-heavy, with markers. */
const GOLDEN_SENTENCES = [
  'number ten downing street',
  'quantity ten downing street',
  '<s> number ten downing street </s>',
  'the cat sat on the mat',
  'in the beginning god created the heaven and the earth',
  'successful the beginning god created the heaven and the earth',
  'he came home late last night',
  'he got here home late last night',
  'the prime minister said that the government would act',
  'the president of the united states',
  '<s> i think that is a very good idea </s>',
  'colorless green ideas sleep furiously',
  'number ten xyzzyq street and more',
  'the qwertzuiop of the blorfle was seen',
  'zyuganov zwerdling zucchini aardvark',
  'whips and bullhorns',
  'teased and bullhorns',
  'it was the best of times it was the worst of times',
  'a muscle tissues is aware of the leader',
  'we need to find the source of the problem',
  '<s> </s>',
  'the the the the',
];

interface GoldenNgram { word: string; history: string[]; log10001: number }

function golden(): void {
  const lines: { text: string; ngrams: GoldenNgram[]; total: number; oovs: number }[] = [];
  for (const text of GOLDEN_SENTENCES) {
    const out = execFileSync('sphinx_lm_eval', ['-lm', SOURCE, '-text', text, '-verbose', 'yes'], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
    const ngrams: GoldenNgram[] = [];
    for (const m of out.matchAll(/^log P\((\S+)\|(.*)\) = (-?\d+)$/gm)) {
      ngrams.unshift({ word: m[1] as string, history: (m[2] as string).trim().split(/\s+/).filter(Boolean), log10001: Number(m[3]) });
    }
    const total = Number(/^lm score: (-?\d+)$/m.exec(out)?.[1]);
    const oovs = Number(/^(\d+) OOVs/m.exec(out)?.[1]);
    lines.push({ text, ngrams, total, oovs });
  }
  const fixture = {
    about: 'Per-n-gram log P (log base 1.0001, truncated to integers) printed by Debian sphinx_lm_eval for the source model; recorded once by scripts/build-lm.ts --golden.',
    command: `sphinx_lm_eval -lm ${SOURCE} -text "<sentence>" -verbose yes`,
    tool: `sphinxbase-utils ${packageVersion('sphinxbase-utils')}`,
    model: `${PACKAGE} ${packageVersion(PACKAGE)}`,
    sentences: lines,
  };
  // One n-gram per line keeps the fixture readable and its diffs small.
  const json = JSON.stringify(fixture, null, 1).replace(/\{\n\s*"word": ([^\n]*)\n\s*"history": \[([^\]]*)\],\n\s*"log10001": (-?\d+)\n\s*\}/g,
    (_m, w: string, h: string, v: string) => `{ "word": ${w} "history": [${h.split(',').map((x) => x.trim()).filter(Boolean).join(', ')}], "log10001": ${v} }`);
  writeFileSync(root('test/fixtures/lm-golden.json'), `${json}\n`);
  console.log(`test/fixtures/lm-golden.json: ${lines.length} sentences`);
}

build();
if (process.argv.includes('--golden')) golden();
