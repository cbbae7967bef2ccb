import { readFileSync } from 'node:fs';
import { parseSphinxTrie } from "./src/core/lm/sphinx-trie.ts";
const t0 = performance.now();
const t = parseSphinxTrie(new Uint8Array(readFileSync('/usr/share/pocketsphinx/model/en-us/en-us.lm.bin')));
console.log('parse ms', performance.now() - t0, t.counts, t.vocab.slice(0, 10));
const id = (w: string) => t.vocab.indexOf(w);
const L = Math.log10(1.0001);
console.log('number uni', t.uniProb[id('number')], 'ten', id('ten'));
// bigram "number ten": under unigram ten, find word number
const ten = id('ten'), num = id('number');
for (let i = t.uniNext[ten]!; i < t.uniNext[ten + 1]!; i++) if (t.biWord[i] === num) console.log('P(ten|number)', t.biProbTable[t.biProbIdx[i]!], 'bo', t.biBoTable[t.biBoIdx[i]!]);
// stats
let zeroBo = 0; for (let i = 0; i < t.counts[1]; i++) if (t.biBoTable[t.biBoIdx[i]!] === 0) zeroBo++;
console.log('zero bo bigrams', zeroBo);
const used = (a: Uint16Array) => new Set(a).size;
console.log('distinct idx', used(t.biProbIdx), used(t.biBoIdx), used(t.triProbIdx));
console.log('tables ranges', Math.min(...t.biProbTable), Math.max(...t.biProbTable), Math.min(...t.biBoTable), Math.max(...t.biBoTable), Math.min(...t.triProbTable), Math.max(...t.triProbTable));
let maxFan = 0; let maxTriUnder = 0;
for (let w = 0; w < t.counts[0]; w++) { maxFan = Math.max(maxFan, t.uniNext[w+1]! - t.uniNext[w]!); maxTriUnder = Math.max(maxTriUnder, t.biNext[t.uniNext[w+1]!]! - t.biNext[t.uniNext[w]!]!); }
let maxTriFan = 0; for (let i = 0; i < t.counts[1]; i++) maxTriFan = Math.max(maxTriFan, t.biNext[i+1]! - t.biNext[i]!);
console.log({ maxFan, maxTriUnder, maxTriFan });
console.log('uni min', Math.min(...t.uniProb.subarray(0, t.counts[0])), 'unibo range', Math.min(...t.uniBo), Math.max(...t.uniBo));
