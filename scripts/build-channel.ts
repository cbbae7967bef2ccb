/**
 * Precomputes the reverse paraphrase index `models/channel.bin` from the lexicon artifact, the
 * language model's vocabulary and the fitted weights (`models/channel.json`). For every original in
 * the language model's vocabulary that the lexicon knows, the exact channel lists every spun form the
 * lexical sources give it; the index inverts that, keeping per spun form the originals most likely
 * a priori (channel probability x unigram probability).
 *
 * Run: npx tsx scripts/build-channel.ts   (after scripts/fit-channel.ts when the weights change)
 */
import { writeFileSync } from 'node:fs';
import { ExactChannel } from '../src/core/channel/channel.js';
import { encodeChannelIndex } from '../src/core/channel/index-format.js';
import { INDEXED_SOURCES, type ChannelSource } from '../src/core/channel/weights.js';
import { wordnetCandidates } from '../src/core/spin/wordnet.js';
import { lexicalModels, loadChannelWeights, loadFunctionWords } from '../src/node/api.js';
import { loadLanguageModel } from '../src/node/load-lm.js';
import { ROOT } from './lib/shared.js';

const PER_SPUN = 20;
const WORD = /^[a-z][a-z']*$/;

const started = Date.now();
const lm = loadLanguageModel();
const { lexicon, morphology } = lexicalModels();
const weights = loadChannelWeights();
const exact = new ExactChannel({
  lexicon,
  morphology,
  wordnetCandidates: (w) => wordnetCandidates(w, lexicon, morphology),
  phrases: [],
  weights,
  functionWords: loadFunctionWords(),
});

interface Entry {
  original: string;
  logP: number;
  source: ChannelSource;
  rank: number;
}
const reverse = new Map<string, Entry[]>();
let originals = 0;
for (let id = 0; id < lm.vocabSize; id++) {
  const o = lm.word(id);
  if (!WORD.test(o) || o.endsWith("'")) continue;
  const forms = exact.forwardForms(o);
  if (forms.size === 0) continue;
  originals++;
  const unigram = lm.logProb(-1, -1, id);
  for (const [spun, by] of forms) {
    let p = 0;
    let best: ChannelSource = 'wordnet';
    let bestMass = 0;
    for (const k of INDEXED_SOURCES) {
      const mass = weights[k] * (by[k] ?? 0);
      p += mass;
      if (mass > bestMass) {
        bestMass = mass;
        best = k;
      }
    }
    if (p <= 0) continue;
    const logP = Math.log10(p);
    let list = reverse.get(spun);
    if (list === undefined) reverse.set(spun, (list = []));
    list.push({ original: o, logP, source: best, rank: logP + unigram });
  }
  if (originals % 5000 === 0) process.stderr.write(`${originals} originals, ${reverse.size} spun forms, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
let entries = 0;
const kept = new Map<string, Array<{ original: string; logP: number; source: ChannelSource }>>();
for (const [spun, list] of reverse) {
  list.sort((a, b) => b.rank - a.rank);
  const top = list.slice(0, PER_SPUN).map(({ original, logP, source }) => ({ original, logP, source }));
  entries += top.length;
  kept.set(spun, top);
}
const bytes = encodeChannelIndex({
  provenance: {
    script: 'scripts/build-channel.ts',
    lexicon: 'models/lexicon.bin (see models/lexicon.NOTICE.md)',
    vocabulary: 'models/lm.bin (see models/lm.NOTICE.md)',
    weights: 'models/channel.json',
    originals,
    spunForms: kept.size,
    entries,
  },
  weights,
  perSpun: PER_SPUN,
  entries: kept,
});
writeFileSync(ROOT + 'models/channel.bin', bytes);
process.stdout.write(`models/channel.bin: ${originals} originals, ${kept.size} spun forms, ${entries} entries, ${(bytes.byteLength / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
