import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mineSubstitutions } from '../src/core/learn/mine.js';
import { alignTexts } from '../src/core/learn/align.js';
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
  // A farm that writes "charges" for "rates" and "goal" for "target": pairs no built-in source
  // (WordNet, MyThes, the curated file) holds.
  const pairs = [
    { original: 'Interest rates rose again. Mortgage rates are high.', spun: 'Interest charges rose again. Mortgage charges are high.' },
    { original: 'Rates will fall, and the target will be met.', spun: 'Charges will fall, and the goal will be met.' },
    { original: 'The bank set a target for inflation.', spun: 'The bank set a goal for inflation.' },
  ];
  const learned = parseLearnedTable(formatLearnedTable(mineSubstitutions(pairs)));
  const spun = 'Mortgage charges fell last month, and the bank missed its inflation goal.';
  const found = (options: { learned?: typeof learned }): Map<string, [string | undefined, number]> =>
    new Map(check(spun, { ...options, minConfidence: 0 }).messages.map((m) => [m.actual, [m.expected[0], m.confidence]]));
  assert.deepEqual([...found({}).keys()], []);
  const withTable = found({ learned });
  assert.equal(withTable.get('charges')?.[0], 'rates');
  assert.equal(withTable.get('goal')?.[0], 'target');
  assert.equal(restore(spun, { minConfidence: 0 }), spun);
  assert.equal(restore(spun, { learned, minConfidence: 0.5 }), 'Mortgage rates fell last month, and the bank missed its inflation target.');
});

test('neighbouring substitutions that ran together are cut where substitutions seen alone explain them', () => {
  const pairs = [
    { original: 'The greatest benefit came last year.', spun: 'The best profit got here last year.' },
    { original: 'It was the greatest day. The money came in.', spun: 'It was the best day. The money got here in.' },
    { original: 'A benefit for all, according to him.', spun: 'A profit for all, in line with him.' },
    { original: 'Health officials said so.', spun: 'Well being officers said so.' },
  ];
  const mined = mineSubstitutions(pairs).map((e) => `${e.original} -> ${e.spun} ${e.count}`);
  assert.ok(mined.includes('greatest -> best 2'), mined.join('; '));
  assert.ok(mined.includes('benefit -> profit 2'), mined.join('; '));
  assert.ok(mined.includes('came -> got here 2'), mined.join('; '));
  // No anchor explains these: they stay one phrase each.
  assert.ok(mined.includes('according to -> in line with 1'), mined.join('; '));
  assert.ok(mined.includes('health officials -> well being officers 1'), mined.join('; '));
  assert.ok(!mined.some((m) => m.startsWith('greatest benefit')), mined.join('; '));
});

test('one pair is cut by its own anchors (unspin diff)', () => {
  const al = alignTexts('Officials met. Health officials said so.', 'Officers met. Well being officers said so.');
  assert.deepEqual(
    al.substitutions.map((s) => `${s.original} -> ${s.spun}`),
    ['officials -> officers', 'health -> well being'],
  );
});

test('a gap that recurs word for word stays one phrase unless anchors explain all of it', () => {
  const pairs = [
    { original: 'It fell, according to the police.', spun: 'It fell, in line with the police.' },
    { original: 'It rose, according to the bank.', spun: 'It rose, in line with the bank.' },
    { original: 'She talked to him.', spun: 'She talked with him.' },
  ];
  const mined = mineSubstitutions(pairs).map((e) => `${e.original} -> ${e.spun} ${e.count}`);
  assert.ok(mined.includes('according to -> in line with 2'), mined.join('; '));
  assert.ok(!mined.some((m) => m.startsWith('according ->')), mined.join('; '));
});

test('a one-off phrase is not cut by a stray function-word anchor; an unexplained equal piece goes word by word', () => {
  const once = alignTexts('We talked to him. It fell according to the police.', 'We talked with him. It fell in line with the police.');
  assert.ok(once.substitutions.some((s) => s.original === 'according to' && s.spun === 'in line with'), JSON.stringify(once.substitutions));
  const mined = mineSubstitutions([
    { original: 'The greatest big benefit came.', spun: 'The best large profit got here.' },
    { original: 'The greatest day. It came.', spun: 'The best day. It got here.' },
  ]).map((e) => `${e.original} -> ${e.spun}`);
  assert.ok(mined.includes('big -> large') && mined.includes('benefit -> profit'), mined.join('; '));
});
