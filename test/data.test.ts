import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFunctionWords, loadPhrases } from '../src/node/api.js';
import { validateData, validateFunctionWords, validatePhraseTable } from '../src/node/validate-data.js';

const HEADER = '# a comment\n#\n';
const GOOD = [
  'get here\tcome\tv\tspinners.md P\tHe got here on Monday.\tHe came on Monday.',
  'quantity\tnumber\tn\tspinners.md P\tQuantity 10 declined to comment.\tNumber 10 declined to comment.',
  'successful\tin\tx\tspinners.md W\tHe lives successful London.\tHe lives in London.',
];

/** The good table with line `index` (0-based among entries) replaced; entries start on line 3. */
function withLine(index: number, line: string): string {
  const lines = [...GOOD];
  lines[index] = line;
  return HEADER + lines.join('\n') + '\n';
}

describe('committed data', () => {
  it('validates', () => {
    assert.deepEqual(validateData(), []);
  });

  it('is not empty', () => {
    assert.ok(loadPhrases().length >= 20);
    const fw = loadFunctionWords();
    assert.ok(fw.english.includes('the') && fw.english.includes('in'));
    assert.ok(fw.foreign.length > 0);
  });
});

describe('validatePhraseTable', () => {
  it('accepts a good table, inflected examples included', () => {
    assert.deepEqual(validatePhraseTable(HEADER + GOOD.join('\n') + '\n', 't.tsv'), []);
  });

  it('rejects a wrong column count with its line', () => {
    const problems = validatePhraseTable(withLine(1, 'quantity\tnumber\tn\tsrc\tQuantity 10 said.'), 't.tsv');
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /^t\.tsv:4: expected 6 tab-separated columns, found 5$/);
  });

  it('rejects upper case', () => {
    const problems = validatePhraseTable(withLine(2, 'Successful\tin\tx\tsrc\tHe lives successful London.\tHe lives in London.'), 't.tsv');
    assert.deepEqual(problems.length, 1);
    assert.match(problems[0] ?? '', /^t\.tsv:5: spun "Successful" must be a lower-case/);
  });

  it('rejects a duplicate on the second occurrence', () => {
    const problems = validatePhraseTable(HEADER + [...GOOD, GOOD[0]].join('\n') + '\n', 't.tsv');
    assert.deepEqual(problems, ['t.tsv:6: duplicate entry "get here" <- "come"']);
  });

  it('rejects an unknown pos', () => {
    const problems = validatePhraseTable(withLine(0, 'get here\tcome\tq\tsrc\tHe got here.\tHe came.'), 't.tsv');
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /^t\.tsv:3: pos "q" must be one of/);
  });

  it('rejects examples that do not contain their side of the entry', () => {
    const spunSide = validatePhraseTable(withLine(1, 'quantity\tnumber\tn\tsrc\tAmount 10 declined.\tNumber 10 declined.'), 't.tsv');
    assert.equal(spunSide.length, 1);
    assert.match(spunSide[0] ?? '', /^t\.tsv:4: example-spun "Amount 10 declined\." does not contain an inflection of "quantity"$/);
    const originalSide = validatePhraseTable(withLine(0, 'get here\tcome\tv\tsrc\tHe got here.\tHe arrived.'), 't.tsv');
    assert.equal(originalSide.length, 1);
    assert.match(originalSide[0] ?? '', /^t\.tsv:3: example-original/);
    // A fixed phrase must appear as is, as whole words: "insider" does not contain "in".
    const fixed = validatePhraseTable(withLine(2, 'successful\tin\tx\tsrc\tHe lives successful London.\tAn insider spoke.'), 't.tsv');
    assert.equal(fixed.length, 1);
    assert.match(fixed[0] ?? '', /^t\.tsv:5: example-original "An insider spoke\." does not contain "in"$/);
  });

  it('lists every bad line, not only the first', () => {
    const text = HEADER + ['a\tb\tx', GOOD[0], 'Quantity\tnumber\tn\ts\tQuantity\tnumber', GOOD[0], 'x\ty\tz\ts\tx\ty'].join('\n') + '\n';
    const lines = validatePhraseTable(text, 't.tsv').map((p) => Number(/^t\.tsv:(\d+):/.exec(p)?.[1]));
    assert.deepEqual(lines, [3, 5, 6, 7]);
  });
});

describe('validateFunctionWords', () => {
  const good = '# header\nthe\tdet\tEnglish closed class\nles\tforeign\tPPDB leakage\n';

  it('accepts a good list', () => {
    assert.deepEqual(validateFunctionWords(good, 'f.tsv'), []);
  });

  it('rejects bad lines with their numbers', () => {
    const text = good + 'The\tdet\tnote\nof\tprep\tnote\nof\tprep\tnote\nin\tpreposition\tnote\nto\tprep\n';
    assert.deepEqual(
      validateFunctionWords(text, 'f.tsv').map((p) => p.replace(/: .*/, '')),
      ['f.tsv:4', 'f.tsv:6', 'f.tsv:7', 'f.tsv:8'],
    );
    const problems = validateFunctionWords(text, 'f.tsv');
    assert.match(problems[0] ?? '', /"The" must be one lower-case word/);
    assert.match(problems[1] ?? '', /"of" is listed twice/);
    assert.match(problems[2] ?? '', /class "preposition"/);
    assert.match(problems[3] ?? '', /note \(provenance\) is empty/);
  });
});
