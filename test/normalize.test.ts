import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cardinalWords, spellNumber, yearWords } from '../src/core/text/numbers.js';
import { lmWords } from '../src/core/text/lm-words.js';
import { metricWords } from '../src/core/text/words.js';

const spell = (token: string): string | null => spellNumber(token)?.join(' ') ?? null;

describe('spellNumber', () => {
  it('spells cardinals as the CMU model has them (no "and")', () => {
    assert.equal(spell('10'), 'ten');
    assert.equal(spell('0'), 'zero');
    assert.equal(spell('17'), 'seventeen');
    assert.equal(spell('42'), 'forty two');
    assert.equal(spell('100'), 'one hundred');
    assert.equal(spell('101'), 'one hundred one');
    assert.equal(spell('1,200'), 'one thousand two hundred');
    assert.equal(spell('12,345,678'), 'twelve million three hundred forty five thousand six hundred seventy eight');
    assert.equal(spell('3000000000'), 'three billion');
    assert.equal(spell('999,999,999,999'), cardinalWords(999_999_999_999).join(' '));
    assert.equal(spell('5000'), 'five thousand');
  });

  it('reads four-digit numbers 1100-2099 as years', () => {
    assert.equal(spell('1998'), 'nineteen ninety eight');
    assert.equal(spell('2004'), 'two thousand four');
    assert.equal(spell('2000'), 'two thousand');
    assert.equal(spell('1900'), 'nineteen hundred');
    assert.equal(spell('1905'), 'nineteen oh five');
    assert.equal(spell('2019'), 'twenty nineteen');
    assert.equal(spell('1066'), 'one thousand sixty six');
    assert.deepEqual(yearWords(1215), ['twelve', 'fifteen']);
    // With a comma it is a quantity, not a year.
    assert.equal(spell('1,998'), 'one thousand nine hundred ninety eight');
  });

  it('spells decades, ordinals, decimals and percentages', () => {
    assert.equal(spell('1990s'), 'nineteen nineties');
    assert.equal(spell('1990’s'), 'nineteen nineties');
    assert.equal(spell('80s'), 'eighties');
    assert.equal(spell('10th'), 'tenth');
    assert.equal(spell('1st'), 'first');
    assert.equal(spell('22nd'), 'twenty second');
    assert.equal(spell('93rd'), 'ninety third');
    assert.equal(spell('12th'), 'twelfth');
    assert.equal(spell('20th'), 'twentieth');
    assert.equal(spell('100th'), 'one hundredth');
    assert.equal(spell('3.5'), 'three point five');
    assert.equal(spell('0.05'), 'zero point zero five');
    assert.equal(spell('20%'), 'twenty percent');
    assert.equal(spell('2.5%'), 'two point five percent');
  });

  it('spells money amounts', () => {
    assert.equal(spell('£5m'), 'five million pounds');
    assert.equal(spell('£82.7m'), 'eighty two point seven million pounds');
    assert.equal(spell('$1'), 'one dollar');
    assert.equal(spell('$20'), 'twenty dollars');
    assert.equal(spell('€3bn'), 'three billion euros');
    assert.equal(spell('$1.5bn'), 'one point five billion dollars');
    assert.equal(spell('5bn'), 'five billion');
  });

  it('returns null for what it cannot read', () => {
    for (const t of ['007', '11st', '3.5th', '£5%', 'abc', '', '1,2', '1000000000000', '5m', '10k', '3D', '£1990s', '1.2.3']) {
      assert.equal(spellNumber(t), null, t);
    }
  });
});

/** The reference definition of metrics.md, word list only. */
function referenceWords(text: string): string[] {
  return text.toLowerCase().replace(/\u2019/g, "'").match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('metricWords', () => {
  it('matches the metrics.md definition on a worked example', () => {
    const text = 'Number 10’s “Quantity” went Well-Known; don’t 3.5 ÉCOLE rock’n’roll';
    assert.deepEqual(
      metricWords(text).map((w) => w.word),
      ['number', "10's", 'quantity', 'went', 'well', 'known', "don't", '3', '5', 'cole', "rock'n", 'roll'],
    );
    for (const w of metricWords(text)) assert.equal(text.slice(w.offset, w.end).toLowerCase().replace(/\u2019/g, "'"), w.word);
  });

  it('maps offsets back through length-changing lower-casing (İ, Kelvin sign)', () => {
    // Golden values from Python: re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower().replace('\u2019', "'")).
    const text = 'İstanbul’s \u212aelvin 😀 ok';
    const got = metricWords(text);
    assert.deepEqual(
      got.map((w) => w.word),
      ['i', "stanbul's", 'kelvin', 'ok'],
    );
    assert.deepEqual(
      got.map((w) => text.slice(w.offset, w.end)),
      ['İ', 'stanbul’s', '\u212aelvin', 'ok'],
    );
  });

  it('agrees with the reference on 300 random strings, with ordered, consistent offsets', () => {
    const next = rng(7);
    const alphabet = ['a', 'B', 'z', '0', '9', "'", '’', ' ', '-', 'İ', '\u212a', 'É', 'ß', '😀', '\u0307', 'x', 'Q'];
    for (let k = 0; k < 300; k++) {
      let text = '';
      const len = Math.floor(next() * 60);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(next() * alphabet.length)] as string;
      const got = metricWords(text);
      assert.deepEqual(
        got.map((w) => w.word),
        referenceWords(text),
        JSON.stringify(text),
      );
      let last = 0;
      for (const w of got) {
        assert.ok(w.offset >= last && w.end > w.offset && w.end <= text.length, JSON.stringify(text));
        // The original span, lower-cased, holds exactly the word plus nothing that could be matched.
        const span = text.slice(w.offset, w.end).toLowerCase().replace(/\u2019/g, "'");
        assert.equal(span.replace(/[^a-z0-9']/g, ''), w.word, JSON.stringify(text));
        last = w.end;
      }
    }
  });
});

describe('lmWords', () => {
  it('writes tokens as the CMU model spells them', () => {
    const w = (kind: 'word' | 'number' | 'punct', text: string): string | null => lmWords({ kind, text })?.join(' ') ?? null;
    assert.equal(w('word', 'Mr.'), 'mr');
    assert.equal(w('word', 'U.S.'), 'u. s.');
    assert.equal(w('word', 'e.g.'), 'e. g.');
    assert.equal(w('word', 'J.'), 'j.');
    assert.equal(w('word', 'etc.'), 'etc');
    assert.equal(w('word', 'It’s'), "it's");
    assert.equal(w('word', 'Well-Known'), 'well-known');
    assert.equal(w('number', '2004'), 'two thousand four');
    assert.equal(w('number', '007'), null);
    assert.equal(w('punct', '.'), null);
  });
});
