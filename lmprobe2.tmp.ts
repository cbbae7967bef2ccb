import { readFileSync } from 'node:fs';
(globalThis as any).LMDEBUG = true;
const { parseSphinxTrie } = await import('./src/core/lm/sphinx-trie.ts');
const t = parseSphinxTrie(new Uint8Array(readFileSync('/usr/share/pocketsphinx/model/en-us/en-us.lm.bin')));
const [n1, n2, n3] = t.counts;
let bad = 0, badRanges = 0;
for (let p = 0; p < n2; p++) {
  const b = t.biNext[p]!, e = t.biNext[p + 1]!;
  let rb = false;
  for (let i = b + 1; i < e; i++) if (t.triWord[i]! <= t.triWord[i - 1]!) { bad++; rb = true; if (bad < 4) console.log('p', p, 'range', b, e, Array.from(t.triWord.slice(b, e)).map(w => t.vocab[w]).join(' '), '| bigram word', t.vocab[t.biWord[p]!]); }
  if (rb) badRanges++;
}
console.log({ bad, badRanges, n1, n2, n3 });
for (const p of [294612, 978264]) {
  let w3 = 0; while (t.uniNext[w3 + 1]! <= p) w3++;
  const b = t.uniNext[w3]!, e = t.uniNext[w3 + 1]!;
  const around = [];
  for (let i = Math.max(b, p - 3); i < Math.min(e, p + 4); i++) around.push(`${i}:${t.vocab[t.biWord[i]!]}[${t.biNext[i]}-${t.biNext[i+1]}] ${Array.from(t.triWord.slice(t.biNext[i]!, t.biNext[i+1]!)).slice(0,5).map(w=>t.vocab[w]).join(',')}`);
  console.log('w3', t.vocab[w3], around.join('\n'));
}
for (const j of [247583, 247584, 771632, 771633]) console.log(j, t.vocab[t.triWord[j]!], t.triProbTable[t.triProbIdx[j]!]);
