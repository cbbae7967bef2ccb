/**
 * Child process of the benchmark's speed test, so that peak RSS and load time belong to a clean
 * process: loads the built API (`dist/`, what the CLI runs; build it with `npm run build`), times the
 * first call (model loading), then times `check` or `restore` over the documents of a JSON file (an
 * array of strings) and prints one JSON line.
 *
 * Plain JavaScript on plain node, as bin/unspin.js runs: under a TypeScript loader (tsx) the same
 * work measured about 10 % slower on one core.
 *
 *   node --max-old-space-size=1024 bench/speed-child.mjs check|restore INPUT.json
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const mode = process.argv[2] === 'restore' ? 'restore' : 'check';
/** @type {string[]} */
const docs = JSON.parse(readFileSync(process.argv[3] ?? '', 'utf8'));
const t0 = performance.now();
const api = await import('../dist/node/api.js');
const t1 = performance.now();
api.check('The committee met on Monday.');
const t2 = performance.now();
const { metricTokens } = await import('../dist/core/metrics/tokens.js');
let words = 0;
for (const d of docs) words += metricTokens(d).length;
const c0 = performance.now();
if (mode === 'check') for (const d of docs) api.check(d);
else for (const d of docs) api.restore(d);
const c1 = performance.now();
console.log(
  JSON.stringify({
    mode,
    words,
    docs: docs.length,
    importMs: t1 - t0,
    loadMs: t2 - t1,
    wordsPerSec: words / ((c1 - c0) / 1000),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
