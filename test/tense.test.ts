import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../src/core/check.js';
import { buildEdges, toSentences, type Slot } from '../src/core/decode/lattice.js';
import { tenseMismatch, TENSE_PENALTY } from '../src/core/decode/tense.js';
import { tokenize } from '../src/core/text/tokenize.js';
import { buildModels } from '../src/node/api.js';

const models = buildModels();

/** Whether `original` is ruled out for `word` of a one-sentence text, beside the other `siblings`. */
function mismatch(text: string, word: string, original: string, siblings: readonly string[]): boolean {
  const slots = toSentences(tokenize(text), models.lm)[0] as Slot[];
  const i = slots.findIndex((s) => s.lower === word);
  assert.ok(i >= 0, `${word} in ${text}`);
  return tenseMismatch(slots, i, original, [original, ...siblings].map((o) => ({ candidate: { original: o } })));
}

describe('tenseMismatch', () => {
  it('a participle beside its simple past needs an auxiliary before it', () => {
    assert.equal(mismatch('The economy got here under pressure.', 'got', 'come', ['came']), true);
    assert.equal(mismatch('The economy got here under pressure.', 'got', 'came', ['come']), false);
    assert.equal(mismatch('They have got here to stay.', 'got', 'come', ['came']), false);
    assert.equal(mismatch("We've finally got here.", 'got', 'come', ['came']), false);
    // Negative contractions are auxiliaries too.
    assert.equal(mismatch("He wasn't occupied to hospital.", 'occupied', 'taken', ['took']), false);
    assert.equal(mismatch("They hasn't got here yet.", 'got', 'come', ['came']), false);
    // "don't" and "didn't" ask for a base form, not a participle.
    assert.equal(mismatch("They don't know who occupied it.", 'occupied', 'taken', ['took']), true);
  });

  it('says nothing when only one reading is a candidate', () => {
    // Adjectives and reduced relatives: "the steps taken", "a stolen car", "given the circumstances".
    assert.equal(mismatch('The steps occupied by the board were small.', 'occupied', 'taken', ['held']), false);
    assert.equal(mismatch('Police found the purloined car.', 'purloined', 'stolen', ['lifted']), false);
    assert.equal(mismatch('Granted the circumstances, it was fair.', 'granted', 'given', []), false);
  });

  it('a base form after "to" or a modal is no participle', () => {
    assert.equal(mismatch('She wants to turned a doctor.', 'turned', 'become', ['became']), false);
    assert.equal(mismatch('She then turned a doctor.', 'turned', 'become', ['became']), true);
  });

  it('a simple past cannot follow "have" directly', () => {
    assert.equal(mismatch('It has got here at last.', 'got', 'came', ['come']), true);
    assert.equal(mismatch("They've got here at last.", 'got', 'came', ['come']), true);
    assert.equal(mismatch('It got here at last.', 'got', 'came', ['come']), false);
    assert.equal(mismatch('It has already got here.', 'got', 'came', ['come']), true);
    assert.equal(mismatch('They have defeated them twice.', 'defeated', 'beat', ['beaten']), true);
    // "have to" is followed by a base form: "will have to beat".
    assert.equal(mismatch('They will have to defeat them.', 'defeat', 'beat', ['beaten']), false);
    // Only right after "have": "had to" is followed by a base form, "had debts" by a noun.
    assert.equal(mismatch('He had debts witnessed by all.', 'witnessed', 'saw', ['seen']), false);
  });
});

describe('tense in decoding', () => {
  it('the lattice penalises the reading the context rules out, beside its sibling', () => {
    const slots = toSentences(tokenize('The army occupied the city.'), models.lm)[0] as Slot[];
    const edges = buildEdges(slots, models.channel, models.lm, { maxCandidates: 6, maxSpan: 4, localKeep: 10 })[2] ?? [];
    const reading = (original: string) => edges.find((e) => e.candidate?.original === original);
    const took = reading('took');
    const taken = reading('taken');
    assert.ok(took && taken, edges.map((e) => e.candidate?.original).join());
    assert.equal(took.logCh, took.candidate?.logP);
    assert.ok(Math.abs(taken.logCh - ((taken.candidate?.logP ?? 0) - TENSE_PENALTY)) < 1e-9);
  });

  it('restores "got here" to "came", not the participle the trigram model likes', () => {
    const text = 'Quantity 10 said the muscle tissues of the economy got here under pressure, and the vigor sector was lukewarm.';
    const got = checkText(text, models, { minConfidence: 0 }).messages.find((m) => m.actual === 'got here');
    assert.equal(got?.expected[0], 'came');
  });
});
