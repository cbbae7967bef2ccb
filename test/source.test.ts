import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeChannelIndex, encodeChannelIndex } from '../src/core/channel/index-format.js';
import { DEFAULT_CHANNEL_WEIGHTS } from '../src/core/channel/weights.js';
import { buildSourceModel, plainSourceModel } from '../src/core/source/classes.js';
import { classShingles, contentWords, plainShingles, shingleHashes } from '../src/core/source/fingerprint.js';
import { bandKeys, minhashSignature, signatureSimilarity } from '../src/core/source/minhash.js';
import { rankCandidates, textBandKeys } from '../src/core/source/search.js';
import { compareSource, prepareText, spinRate } from '../src/core/source/verify.js';
import { spin } from '../src/core/spin/index.js';
import { lexicalModels, loadChannelIndex } from '../src/node/api.js';

const model = buildSourceModel(loadChannelIndex());

const ARTICLE = `The prime minister announced a significant increase in energy support for families on Monday.
Ministers said the measures would begin in April and cost the government billions of pounds.
Opposition leaders welcomed the plan but warned that the newspaper reports about the budget were worrying.
The chancellor is expected to buy time before the next election by delaying other large decisions.`;

function jaccard(a: Uint32Array, b: Uint32Array): number {
  const sa = new Set(a);
  let inter = 0;
  for (const x of b) if (sa.has(x)) inter++;
  return inter / (sa.size + b.length - inter);
}

test('synonym classes: inflections always merged, synonyms merged strongest first up to the cap', () => {
  const entries = new Map([
    ['gatherings', [{ original: 'gathering', logP: -0.1, source: 'inflection' as const }, { original: 'meetings', logP: -1, source: 'wordnet' as const }]],
    ['gathering', [{ original: 'meeting', logP: -1, source: 'wordnet' as const }]],
    ['assembly', [{ original: 'meeting', logP: -2, source: 'wordnet' as const }]],
    ['meetings', [{ original: 'meeting', logP: -0.1, source: 'inflection' as const }]],
    ['successful', [{ original: 'in', logP: -1, source: 'related' as const }]],
    ['astir', [{ original: 'about', logP: -1, source: 'wordnet' as const }]],
  ]);
  const index = decodeChannelIndex(encodeChannelIndex({ provenance: {}, weights: DEFAULT_CHANNEL_WEIGHTS, perSpun: 20, entries }));
  const wide = buildSourceModel(index, { maxClassSize: 10 });
  const ids = ['meeting', 'meetings', 'gathering', 'gatherings', 'assembly'].map((w) => wide.classOf(w));
  assert.equal(new Set(ids).size, 1, 'all five in one class');
  const narrow = buildSourceModel(index, { maxClassSize: 4 });
  assert.equal(narrow.classOf('meeting'), narrow.classOf('gatherings'), 'the stronger pair merged first');
  assert.notEqual(narrow.classOf('meeting'), narrow.classOf('assembly'), 'the weaker merge would pass the cap');
  assert.equal(narrow.classOf('meetings'), narrow.classOf('meeting'));
  // Function words take no part in classes; related() still reads the channel.
  assert.notEqual(wide.classOf('astir'), wide.classOf('about'));
  assert.equal(wide.related('successful', 'in'), true);
  assert.equal(wide.related('in', 'successful'), true);
  assert.equal(wide.related('successful', 'meeting'), false);
  assert.match(wide.signature, /^classes\/v1 cap=10 /);
});

test('the embedded channel gives shared classes to common spinner swaps', () => {
  for (const [a, b] of [
    ['significant', 'important'],
    ['energy', 'vigor'],
    ['newspaper', 'paper'],
    ['begin', 'start'],
    ['buy', 'purchase'],
    ['meetings', 'meeting'],
  ]) {
    assert.equal(model.classOf(a as string), model.classOf(b as string), `${a} ~ ${b}`);
  }
  assert.notEqual(model.classOf('house'), model.classOf('car'));
  assert.equal(model.related('stated', 'said'), true);
  assert.equal(model.related('gathering', 'meeting'), true);
});

test('content words drop function words and possessives; shingles are sorted and distinct', () => {
  assert.deepEqual(contentWords("The minister's plan is in the news, and it's big."), ['minister', 'plan', 'news', 'big']);
  const sh = shingleHashes([1, 2, 1, 2, 1, 2], 2);
  assert.equal(sh.length, 2);
  assert.ok(sh[0] as number < (sh[1] as number));
  assert.equal(shingleHashes([7], 2).length, 1);
  assert.equal(shingleHashes([], 2).length, 0);
});

test('synonym-class fingerprints survive spinning better than plain word shingles', () => {
  const { lexicon, morphology } = lexicalModels();
  let classJ = 0;
  let plainJ = 0;
  for (let seed = 1; seed <= 5; seed++) {
    const spun = spin(ARTICLE, { style: 'wordnet', rate: 0.3, seed, lexicon, morphology }).text;
    assert.notEqual(spun, ARTICLE);
    classJ += jaccard(classShingles(ARTICLE, model), classShingles(spun, model));
    plainJ += jaccard(plainShingles(ARTICLE), plainShingles(spun));
  }
  assert.ok(classJ > plainJ * 1.3, `class ${classJ / 5} vs plain ${plainJ / 5}`);
  assert.ok(classJ / 5 > 0.35);
});

