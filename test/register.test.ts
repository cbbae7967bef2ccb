import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordCount } from '../src/core/text/foreign.js';
import { archaicOrLegal, registerMarkers } from '../src/core/text/register.js';
import { check, defaultModels } from '../src/node/api.js';

// Written for these tests.
const DEED =
  'THIS DEED witnesseth that the said parties hereto, in pursuance of the agreement aforesaid, do hereby convey unto ' +
  'the purchaser all that parcel of land lying betwixt the river and the highway, together with all rights thereto ' +
  'belonging, in witness whereof they have set their hands.';
const VICTORIAN =
  'It was late in the autumn when I first beheld the old house upon the moor. My guide urged me to seek shelter ere ' +
  'the night grew darker still. We presently came upon a gate, whence a narrow path wound up towards a dwelling of ' +
  'grey stone, and from one of its windows there issued forth a feeble light.';

describe('archaic and legal register', () => {
  it('no marker word is a substitute a spinner could write (the channel has no candidate for it)', () => {
    const { channel } = defaultModels();
    for (const marker of registerMarkers()) assert.deepEqual(channel.candidates(marker), [], marker);
  });

  it('needs two different markers', () => {
    assert.ok(archaicOrLegal(DEED, wordCount(DEED)) && archaicOrLegal(VICTORIAN, wordCount(VICTORIAN)));
    const modern = 'The plan would thereby cut costs, the council said on Tuesday.';
    assert.ok(!archaicOrLegal(modern, wordCount(modern)));
    // Two markers once each in a long modern article ("thereby", "whereby") are no register.
    const long = `${modern} It is a scheme whereby traders pay less.`;
    assert.ok(archaicOrLegal(long, wordCount(long)) && !archaicOrLegal(long, 2000));
  });

  it('accuses no rare word of a deed or a Victorian novel, but a spinner in the same register still shows', () => {
    assert.deepEqual(check(DEED).messages.map((m) => m.actual), []);
    assert.deepEqual(check(VICTORIAN).messages.map((m) => m.actual), []);
    const spun = check(`${VICTORIAN} The council stated successful the gathering that Quantity 10 would reply.`);
    assert.ok(spun.messages.some((m) => m.actual === 'Quantity'), spun.messages.map((m) => m.actual).join('; '));
  });
});
