import { loadLanguageModel } from './src/node/load-lm.js';
import { toLog10001 } from './src/core/lm/log-base.js';
let t0 = performance.now();
const lm = loadLanguageModel();
console.log('load ms', (performance.now() - t0).toFixed(1));
t0 = performance.now(); loadLanguageModel(); console.log('load ms (2nd)', (performance.now() - t0).toFixed(1));
for (const s of ['number ten downing street', 'quantity ten downing street']) {
  const r = lm.scoreSentence(s.split(' ')); console.log(s, toLog10001(r.total), r.perWord.map(toLog10001));
}
// random benchmark: ids drawn from a realistic text
const text = 'the prime minister said on tuesday that the government would act quickly to restore confidence in the banking system after a week of turmoil in the markets and he came home late last night to find that the door was open'.split(' ').map(w => lm.wordId(w));
const N = 2_000_000;
const V = lm.vocabSize;
let seed = 1; const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
// decoder-like: for each position, context from text, w3 from a set of candidates (text words + random)
const ws = new Int32Array(N * 3);
for (let k = 0; k < N; k++) {
  const p = 2 + Math.floor(rnd() * (text.length - 2));
  ws[3*k] = text[p-2]!; ws[3*k+1] = text[p-1]!; ws[3*k+2] = rnd() < 0.5 ? text[Math.floor(rnd()*text.length)]! : Math.floor(rnd()*V);
}
for (const label of ['mixed', 'mixed again']) {
  let acc = 0; t0 = performance.now();
  for (let k = 0; k < N; k++) acc += lm.logProb(ws[3*k]!, ws[3*k+1]!, ws[3*k+2]!);
  const ms = performance.now() - t0; console.log(label, (N / ms * 1000 / 1e6).toFixed(2), 'M calls/s', acc.toFixed(0));
}
// fully random ids
const rw = new Int32Array(N * 3); for (let i = 0; i < rw.length; i++) rw[i] = Math.floor(rnd() * V);
{ let acc = 0; t0 = performance.now(); for (let k = 0; k < N; k++) acc += lm.logProb(rw[3*k]!, rw[3*k+1]!, rw[3*k+2]!); const ms = performance.now() - t0; console.log('random ids', (N / ms * 1000 / 1e6).toFixed(2), 'M calls/s', acc.toFixed(0)); }
// in-text trigrams (sequential, hits)
{ let acc = 0; t0 = performance.now(); for (let r = 0; r < N / text.length; r++) for (let p = 2; p < text.length; p++) acc += lm.logProb(text[p-2]!, text[p-1]!, text[p]!); const ms = performance.now() - t0; console.log('text trigrams', (N / ms * 1000 / 1e6).toFixed(2), 'M calls/s', acc.toFixed(0)); }
{ let acc = 0; t0 = performance.now(); for (let k = 0; k < N; k++) acc += lm.logProb(-1, ws[3*k+1]!, ws[3*k+2]!); const ms = performance.now() - t0; console.log('mixed bigram only', (N / ms * 1000 / 1e6).toFixed(2), 'M calls/s', acc.toFixed(0)); }
{ let acc = 0; t0 = performance.now(); for (let k = 0; k < N; k++) acc += lm.bigramBackoff(ws[3*k]!, ws[3*k+1]!); const ms = performance.now() - t0; console.log('bo only (cached ctx)', (N / ms * 1000 / 1e6).toFixed(2), 'M calls/s', acc.toFixed(0)); }