test('MinHash estimates Jaccard similarity; band keys are stable 52-bit integers', () => {
  const a = Uint32Array.from({ length: 400 }, (_, i) => i * 7919);
  const b = Uint32Array.from({ length: 400 }, (_, i) => (i + 200) * 7919);
  const est = signatureSimilarity(minhashSignature(a, 256), minhashSignature(b, 256));
  assert.ok(Math.abs(est - 200 / 600) < 0.12, `estimate ${est}`);
  assert.equal(signatureSimilarity(minhashSignature(a, 64), minhashSignature(a, 64)), 1);
  const keys = bandKeys(minhashSignature(a, 64), 1);
  assert.equal(keys.length, 64);
  for (const k of keys) assert.ok(Number.isSafeInteger(k) && k >= 0 && k < 2 ** 52);
  assert.deepEqual(bandKeys(minhashSignature(a, 64), 2).length, 32);
  assert.deepEqual(textBandKeys(ARTICLE, model), textBandKeys(ARTICLE, model));
  assert.deepEqual(minhashSignature(new Uint32Array(0), 64).length, 0);
  // A few empty bins are filled by rotation, not left empty.
  const few = minhashSignature(Uint32Array.from([1, 2, 3]), 64);
  assert.ok(few.every((v) => v !== 0xffffffff));
});

test('verification: the original explains a spun copy, distractors of shared sentences do not', () => {
  const { lexicon, morphology } = lexicalModels();
  const spun = spin(ARTICLE, { style: 'wordnet', rate: 0.3, seed: 11, lexicon, morphology }).text;
  const sentences = ARTICLE.split('\n');
  const distractor = [sentences[1], 'The football club confirmed that its captain will miss the rest of the season.', 'Fans were upset.'].join(' ');
  const unrelated = 'Gardeners should plant tomatoes after the last frost of spring and water them often.';
  const q = prepareText(spun, model);
  const own = compareSource(q, prepareText(ARTICLE, model), model);
  const other = compareSource(q, prepareText(distractor, model), model);
  assert.ok(own.coverage > 0.7, `own ${own.coverage}`);
  assert.ok(other.coverage < 0.35, `distractor ${other.coverage}`);
  const hits = rankCandidates(spun, [
    { id: 'd', title: null, url: null, text: distractor },
    { id: 'u', title: 'U', url: null, text: unrelated },
    { id: 'a', title: 'Energy support', url: 'https://example.org/a', text: ARTICLE },
  ], model);
  assert.deepEqual(hits.map((h) => h.id), ['a']);
  assert.deepEqual(Object.keys(hits[0] ?? {}), ['id', 'title', 'score', 'coverage', 'spinRate', 'url']);
  assert.ok((hits[0]?.spinRate ?? 0) > 0.1 && (hits[0]?.spinRate ?? 1) < 0.45);
  assert.deepEqual(rankCandidates(spun, [], model), []);
  // Plain model: no classes, nothing related.
  assert.equal(plainSourceModel().related('stated', 'said'), false);
});

test('spin rate over the stretch the copy covers', () => {
  assert.equal(spinRate('a b c d', 'a x c d'), 0.25);
  assert.equal(spinRate('a b c d e f g h', 'c x e'), 1 / 3);
  assert.equal(spinRate('a b', 'x y'), 1);
});

const RUN = new URL('./fixtures/source/run-command.ts', import.meta.url).pathname;

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', RUN, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('CLI: index add, source JSON contract, [] and exit 1 when nothing matches, one-line errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unspin-source-'));
  try {
    const db = join(dir, 'i.db');
    const docs = join(dir, 'docs.jsonl');
    writeFileSync(
      docs,
      [
        JSON.stringify({ id: 'energy', title: 'Energy support', text: ARTICLE }),
        JSON.stringify({ id: 'sport', text: 'The football club confirmed that its captain will miss the rest of the season with a knee injury.' }),
        'not json',
      ].join('\n'),
    );
    const added = cli('index', 'add', '--db', db, docs);
    assert.equal(added.status, 1, 'a bad line is reported with exit 1');
    assert.match(added.stderr, /docs\.jsonl:3: bad JSON/);
    assert.match(added.stderr, /2 added, 0 replaced, 0 unchanged/);
    const { lexicon, morphology } = lexicalModels();
    const spunFile = join(dir, 'spun.txt');
    writeFileSync(spunFile, spin(ARTICLE, { style: 'wordnet', rate: 0.3, seed: 3, lexicon, morphology }).text);
    const unrelatedFile = join(dir, 'other.txt');
    writeFileSync(unrelatedFile, 'Gardeners should plant tomatoes after the last frost of spring and water them often.');
    const json = cli('source', '--db', db, '--format', 'json', spunFile);
    assert.equal(json.status, 0, json.stderr);
    const hits = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
    assert.equal(hits[0]?.id, 'energy');
    assert.equal(hits[0]?.title, 'Energy support');
    for (const k of ['score', 'coverage', 'spinRate']) assert.equal(typeof hits[0]?.[k], 'number');
    const none = cli('source', '--db', db, '--format', 'json', unrelatedFile);
    assert.equal(none.status, 1);
    assert.equal(none.stdout, '[]\n');
    const missing = cli('source', '--db', join(dir, 'none.db'), spunFile);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^unspin: .*none\.db: no index here; build one with unspin index add\n$/);
    const stats = cli('index', 'stats', '--db', db, '--format', 'json');
    assert.equal(stats.status, 0);
    assert.equal((JSON.parse(stats.stdout) as { documents: number }).documents, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
