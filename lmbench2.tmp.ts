import { readFileSync } from 'node:fs';
const t0 = performance.now();
const { loadLanguageModel } = await import('./src/node/load-lm.js');
const t1 = performance.now();
const lm = loadLanguageModel();
const t2 = performance.now();
console.log(`import ${(t1 - t0).toFixed(1)} ms, loadLanguageModel ${(t2 - t1).toFixed(1)} ms, heap ${(process.memoryUsage().heapUsed/1e6).toFixed(1)} MB, arrayBuffers ${(process.memoryUsage().arrayBuffers/1e6).toFixed(1)} MB`);
// Viterbi-like: per position, every (w1,w2) state x every candidate w3.
const sents = readFileSync('/tmp/lmcheck.txt', 'utf8').split('\n').filter(Boolean).map(s => s.split(' ').map(w => lm.wordId(w)));
const pool = sents.flat().filter(i => i >= 0);
let seed = 7; const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
const C = 6;
const cands = sents.map(s => s.map(w => [w, ...Array.from({ length: C - 1 }, () => pool[Math.floor(rnd() * pool.length)]!)]));
for (let rep = 0; rep < 3; rep++) {
  let calls = 0, acc = 0; const s0 = performance.now(); const c0 = process.cpuUsage();
  for (const cs of cands) {
    for (let p = 2; p < cs.length; p++) {
      const A = cs[p - 2]!, B = cs[p - 1]!, D = cs[p]!;
      for (const a of A) for (const b of B) for (const c of D) { acc += lm.logProb(a, b, c); calls++; }
    }
  }
  const ms = performance.now() - s0; const cu = process.cpuUsage(c0); const cpuMs = (cu.user + cu.system) / 1000;
  console.log(`viterbi-like pass ${rep}: ${calls} calls, wall ${(calls / ms / 1000).toFixed(2)} M calls/s, cpu ${(calls / cpuMs / 1000).toFixed(2)} M calls/cpu-s`);
}
