import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeData, escapeProperty, formatGithub, formatJson, formatStylish, type FileResult } from '../src/core/report/index.js';
import type { Finding } from '../src/core/types.js';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'unspin/synonym-swap',
    reason: 'A synonym spinner would write "Quantity" for "Number".',
    line: 1,
    column: 1,
    offset: 0,
    endOffset: 8,
    actual: 'Quantity',
    expected: ['Number', 'Amount'],
    confidence: 0.934,
    originalConfidence: 0.81,
    note: 'LM -3.2 vs -7.9; channel 0.41',
    ...over,
  };
}

const spun: FileResult = {
  file: 'news/spun.txt',
  score: 0.971,
  spunShare: 0.214,
  language: 'en',
  restored: 'Number 10 said in the morning.',
  words: 6,
  messages: [
    finding(),
    finding({ line: 12, column: 14, offset: 200, endOffset: 214, actual: 'successful the', expected: ['in the'], confidence: 0.88 }),
  ],
};
const clean: FileResult = { file: 'clean.md', score: 0.03, spunShare: 0, language: 'en', restored: 'Fine.', words: 1, messages: [] };
const french: FileResult = {
  file: 'fr.txt',
  score: null,
  spunShare: 0,
  language: 'und',
  note: 'Not English.',
  restored: 'Bonjour.',
  words: 1,
  messages: [],
};

describe('formatStylish', () => {
  it('renders headers, aligned findings, verdicts and a summary without colour', () => {
    const out = formatStylish([spun, clean, french], { color: false });
    assert.equal(
      out,
      [
        'news/spun.txt',
        '  1:1    warning  Quantity -> Number (spun 0.93)        unspin/synonym-swap',
        '  12:14  warning  successful the -> in the (spun 0.88)  unspin/synonym-swap',
        '  score 0.97, spun share 21 %',
        '',
        'clean.md',
        '  no findings; score 0.03, spun share 0 %',
        '',
        'fr.txt',
        '  no verdict (language und): Not English.',
        '',
        '✖ 2 warnings in 1 of 3 files',
        '',
      ].join('\n'),
    );
    assert.ok(!out.includes('\u001b'));
  });

  it('colours with ANSI codes only when asked, and leaves clean files and verdict lines out when quiet', () => {
    const out = formatStylish([spun, clean], { color: true, quiet: true });
    assert.ok(out.includes('\u001b[33mwarning\u001b[39m'));
    assert.ok(out.includes('\u001b[4mnews/spun.txt\u001b[24m'));
    assert.doesNotMatch(out, /clean\.md/);
    assert.doesNotMatch(out, /score /);
    assert.match(formatStylish([clean], { color: false }), /✔ no findings in 1 file\n$/);
  });
});

describe('formatJson', () => {
  it('emits exactly the contract keys, in order', () => {
    const parsed = JSON.parse(formatJson([spun, french])) as Record<string, unknown>[];
    assert.equal(parsed.length, 2);
    assert.deepEqual(Object.keys(parsed[0] as object), ['file', 'score', 'spunShare', 'language', 'restored', 'messages']);
    const messages = (parsed[0] as { messages: Record<string, unknown>[] }).messages;
    assert.deepEqual(Object.keys(messages[0] as object), [
      'ruleId',
      'reason',
      'line',
      'column',
      'offset',
      'endOffset',
      'actual',
      'expected',
      'confidence',
      'note',
    ]);
    assert.deepEqual(messages[1], {
      ruleId: 'unspin/synonym-swap',
      reason: 'A synonym spinner would write "Quantity" for "Number".',
      line: 12,
      column: 14,
      offset: 200,
      endOffset: 214,
      actual: 'successful the',
      expected: ['in the'],
      confidence: 0.88,
      note: 'LM -3.2 vs -7.9; channel 0.41',
    });
    assert.deepEqual(parsed[1], { file: 'fr.txt', score: null, spunShare: 0, language: 'und', restored: 'Bonjour.', messages: [] });
  });

  it('ignores extra fields on the results', () => {
    const extra = { ...spun, words: 99, extra: true, note: 'left out', messages: [{ ...finding(), extra: 1 } as Finding] };
    const text = formatJson([extra]);
    assert.doesNotMatch(text, /"words"|"extra"|left out/);
    assert.equal(formatJson([]), '[]\n');
  });
});

describe('a verdict with a note (paragraphs left unchecked)', () => {
  const note = '1 paragraph (12 % of the words, language fr) is not English and was not checked.';
  it('follows the verdict line in stylish, and is a ::notice in github', () => {
    const noted: FileResult = { ...spun, note };
    assert.match(formatStylish([noted], { color: false }), /^ {2}score 0\.97, spun share 21 %; 1 paragraph \(12 % of the words, language fr\) is not English and was not checked\.$/m);
    assert.equal(
      formatGithub([noted]).split('\n')[0],
      '::notice file=news/spun.txt,title=unspin::score 0.97, spun share 21 %25; 1 paragraph (12 %25 of the words, language fr) is not English and was not checked.',
    );
  });
});

describe('formatGithub', () => {
  it('writes one escaped ::warning per finding with end positions', () => {
    const odd: FileResult = {
      ...spun,
      file: 'dir,with:odd%name.txt',
      messages: [finding({ line: 3, column: 5, actual: 'got\nhere', expected: ['came'], reason: '50% sure,\r\nreally' })],
    };
    const out = formatGithub([spun, odd]).split('\n');
    assert.equal(
      out[0],
      '::warning file=news/spun.txt,line=1,col=1,endLine=1,endColumn=9,title=unspin/synonym-swap::Quantity -> Number (spun 0.93): A synonym spinner would write "Quantity" for "Number".',
    );
    assert.equal(out[1]?.startsWith('::warning file=news/spun.txt,line=12,col=14,endLine=12,endColumn=28,'), true);
    assert.equal(
      out[2],
      '::warning file=dir%2Cwith%3Aodd%25name.txt,line=3,col=5,endLine=4,endColumn=5,title=unspin/synonym-swap::got here -> came (spun 0.93): 50%25 sure,%0D%0Areally',
    );
    assert.equal(out[3], 'unspin: 3 warnings in 2 of 2 files');
  });

  it('writes a ::notice for a file without a verdict, escaped like a warning', () => {
    const out = formatGithub([{ ...french, file: 'a,b.txt', note: 'Looks 40% French.' }, clean]).split('\n');
    assert.equal(out[0], '::notice file=a%2Cb.txt,title=unspin::no verdict (language und): Looks 40%25 French.');
    assert.equal(out[1], 'unspin: no findings in 2 files');
  });

  it('escapes data and properties per the workflow-command rules', () => {
    assert.equal(escapeData('a%b\r\nc:d,e'), 'a%25b%0D%0Ac:d,e');
    assert.equal(escapeProperty('a%b\r\nc:d,e'), 'a%25b%0D%0Ac%3Ad%2Ce');
  });
});
