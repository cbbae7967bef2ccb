// The trigram model reproduces Debian's sphinx_lm_eval on the source model (goldens recorded once
// by `npx tsx scripts/build-lm.ts --golden`), loading only the committed models/lm.bin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TrigramModel } from '../src/core/lm/trigram-model.js';
import { toLog10001, fromLog10001 } from '../src/core/lm/log-base.js';
import { DEFAULT_LM_PATH, loadLanguageModel } from '../src/node/load-lm.js';

interface GoldenNgram { word: string; history: string[]; log10001: number }
interface GoldenSentence { text: string; ngrams: GoldenNgram[]; total: number; oovs: number }
const golden = JSON.parse(readFileSync(new URL('./fixtures/lm-golden.json', import.meta.url), 'utf8')) as { sentences: GoldenSentence[] };

const lm = loadLanguageModel();

/**
 * Tolerance. The artifact keeps sphinx's 16-bit quantisation bins unchanged, so there is no
 * quantisation error of our own; the only differences are that sphinx adds prob + backoffs in
 * float32 and truncates the sum to an integer (toward zero) before printing. A golden g thus
 * stands for a value in (g - 1, g]; we allow 0.05 units of float32 rounding on either side.
 * One unit of log base 1.0001 is 4.3e-5 in log10.
 */
function assertMatchesTruncated(ours10001: number, g: number, what: string): void {
  assert.ok(ours10001 > g - 1.05 && ours10001 < g + 0.05, `${what}: ours ${ours10001.toFixed(3)}, sphinx ${g}`);
}

// Out-of-order sibling ranges in the source make sphinx miss these stored trigrams and back off;
// our reader sorts the range, so it returns the stored trigram instead (see models/lm.NOTICE.md).
const SPHINX_MISSES: Record<string, number> = { 'whips and bullhorns': -43375 };

const id = (w: string): number => (w === '(null)' ? -1 : lm.wordId(w));

test('header records provenance and counts', () => {
  assert.equal(lm.header.source.package, 'pocketsphinx-en-us');
  assert.equal(lm.header.source.version, '0.8+5prealpha+1-15');
  assert.equal(lm.header.source.licence, 'BSD-2-Clause');
  assert.deepEqual(lm.header.counts, [72547, 2051541, 1669625]);
  assert.equal(lm.vocabSize, 72547);
});

test('vocabulary ids round-trip; markers present; no <unk> in this model', () => {
  for (const w of ['the', 'number', 'ten', 'downing', "zyuganov's", '<s>', '</s>']) {
    const i = lm.wordId(w);
    assert.ok(i >= 0, w);
    assert.equal(lm.word(i), w);
  }
  assert.equal(lm.word(lm.bos), '<s>');
  assert.equal(lm.word(lm.eos), '</s>');
  assert.equal(lm.unk, -1);
  assert.equal(lm.wordId('xyzzyq'), -1);
  assert.equal(lm.wordId('The'), -1, 'vocabulary is lower case');
  assert.throws(() => lm.word(lm.vocabSize));
  assert.equal(lm.logProb(-1, -1, -1), lm.oovLogProb);
  assert.ok(lm.oovLogProb < -6 && lm.oovLogProb > -20, `oovLogProb ${lm.oovLogProb}`);
  assert.ok(lm.logProb(-1, -1, lm.bos) < -90, '<s> is never predicted');
});

test('every golden n-gram log-probability matches sphinx_lm_eval', () => {
  let checked = 0;
  let backedOff = 0;
  for (const s of golden.sentences) {
    for (const g of s.ngrams) {
      const h = g.history.map(id);
      const w1 = h.length === 2 ? (h[0] as number) : -1;
      const w2 = h.length >= 1 ? (h[h.length - 1] as number) : -1;
      const w3 = id(g.word);
      assert.ok(w3 >= 0, g.word);
      const ours = toLog10001(lm.logProb(w1, w2, w3));
      const miss = SPHINX_MISSES[s.text];
      if (miss !== undefined && g.history.length === 2) {
        assertMatchesTruncated(ours, miss, `${s.text} (stored trigram)`);
        assert.ok(ours > g.log10001 + 1000, 'sphinx backed off here');
      } else {
        assertMatchesTruncated(ours, g.log10001, `P(${g.word} | ${g.history.join(' ')}) in "${s.text}"`);
      }
      // Count n-grams whose score comes from a back-off path, to show those are exercised.
      if (w2 >= 0 && w1 >= 0 && Math.abs(lm.logProb(-1, w2, w3) + lm.bigramBackoff(w1, w2) - lm.logProb(w1, w2, w3)) < 1e-12) backedOff++;
      checked++;
    }
  }
  assert.ok(checked >= 100, `only ${checked} n-grams checked`);
  assert.ok(backedOff >= 10, `only ${backedOff} back-off cases`);
});

