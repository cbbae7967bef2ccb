import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../src/node/api.js';

// Texts written for these tests.
const MATHS =
  'Solve the equations below and show your working.\n\n' +
  '1. If x plus 4 equals 11, what is x? Take 4 from both sides: x equals 7.\n' +
  '2. If 3y equals 18, divide both sides by 3, so y equals 6.\n' +
  '3. Twice a number equals 14. What is the number?\n' +
  'Check each answer by putting it back into the equation: the left side equals the right side.';
const FUSES =
  'Choosing a plug fuse is simple once you know the rating of the appliance. A lamp needs a 3 ampere fuse, ' +
  'while a kettle or a heater needs a 13 ampere fuse. Most other small appliances use a 5 ampere fuse. ' +
  'If in doubt, read the label on the appliance, which gives its power in watts, and divide it by the mains voltage ' +
  'to find the current in amperes.';

const DNA =
  'DNA is built from four bases. Adenine pairs with thymine, and guanine pairs with cytosine. ' +
  'Because adenine always pairs with thymine, a sample with 30 per cent adenine also has 30 per cent thymine. ' +
  'In RNA, uracil takes the place of thymine, so adenine pairs with uracil instead. ' +
  'A mutation can swap adenine for guanine, or thymine for cytosine. ' +
  'Students should learn which bases pair: adenine with thymine, and guanine with cytosine.';

describe('document guards', () => {
  it('a maths worksheet writes "equals" again and again: no accusation', () => {
    const result = check(MATHS);
    assert.deepEqual(result.messages.map((m) => m.actual), []);
    assert.ok(result.score !== null && result.score < 0.5);
  });

  it('a guide to fuses writes "ampere" again and again, singular and plural: no accusation', () => {
    assert.deepEqual(check(FUSES).messages.map((m) => m.actual), []);
  });

  it('a DNA explainer: once two bases are its subjects, the rarer ones are too', () => {
    assert.deepEqual(check(DNA).messages.map((m) => m.actual), []);
  });

  it('the C of °C is a unit, and "successful the second time" is plain English', () => {
    assert.deepEqual(check('Temperatures rose by 1.8 °C over the century, and by 0.2 ° C per decade since 1990 in most regions.').messages, []);
    assert.deepEqual(check('It was successful the first time.').messages, []);
  });

  it('a farm that swaps a function word everywhere (none left as it was) is still caught', () => {
    const farm =
      'The council testament vote on the plan on Monday. Officials said the scheme testament cost more than expected, ' +
      'and traders fear it testament close the high street for months. The mayor said she testament listen to them.';
    const found = check(farm).messages.filter((m) => m.actual === 'testament');
    assert.ok(found.length >= 3 && found.every((m) => m.expected[0] === 'will'), JSON.stringify(found.map((m) => m.expected)));
  });

  it('in a long text a spinner\'s substitute must recur with the length to count as its subject', () => {
    const paragraph = 'The council testament vote on Monday, and the mayor said it will be close. The scheme testament cost more. ';
    const spun = check(`${paragraph.repeat(2)}${'The council said on Tuesday that traders had asked for more time to study the plans. '.repeat(30)}`, { minConfidence: 0 });
    assert.ok(spun.messages.filter((m) => m.actual === 'testament').length >= 4, JSON.stringify(spun.messages.map((m) => m.actual)));
  });

  it('a spinner\'s substitute used once or twice is still restored', () => {
    const spun = check('Helium said the council would meet successful the town hall, and helium added that Quantity 10 had agreed.');
    assert.ok(spun.messages.some((m) => m.actual === 'Helium' && m.expected[0] === 'He'), JSON.stringify(spun.messages.map((m) => m.actual)));
  });
});
