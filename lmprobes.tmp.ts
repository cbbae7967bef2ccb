import { loadLanguageModel } from './src/node/load-lm.js';
const lm = loadLanguageModel();
const text = 'the prime minister said on tuesday that the government would act quickly to restore confidence in the banking system after a week of turmoil in the markets and he came home late last night to find that the door was open'.split(' ').map(w => lm.wordId(w));
let seed = 1; const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
for (let k = 0; k < 100000; k++) { const p = 2 + Math.floor(rnd() * (text.length - 2)); lm.logProb(text[p-2]!, text[p-1]!, rnd() < 0.5 ? text[Math.floor(rnd()*text.length)]! : Math.floor(rnd()*lm.vocabSize)); }
const g = globalThis as any; console.log('finds', g.FINDS, 'probe loops', g.PROBES, g.PROBES / g.FINDS);
