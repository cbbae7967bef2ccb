import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aboutChemistry, isElementName, nextToChemistry } from '../src/core/text/chemistry.js';
import { wordCount } from '../src/core/text/foreign.js';
import { check } from '../src/node/api.js';

// Written for these tests.
const SHEET =
  'Indium is a soft, silvery metal with atomic number 49. It sits below gallium in group 13 of the periodic table. ' +
  'Most of the world\'s indium is used to make indium tin oxide.\n\n' +
  'Beryllium, atomic number 4, is light and stiff. An atom of indium-115 has 49 protons and 66 neutrons; ' +
  'isotopes of an element have the same chemical properties.';
const SPUN =
  'The council said traffic was heavy indium the busiest streets on Monday, and drivers were angry atomic number 49 ' +
  'the town centre, where the new lanes will open next year.';

describe('chemical elements', () => {
  it('names elements as a spinner writes them', () => {
    assert.ok(isElementName('indium') && isElementName('atomic number 49') && isElementName('arsenic'));
    assert.ok(!isElementName('atomic number') && !isElementName('indian'));
  });

  it('tells a text on chemistry from a news article with one chemical word', () => {
    assert.ok(aboutChemistry(SHEET, wordCount(SHEET)));
    const surprise = 'The element of surprise helped the team, the coach said.';
    assert.ok(!aboutChemistry(surprise, wordCount(surprise)));
    // A few words of chemistry by chance, or in a long text, do not make it one on chemistry.
    const spill = `${SPUN} Police found a metal detector and a chemical spill near the compound.`;
    assert.ok(!aboutChemistry(spill, wordCount(spill)));
    assert.ok(!aboutChemistry(SHEET, 20 * wordCount(SHEET)));
  });

  it('sees a compound name around an element', () => {
    const text = 'Indium tin oxide coats most touchscreens.';
    assert.ok(nextToChemistry(text, 0, 6));
    assert.ok(!nextToChemistry(SPUN, SPUN.indexOf('indium'), SPUN.indexOf('indium') + 6));
    // Not across a sentence break: a spun "He" after "...mine for gold."
    const two = 'They mine for gold. Helium has also begun to sell plots.';
    assert.ok(!nextToChemistry(two, two.indexOf('Helium'), two.indexOf('Helium') + 6));
  });

  it('accuses no element in a revision sheet or a compound, but still restores a spinner\'s element', () => {
    assert.deepEqual(check(SHEET).messages.map((m) => m.actual), []);
    assert.deepEqual(check('Indium tin oxide coats most touchscreens.').messages, []);
    const spun = check(SPUN).messages.map((m) => `${m.actual} -> ${m.expected[0]}`);
    assert.ok(spun.includes('indium -> in') && spun.includes('atomic number 49 -> in'), spun.join('; '));
    const spill = check(`${SPUN} Police found a metal detector and a chemical spill near the compound.`).messages.map((m) => m.actual);
    assert.ok(spill.includes('indium') || spill.includes('atomic number 49'), spill.join('; '));
  });
});
