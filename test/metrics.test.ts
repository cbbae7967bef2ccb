// Metric code against hand-checked tiny cases; matching blocks were checked against Python 3's
// difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fprAtRecall,
  matchingBlocks,
  metricTokens,
  phraseCounts,
  phrasePrecisionRecall,
  restoreCounts,
  restoreRates,
  rocAuc,
  spunWords,
  thresholdAtRecall,
  wer,
  wordEditDistance,
} from '../src/core/metrics/index.js';

const words = (s: string): string[] => s.split(' ').filter(Boolean);
const blocks = (a: string, b: string): number[][] => matchingBlocks(words(a), words(b)).map((m) => [m.a, m.b, m.size]);

test('metric tokens follow docs/metrics.md', () => {
  assert.deepEqual(metricTokens('Shell’s £522,000 pay-off, NASA said: "Don\'t!"'), [
    "shell's",
    '522',
    '000',
    'pay',
    'off',
    'nasa',
    'said',
    "don't",
  ]);
  assert.deepEqual(metricTokens('rock\'n\'roll'), ["rock'n", 'roll']);
  assert.deepEqual(metricTokens(' — '), []);
});

test('matching blocks equal difflib (autojunk=False)', () => {
  assert.deepEqual(blocks('the cat sat on the mat', 'the cat sat successful the mat'), [
    [0, 0, 3],
    [4, 4, 2],
    [6, 6, 0],
  ]);
  assert.deepEqual(blocks('a b c a b', 'b a b c a'), [
    [0, 1, 4],
    [5, 5, 0],
  ]);
  assert.deepEqual(blocks('x y z', 'p q'), [[3, 2, 0]]);
  assert.deepEqual(blocks('the the the a', 'a the the'), [
    [0, 1, 2],
    [4, 3, 0],
  ]);
  assert.deepEqual(blocks('it came in the night', 'it got here successful the night'), [
    [0, 0, 1],
    [3, 4, 2],
    [5, 6, 0],
  ]);
  assert.deepEqual(blocks('', ''), [[0, 0, 0]]);
});

test('spun words, restore recall, false change and WER', () => {
  const original = 'It came in the night, or so they said.';
  const spun = 'It got here successful the night, oregon truthful they said.';
  assert.deepEqual(spunWords(original, spun), [false, true, true, false, false, true, true, false, false]);
  // Restores "came" and "or", misses "in" and "so", and wrongly changes "said".
  const restored = 'It came successful the night, or truthful they stated.';
  const c = restoreCounts(original, spun, restored);
  assert.deepEqual(c, { words: 9, spun: 4, restored: 2, falseChanged: 1, editsSpun: 5, editsRestored: 3 });
  const r = restoreRates(c);
  assert.equal(r.restoreRecall, 0.5);
  assert.equal(r.falseChange, 1 / 5);
  assert.equal(r.werSpun, 5 / 9);
  assert.equal(r.werRestored, 3 / 9);
  assert.ok(Number.isNaN(restoreRates(restoreCounts('a b', 'a b', 'a b')).restoreRecall));
});

test('word edit distance and WER', () => {
  assert.equal(wordEditDistance(words('a b c'), words('a x c d')), 2);
  assert.equal(wordEditDistance([], words('a b')), 2);
  assert.equal(wer('the cat sat', 'the dog sat down'), 2 / 3);
  assert.equal(wer('', 'anything'), 0);
});

test('ROC AUC counts ties as half', () => {
  assert.equal(rocAuc([0.9, 0.8], [0.1, 0.2]), 1);
  assert.equal(rocAuc([0.1], [0.9]), 0);
  assert.equal(rocAuc([0.5], [0.5]), 0.5);
  // Pairs: (0.8>0.3) (0.8>0.5) (0.5=0.5 half) (0.5>0.3) → 3.5 / 4.
  assert.equal(rocAuc([0.8, 0.5], [0.3, 0.5]), 0.875);
  assert.ok(Number.isNaN(rocAuc([], [1])));
});

test('false-positive rate at 95 % recall', () => {
  const positives = Array.from({ length: 20 }, (_, i) => (i + 1) / 20); // 0.05 … 1
  // 95 % of 20 = 19 positives must score ≥ t, so t = 19th highest = 0.1.
  assert.equal(thresholdAtRecall(positives), 0.1);
  assert.equal(fprAtRecall(positives, [0, 0.05, 0.1, 0.5]), 0.5);
  assert.equal(fprAtRecall([1, 1, 1], [0.99]), 0);
});

test('phrase detection precision and recall', () => {
  const spans = [
    { start: 10, end: 15 },
    { start: 20, end: 25 },
    { start: 40, end: 42 },
  ];
  const findings = [
    { start: 12, end: 13 }, // inside span 1
    { start: 14, end: 21 }, // touches spans 1 and 2
    { start: 25, end: 30 }, // adjacent only: not an overlap
  ];
  const c = phraseCounts(findings, spans);
  assert.deepEqual(c, { findings: 3, correct: 2, spans: 3, touched: 2 });
  assert.deepEqual(phrasePrecisionRecall(c), { precision: 2 / 3, recall: 2 / 3 });
});