test('scoreSentence reproduces sphinx_lm_eval totals and OOV handling', () => {
  let oovSentences = 0;
  for (const s of golden.sentences) {
    if (SPHINX_MISSES[s.text] !== undefined) continue;
    const r = lm.scoreSentence(s.text.split(' '));
    assert.equal(r.oovs, s.oovs, s.text);
    assert.equal(r.perWord.length, s.text.split(' ').length);
    // Each scored n-gram may differ by < 1 unit of truncation.
    const ours = toLog10001(r.total);
    assert.ok(ours > s.total - s.ngrams.length - 0.05 && ours < s.total + 0.05, `${s.text}: ${ours} vs ${s.total}`);
    if (s.oovs > 0) oovSentences++;
  }
  assert.ok(oovSentences >= 2);
});

test('number ten downing street beats quantity ten downing street', () => {
  const good = lm.scoreSentence(['number', 'ten', 'downing', 'street']);
  const spun = lm.scoreSentence(['quantity', 'ten', 'downing', 'street']);
  // Truncating each word's score as sphinx does gives its printed totals exactly.
  const sphinxTotal = (r: { perWord: number[] }): number => r.perWord.reduce((t, p) => t + Math.trunc(toLog10001(p)), 0);
  assert.equal(sphinxTotal(good), -180138);
  assert.equal(sphinxTotal(spun), -285844);
  assert.ok(good.total > spun.total + 4, 'about 4.6 log10 apart');
  const ten = lm.wordId('ten');
  assert.ok(lm.logProb(-1, lm.wordId('number'), ten) > lm.logProb(-1, lm.wordId('quantity'), ten));
});

test('markers wrap the sentence like "<s> ... </s>" given to sphinx_lm_eval', () => {
  const wrapped = golden.sentences.find((s) => s.text === '<s> number ten downing street </s>');
  assert.ok(wrapped);
  const r = lm.scoreSentence(['number', 'ten', 'downing', 'street'], { markers: true });
  assert.equal(r.perWord.length, 4);
  const ours = toLog10001(r.total);
  assert.ok(ours > wrapped.total - 5.05 && ours < wrapped.total + 0.05, `${ours} vs ${wrapped.total}`);
});

test('back-off arithmetic: missing trigram = bigram + bo(w1 w2); missing bigram = unigram + bo(w2) + bo(w1 w2)', () => {
  const [the, cat, xylophone] = ['the', 'cat', 'xylophone'].map((w) => lm.wordId(w)) as [number, number, number];
  assert.ok(xylophone >= 0);
  const full = lm.logProb(the, cat, xylophone);
  const bi = lm.logProb(-1, cat, xylophone);
  const uni = lm.logProb(-1, -1, xylophone);
  assert.notEqual(full, bi);
  // Whichever level exists, the result must be one of the two Katz back-off forms.
  const viaBigram = bi + lm.bigramBackoff(the, cat);
  const viaUnigram = uni + lm.unigramBackoff(cat) + lm.bigramBackoff(the, cat);
  assert.ok(Math.abs(full - viaBigram) < 1e-12 || Math.abs(full - viaUnigram) < 1e-12);
  // w2 = -1 ignores w1.
  assert.equal(lm.logProb(the, -1, xylophone), uni);
});

test('cached and uncached lookups agree, in any order', () => {
  const fresh = new TrigramModel(readFileSync(DEFAULT_LM_PATH));
  const ids = 'the prime minister said that number ten downing street would act'.split(' ').map((w) => lm.wordId(w));
  const forward: number[] = [];
  for (const a of ids) for (const b of ids) for (const c of ids) forward.push(lm.logProb(a, b, c));
  const backward: number[] = [];
  for (let i = ids.length - 1; i >= 0; i--) for (let j = ids.length - 1; j >= 0; j--) for (let k = ids.length - 1; k >= 0; k--) {
    backward.push(fresh.logProb(ids[i] as number, ids[j] as number, ids[k] as number));
  }
  assert.deepEqual(backward.reverse(), forward);
});

test('loads from an unaligned copy and from an ArrayBuffer', () => {
  const file = readFileSync(DEFAULT_LM_PATH);
  const shifted = new Uint8Array(file.byteLength + 3);
  shifted.set(file, 3);
  const m = new TrigramModel(shifted.subarray(3));
  const ab = new TrigramModel(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
  const [a, b, c] = ['number', 'ten', 'downing'].map((w) => lm.wordId(w)) as [number, number, number];
  assert.equal(m.logProb(a, b, c), lm.logProb(a, b, c));
  assert.equal(ab.logProb(a, b, c), lm.logProb(a, b, c));
  assert.throws(() => new TrigramModel(new Uint8Array(64)), /not an unspin language-model artifact/);
});

test('log base conversions are inverse', () => {
  assert.equal(Math.round(fromLog10001(toLog10001(-2.5)) * 1e12), -2.5e12);
  assert.ok(Math.abs(toLog10001(1) - 23027.002) < 0.01);
});
