import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../src/core/check.js';
import { toSentences, type Slot } from '../src/core/decode/lattice.js';
import { tenseMismatch } from '../src/core/decode/tense.js';
import { tokenize } from '../src/core/text/tokenize.js';
import { buildModels } from '../src/node/api.js';

const models = buildModels();

/** The slots of a one-sentence text and the index of `word` in it. */
function at(text: string, word: string): [Slot[], number] {
  const slots = toSentences(tokenize(text), models.lm)[0] as Slot[];
  const i = slots.findIndex((s) => s.lower === word);
  assert.ok(i >= 0, `${word} in ${text}`);
  return [slots, i];
}

describe('tenseMismatch', () => {
  it('a participle-only original needs an auxiliary before a spun past', () => {
    assert.equal(tenseMismatch(...at('The economy got here under pressure.', 'got'), 'come'), true);
    assert.equal(tenseMismatch(...at('The economy got here under pressure.', 'got'), 'came'), false);
    assert.equal(tenseMismatch(...at('They have got here to stay.', 'got'), 'come'), false);
    assert.equal(tenseMismatch(...at("We've finally got here.", 'got'), 'come'), false);
    assert.equal(tenseMismatch(...at('The decision was occupied by the board.', 'occupied'), 'taken'), false);
  });

  it('a base form after "to" or a modal is no participle', () => {
    assert.equal(tenseMismatch(...at('She wants to turned a doctor.', 'turned'), 'become'), false);
    assert.equal(tenseMismatch(...at('She then turned a doctor.', 'turned'), 'become'), true);
  });

  it('a spun base form says nothing about tense', () => {
    assert.equal(tenseMismatch(...at('They get here on Monday.', 'get'), 'come'), false);
  });

  it('a simple past cannot follow "have"', () => {
    assert.equal(tenseMismatch(...at('It has got here at last.', 'got'), 'came'), true);
    assert.equal(tenseMismatch(...at('It has already got here.', 'got'), 'came'), true);
    assert.equal(tenseMismatch(...at('It got here at last.', 'got'), 'came'), false);
  });
});

describe('tense in decoding', () => {
  it('restores "got here" to "came", not the participle the trigram model likes', () => {
    const text = 'Quantity 10 said the muscle tissues of the economy got here under pressure, and the vigor sector was lukewarm.';
    const got = checkText(text, models, { minConfidence: 0 }).messages.find((m) => m.actual === 'got here');
    assert.equal(got?.expected[0], 'came');
  });
});
