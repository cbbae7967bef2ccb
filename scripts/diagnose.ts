/**
 * Where restoration loses spun words: for reference-spinner output of fitting-split articles, counts
 * each true substitution by the first stage that misses it: no candidate in the channel, pruned from
 * the lattice, kept by the decoder, replaced by another candidate, below the confidence threshold,
 * or restored. Use it before and after a change to the channel or decoder.
 *
 * Run: npx tsx scripts/diagnose.ts [wordnet|table|farm] [rate] [articles]   (needs ../shared)
 */
import { checkDetailed, DEFAULT_LOCAL_KEEP, DEFAULT_MIN_CONFIDENCE, MIN_ORIGINAL_CONFIDENCE } from '../src/core/check.js';
import { buildEdges, toSentences } from '../src/core/decode/lattice.js';
import { spin } from '../src/core/spin/index.js';
import { tokenize } from '../src/core/text/tokenize.js';
import { buildModels, lexicalModels } from '../src/node/api.js';
import { fittingArticles, ppdbTable } from './lib/shared.js';

const style = process.argv[2] === 'table' || process.argv[2] === 'farm' ? process.argv[2] : 'wordnet';
const rate = Number(process.argv[3] ?? 0.3);
const n = Number(process.argv[4] ?? 40);
const table = ppdbTable();
const lexical = lexicalModels();
const models = buildModels();
const stages = { substitutions: 0, noCandidate: 0, pruned: 0, kept: 0, otherOriginal: 0, belowThreshold: 0, restored: 0 };

(await fittingArticles(n)).forEach((article, i) => {
  const spun = spin(article.text, { style, rate, seed: 9_000 + i, table, ...lexical });
  // Which originals survive into the lattice, per spun span.
  const inLattice = new Map<string, Set<string>>();
  for (const slots of toSentences(tokenize(spun.text), models.lm)) {
    buildEdges(slots, models.channel, models.lm, { maxCandidates: 8, maxSpan: 4, localKeep: DEFAULT_LOCAL_KEEP }).forEach((edges, k) => {
      for (const edge of edges) {
        if (edge.candidate === null) continue;
        const key = `${(slots[k] as { start: number }).start}:${(slots[k + edge.len - 1] as { end: number }).end}`;
        let set = inLattice.get(key);
        if (set === undefined) inLattice.set(key, (set = new Set()));
        set.add(edge.candidate.original);
      }
    });
  }
  const changes = new Map(checkDetailed(spun.text, models, { minConfidence: 0 }).changes.map((c) => [`${c.start}:${c.end}`, c]));
  for (const sub of spun.alignment) {
    stages.substitutions++;
    const original = sub.original.text.toLowerCase();
    const key = `${sub.spun.offset}:${sub.spun.end}`;
    const change = changes.get(key);
    if (!models.channel.candidates(sub.spun.text.toLowerCase()).some((c) => c.original === original)) stages.noCandidate++;
    else if (!inLattice.get(key)?.has(original)) stages.pruned++;
    else if (change === undefined) stages.kept++;
    else if (change.alternatives[0]?.edge.candidate?.original !== original) stages.otherOriginal++;
    else if (change.spunConfidence < DEFAULT_MIN_CONFIDENCE || change.confidence < MIN_ORIGINAL_CONFIDENCE) stages.belowThreshold++;
    else stages.restored++;
  }
});
const pct = (x: number): string => `${((100 * x) / stages.substitutions).toFixed(1)} %`;
process.stdout.write(`${style} rate ${rate}, ${n} articles, ${stages.substitutions} substitutions\n`);
for (const [k, v] of Object.entries(stages)) if (k !== 'substitutions') process.stdout.write(`  ${k.padEnd(15)} ${String(v).padStart(6)}  ${pct(v)}\n`);
