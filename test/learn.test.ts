import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mineSubstitutions } from '../src/core/learn/mine.js';
import { formatLearnedTable, parseFarmTable, parseLearnedTable, toLearnedTable, FARM_TABLE_HEADER } from '../src/core/learn/table-file.js';
import { parseLearnPairsLine } from '../src/node/learn-input.js';
import { check, restore } from '../src/node/api.js';

const PAIRS = [
  { original: 'It was a great win for the team.', spun: 'It was a nice win for the team.' },
  { original: 'The great hall was full. Strong muscles matter.', spun: 'The nice hall was full. Strong muscle tissues matter.' },
  { original: 'A great day on 12 May.', spun: 'A nice day on 13 May.' },
];

test('mining counts substitutions with contexts and skips numbers', () => {
  const entries = mineSubstitutions(PAIRS);
  assert.deepEqual(
    entries.map((e) => [e.original, e.spun, e.count]),
    [
      ['great', 'nice', 3],
      ['muscles', 'muscle tissues', 1],
    ],
  );
  assert.deepEqual(entries[0]?.contexts, ['It was a [great] win for the team', 'The [great] hall was full Strong']);
  assert.equal(mineSubstitutions(PAIRS, { minCount: 2 }).length, 1);
  assert.equal(mineSubstitutions(PAIRS, { contexts: 0 })[0]?.contexts.length, 0);
});

test('farm table file: round trip, learned table, comments', () => {
  const entries = mineSubstitutions(PAIRS);
  const text = formatLearnedTable(entries, 'learned from 3 pairs');
  const lines = text.split('\n');
  assert.equal(lines[0], FARM_TABLE_HEADER);
  assert.equal(lines[1], '# learned from 3 pairs');
  assert.ok(lines.includes('great\tnice\t3\tIt was a [great] win for the team\tThe [great] hall was full Strong'));
  assert.deepEqual(parseFarmTable(text), entries);
  const learned = parseLearnedTable(text);
  assert.equal(learned.get('great')?.get('nice'), 3);
  assert.equal(learned.get('muscles')?.get('muscle tissues'), 1);
  // A bare LearnedTable formats too (no contexts), and CRLF, BOM and blank lines parse.
  const bare = formatLearnedTable(toLearnedTable(entries));
  assert.deepEqual(parseLearnedTable('\uFEFF' + bare.replace(/\n/g, '\r\n') + '\r\n\r\n'), learned);
});

test('farm table errors name the line', () => {
  const cases: Array<[string, RegExp]> = [
    ['# c\ngreat\tnice', /: farm table line 2: expected original<TAB>spun<TAB>count, got 2 fields$/],
    ['great\tnice\tthree', /: farm table line 1: count "three" must be a positive integer$/],
    ['great\tnice\t0', /: farm table line 1: count "0" must be a positive integer$/],
    ['Great\tnice\t1', /: farm table line 1: "Great" must be lower case$/],
    ['great\tgreat\t1', /: farm table line 1: "great" replaces itself$/],
    ['\tnice\t1', /: farm table line 1: the original phrase is empty$/],
    ['a b c d e\tnice\t1', /: farm table line 1: the original phrase "a b c d e" has more than 4 words$/],
    ['great\tnice\t1\n\ngreat\tnice\t2', /: farm table line 3: "great" -> "nice" is already on line 1$/],
  ];
  for (const [text, re] of cases) assert.throws(() => parseFarmTable(text), re, text);
});

test('learn input lines: bad JSON and missing fields are reported with file and line', () => {
  const problems: string[] = [];
  const report = (m: string): number => problems.push(m);
  assert.deepEqual(parseLearnPairsLine('{"text":"a b","spun":"a c"}', 'p.jsonl:1', report), { original: 'a b', spun: 'a c' });
  assert.equal(parseLearnPairsLine('   ', 'p.jsonl:2', report), undefined);
  assert.equal(parseLearnPairsLine('{"text":', 'p.jsonl:3', report), undefined);
  assert.equal(parseLearnPairsLine('{"text":"x"}', 'p.jsonl:4', report), undefined);
  assert.equal(problems.length, 2);
  assert.match(problems[0] ?? '', /^p\.jsonl:3: bad JSON/);
  assert.match(problems[1] ?? '', /^p\.jsonl:4: "spun" must be a non-empty string/);
});

test('a learned table lets restore undo substitutions the built-in channel misses', () => {
  const learned = parseLearnedTable(formatLearnedTable(mineSubstitutions(PAIRS)));
  const spun = 'He said it was a nice success. Exercise builds strong muscle tissues over time.';
  // Two sentences are little evidence that a text is spun at all, so the default threshold (set for
  // whole articles) is not the point here: the table must raise both swaps and pick their originals.
  const confidences = (options: { learned?: typeof learned }): Map<string, [string | undefined, number]> =>
    new Map(check(spun, { ...options, minConfidence: 0 }).messages.map((m) => [m.actual, [m.expected[0], m.confidence]]));
  const plain = confidences({});
  const withTable = confidences({ learned });
  for (const [actual, original] of [['nice', 'great'], ['muscle tissues', 'muscles']] as const) {
    assert.equal(withTable.get(actual)?.[0], original);
    // The curated file already knows both farm swaps, so the table adds to evidence that exists.
    assert.ok((withTable.get(actual)?.[1] ?? 0) > (plain.get(actual)?.[1] ?? 0) + 0.01, `${actual}: ${String(plain.get(actual))} -> ${String(withTable.get(actual))}`);
  }
  assert.ok(restore(spun).includes('nice success'));
  assert.equal(restore(spun, { learned, minConfidence: 0.75 }), 'He said it was a great success. Exercise builds strong muscles over time.');
});
