import { readFileSync } from 'node:fs';
import { loadLanguageModel } from './src/node/load-lm.js';
import { toLog10001 } from './src/core/lm/log-base.js';
const lm = loadLanguageModel();
let n = 0, bad = 0, maxd = 0, maxu = 0;
const id = (w: string) => (w === '(null)' ? -1 : lm.wordId(w));
for (const line of readFileSync('/tmp/lmcheck.out', 'utf8').split('\n')) {
  const m = /^log P\((\S+)\|(.*)\) = (-?\d+)$/.exec(line); if (!m) continue;
  const h = m[2]!.trim().split(/\s+/).filter(Boolean).map(id);
  const w1 = h.length === 2 ? h[0]! : -1, w2 = h.length >= 1 ? h[h.length - 1]! : -1;
  const ours = toLog10001(lm.logProb(w1, w2, id(m[1]!)));
  const g = Number(m[3]);
  const d = ours - g; n++;
  maxd = Math.min(maxd, d); maxu = Math.max(maxu, d);
  if (!(d > -1.05 && d < 0.05)) { bad++; if (bad < 5) console.log(line, ours); }
}
console.log({ n, bad, minDiff: maxd, maxDiff: maxu });
