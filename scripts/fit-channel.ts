/**
 * Fits the channel model's mixture weights by EM on the reference spinner's output: BBC articles
 * (../shared) spun in both styles (WordNet, PPDB table) with fixed seeds. Each true substitution
 * original -> spun is a sample; its per-source probabilities P_k(spun | original) come from the
 * channel; EM finds the weights λ maximising Σ log Σ_k λ_k P_k. Writes models/channel.json.
 *
 * Run: npx tsx scripts/fit-channel.ts   (needs ../shared and bench/.cache/ppdb-table.tsv, built by
 * npx tsx scripts/build-ppdb-table.ts)
 */
import { writeFileSync } from 'node:fs';
import { ExactChannel } from '../src/core/channel/channel.js';
import { CHANNEL_SOURCES, DEFAULT_CHANNEL_WEIGHTS, type ChannelSource } from '../src/core/channel/weights.js';
import { spin } from '../src/core/spin/index.js';
import { wordnetCandidates } from '../src/core/spin/wordnet.js';
import { lexicalModels, loadFunctionWords, loadPhrases } from '../src/node/api.js';
import { fittingArticles, ppdbTable, ROOT } from './lib/shared.js';

const ARTICLES = 120; // per style; from the fitting split that the benchmark never uses
const RATE = 0.3;
const SEED = 20261124;
const BUILT_IN = CHANNEL_SOURCES.filter((k) => k !== 'learned');
const CURATED_FLOOR = 0.05;

const table = ppdbTable();
const { lexicon, morphology } = lexicalModels();
const channel = new ExactChannel({
  lexicon,
  morphology,
  wordnetCandidates: (w) => wordnetCandidates(w, lexicon, morphology),
  phrases: loadPhrases(),
  weights: DEFAULT_CHANNEL_WEIGHTS,
  functionWords: loadFunctionWords(),
});

type Sample = Record<ChannelSource, number>;
const samples: Sample[] = [];
const coverage: Record<string, { pairs: number; covered: number; proposed: number }> = {};
const articles = await fittingArticles(ARTICLES);
for (const style of ['wordnet', 'table'] as const) {
  const stats = { pairs: 0, covered: 0, proposed: 0 };
  articles.forEach((article, i) => {
    const result = spin(article.text, { style, rate: RATE, seed: SEED + i, table, lexicon, morphology });
    for (const sub of result.alignment) {
      const original = sub.original.text.toLowerCase();
      const spun = sub.spun.text.toLowerCase();
      if (original === spun) continue;
      stats.pairs++;
      if (channel.proposals(spun).has(original)) stats.proposed++;
      const probs = channel.sourceProbabilities(spun, original);
      if (BUILT_IN.some((k) => probs[k] > 0)) {
        stats.covered++;
        samples.push(probs);
      }
    }
  });
  coverage[style] = stats;
  process.stderr.write(`${style}: ${stats.pairs} substitutions, ${stats.proposed} proposed, ${stats.covered} scored\n`);
}

// EM over the built-in sources (samples are all covered by at least one).
const lambda: Record<string, number> = Object.fromEntries(BUILT_IN.map((k) => [k, 1 / BUILT_IN.length]));
for (let iter = 0; iter < 200; iter++) {
  const acc: Record<string, number> = Object.fromEntries(BUILT_IN.map((k) => [k, 0]));
  for (const s of samples) {
    let z = 0;
    for (const k of BUILT_IN) z += (lambda[k] as number) * s[k];
    for (const k of BUILT_IN) acc[k] = (acc[k] as number) + ((lambda[k] as number) * s[k]) / z;
  }
  for (const k of BUILT_IN) lambda[k] = Math.max(1e-4, (acc[k] as number) / samples.length);
}
const weights: Record<string, number> = { ...Object.fromEntries(BUILT_IN.map((k) => [k, round(lambda[k] as number)])), learned: DEFAULT_CHANNEL_WEIGHTS.learned };
// The reference spinner never writes curated pairs (they come from real farms), so EM drives their
// weight to zero; keep a floor so the curated table still counts on real spun text.
weights['curated'] = Math.max(weights['curated'] ?? 0, CURATED_FLOOR);
const out = {
  weights,
  provenance: {
    script: 'scripts/fit-channel.ts',
    data: `../shared/corpora/bbc-news/articles.jsonl, ${ARTICLES} articles of the fitting split (scripts/lib/shared.ts fittingArticles), spun by the reference spinner at rate ${RATE}, seeds ${SEED}+i, styles wordnet and table (PPDB-XL table from scripts/build-ppdb-table.ts)`,
    samples: samples.length,
    coverage,
    learned: 'not fitted: weight of a learned farm table when one is given (built-in weights are scaled by 1 - learned)',
  },
};
writeFileSync(ROOT + 'models/channel.json', JSON.stringify(out, null, 2) + '\n');
process.stdout.write(JSON.stringify(out, null, 2) + '\n');

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
