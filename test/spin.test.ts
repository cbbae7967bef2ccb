// Reference spinner: candidate distributions, determinism, rate, case, alignment and table parsing.
// The small fake lexicon pins the distribution arithmetic; the real WordNet checks use the committed
// models/lexicon.bin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordNetMorphology } from '../src/core/lexicon/morphology.js';
import type { Analysis, Form, Lexicon, Morphology, Pos } from '../src/core/lexicon/types.js';
import { loadLexicon } from '../src/node/load-lexicon.js';
import {
  applyAlignment,
  applyCase,
  casePattern,
  mulberry32,
  parseTable,
  spin,
  tableCandidates,
  wordnetCandidates,
  type SpinResult,
} from '../src/core/spin/index.js';

/** A toy WordNet: synset id → [pos, members]. */
const SYNSETS: [Pos, string[]][] = [
  ['n', ['inch', 'in']],
  ['n', ['indiana', 'hoosier state', 'in']],
  ['a', ['in']],
  ['v', ['run', 'go']],
  ['n', ['run', 'test']],
];

const fakeLexicon: Lexicon = {
  synsets: (lemma) => SYNSETS.flatMap(([, members], id) => (members.includes(lemma) ? [id] : [])),
  members: (id) => SYNSETS[id]?.[1] ?? [],
  synsetPos: (id) => SYNSETS[id]?.[0] ?? 'n',
  related: () => [],
  thesaurus: () => [],
  has: (lemma) => SYNSETS.some(([, m]) => m.includes(lemma)),
  synsetCount: SYNSETS.length,
};

const fakeMorphology: Morphology = {
  analyze(word: string): Analysis[] {
    if (word === 'in') return [{ lemma: 'in', pos: 'r', form: 'base' }, { lemma: 'in', pos: 'a', form: 'base' }];
    if (word === 'runs') return [{ lemma: 'run', pos: 'v', form: '3sg' }, { lemma: 'run', pos: 'n', form: 'plural' }];
    if (word === 'run') return [{ lemma: 'run', pos: 'v', form: 'base' }, { lemma: 'run', pos: 'n', form: 'base' }];
    return [];
  },
  inflect(lemma: string, pos: Pos, form: Form): string | null {
    if (form === 'base') return lemma;
    if (form === '3sg' && pos === 'v') return lemma === 'go' ? 'goes' : `${lemma}s`;
    if (form === 'plural' && pos === 'n') return `${lemma}s`;
    return null;
  },
};

const fake = { lexicon: fakeLexicon, morphology: fakeMorphology };

/** Checks the recorded offsets against both texts and replays the alignment. */
function assertAlignment(original: string, result: SpinResult): void {
  let lastEnd = 0;
  for (const s of result.alignment) {
    assert.equal(original.slice(s.original.offset, s.original.end), s.original.text);
    assert.equal(result.text.slice(s.spun.offset, s.spun.end), s.spun.text);
    assert.notEqual(s.original.text, s.spun.text);
    assert.ok(s.original.offset >= lastEnd, 'substitutions are in order and do not overlap');
    lastEnd = s.original.end;
  }
  assert.equal(applyAlignment(original, result.alignment), result.text);
}

test('mulberry32 is deterministic and uniform enough', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const xs = Array.from({ length: 1000 }, () => a());
  assert.deepEqual(xs, Array.from({ length: 1000 }, () => b()));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  assert.ok(Math.abs(mean - 0.5) < 0.05, `mean ${mean}`);
  assert.notDeepEqual(xs.slice(0, 5), Array.from({ length: 5 }, mulberry32(43)));
});

test('wordnetCandidates: uniform over senses, then over members; one-member senses dropped', () => {
  // Senses of "in": {inch}, {indiana, hoosier state}; the adjective synset {in} has no other member.
  assert.deepEqual(wordnetCandidates('In', fakeLexicon, fakeMorphology), [
    { spun: 'inch', prob: 0.5 },
    { spun: 'hoosier state', prob: 0.25 },
    { spun: 'indiana', prob: 0.25 },
  ]);
  // "runs": two readings × two synsets; plural ↔ 3sg crosses parts of speech.
  assert.deepEqual(wordnetCandidates('runs', fakeLexicon, fakeMorphology), [
    { spun: 'goes', prob: 0.5 },
    { spun: 'tests', prob: 0.5 },
  ]);
  assert.deepEqual(wordnetCandidates('zebra', fakeLexicon, fakeMorphology), []);
  // The cache hands out copies: callers cannot corrupt it.
  const c = wordnetCandidates('in', fakeLexicon, fakeMorphology);
  (c[0] as { prob: number }).prob = 9;
  assert.equal(wordnetCandidates('in', fakeLexicon, fakeMorphology)[0]?.prob, 0.5);
});

test('case pattern is kept', () => {
  assert.equal(casePattern('Number'), 'title');
  assert.equal(casePattern('NASA'), 'upper');
  assert.equal(casePattern('in'), 'lower');
  assert.equal(casePattern('I'), 'title');
  assert.equal(applyCase('quantity', 'title'), 'Quantity');
  assert.equal(applyCase('got here', 'upper'), 'GOT HERE');
  const r = spin('In IN in', { style: 'wordnet', rate: 1, seed: 1, ...fake });
  const [a, b, c] = r.alignment.map((s) => s.spun.text);
  assert.match(a ?? '', /^(Inch|Indiana|Hoosier state)$/);
  assert.match(b ?? '', /^(INCH|INDIANA|HOOSIER STATE)$/);
  assert.match(c ?? '', /^(inch|indiana|hoosier state)$/);
});

const LONG = Array.from({ length: 400 }, (_, i) => `In line ${i}, the runs went in; RUNS run in the dark.`).join('\n');

test('wordnet spin: deterministic per seed, achieved rate near the requested rate', () => {
  const one = spin(LONG, { style: 'wordnet', rate: 0.3, seed: 7, ...fake });
  const two = spin(LONG, { style: 'wordnet', rate: 0.3, seed: 7, ...fake });
  const other = spin(LONG, { style: 'wordnet', rate: 0.3, seed: 8, ...fake });
  assert.equal(one.text, two.text);
  assert.deepEqual(one.alignment, two.alignment);
  assert.notEqual(one.text, other.text);
  // Eligible per line: In, runs, in, RUNS, run, in = 6 (went, the, dark and the number have no candidates).
  assert.equal(one.eligible, 2400);
  const achieved = one.alignment.length / one.eligible;
  assert.ok(Math.abs(achieved - 0.3) < 0.03, `achieved rate ${achieved}`);
  assertAlignment(LONG, one);
  // Layout, punctuation and numbers are untouched.
  assert.equal(one.text.split('\n').length, 400);
  assert.match(one.text, /^\S+ line 0, the /);
  assert.equal(spin(LONG, { style: 'wordnet', rate: 0, seed: 7, ...fake }).text, LONG);
});

test('protected tokens are never spun', () => {
  const text = 'in `in` http://in.example.com/in me@in.com in';
  const r = spin(text, { style: 'wordnet', rate: 1, seed: 3, ...fake });
  assert.equal(r.alignment.length, 2);
  assert.equal(r.text.split(' ').slice(1, 4).join(' '), '`in` http://in.example.com/in me@in.com');
  assertAlignment(text, r);
});

const TABLE = [
  '# test table',
  'came\tgot here\tarrived',
  'trying\tmaking an attempt',
  'rather than\tfairly than',
  'next week\tsubsequent week',
  'on the ground\ton the bottom',
  'next\tsubsequent',
  'number\tquantity',
  '',
].join('\n');

test('parseTable reads entries and multi-word originals', () => {
  const t = parseTable(TABLE);
  assert.equal(t.entries.size, 7);
  assert.equal(t.maxWords, 3);
  assert.deepEqual(t.entries.get('came'), ['got here', 'arrived']);
  assert.deepEqual(parseTable('\uFEFFa  b\t c   d \r\n').entries.get('a b'), ['c d']);
});

test('parseTable errors name the line', () => {
  assert.throws(() => parseTable('came\tgot here\nsaid stated\n'), /^Error: table line 2: .*no tab/);
  assert.throws(() => parseTable('# x\n\nCame\tgot here'), /^Error: table line 3: "Came" must be lower case$/);
  assert.throws(() => parseTable('came\t\tarrived'), /^Error: table line 1: field 2 is empty$/);
  assert.throws(() => parseTable('a b c d e\tx'), /^Error: table line 1: .*5 words, at most 4/);
  assert.throws(() => parseTable('came\tcame'), /table line 1: .*own replacement/);
  assert.throws(() => parseTable('came\tarrived\nx\ty\ncame\tgot here'), /^Error: table line 3: .*earlier line/);
});

test('tableCandidates: top candidate preferred, the rest geometric', () => {
  const t = parseTable('a\tb\tc\td\nx\ty');
  const c = tableCandidates('A', t);
  assert.deepEqual(c.map((x) => x.spun), ['b', 'c', 'd']);
  assert.equal(c[0]?.prob, 0.6);
  assert.ok(Math.abs((c[1]?.prob ?? 0) - 0.4 * (2 / 3)) < 1e-12);
  assert.ok(Math.abs((c[2]?.prob ?? 0) - 0.4 * (1 / 3)) < 1e-12);
  assert.deepEqual(tableCandidates('x', t), [{ spun: 'y', prob: 1 }]);
  assert.deepEqual(tableCandidates('zzz', t), []);
});

test('table spin: longest match first, multi-word both ways, case kept, never across punctuation', () => {
  const table = parseTable(TABLE);
  const text = 'Number 10 came next week, trying rather than waiting.\nNext\nweek on the ground: NEXT WEEK.';
  const r = spin(text, { style: 'table', rate: 1, seed: 5, table });
  assert.match(
    r.text,
    /^Quantity 10 (got here|arrived) subsequent week, making an attempt fairly than waiting\.\nSubsequent\nweek on the bottom: SUBSEQUENT WEEK\.$/,
  );
  assert.deepEqual(
    r.alignment.map((s) => s.original.text),
    ['Number', 'came', 'next week', 'trying', 'rather than', 'Next', 'on the ground', 'NEXT WEEK'],
  );
  assertAlignment(text, r);
});

test('table spin: deterministic per seed, rate per match', () => {
  const table = parseTable(TABLE);
  const text = Array.from({ length: 500 }, () => 'They came, trying; next week.').join(' ');
  const a = spin(text, { style: 'table', rate: 0.2, seed: 11, table });
  assert.equal(a.text, spin(text, { style: 'table', rate: 0.2, seed: 11, table }).text);
  assert.notEqual(a.text, spin(text, { style: 'table', rate: 0.2, seed: 12, table }).text);
  assertAlignment(text, a);
  // Each sentence offers came, trying and "next week" (if not replaced, "next" alone is tried too).
  const achieved = a.alignment.length / a.eligible;
  assert.ok(a.eligible >= 1500 && a.eligible <= 2000, `eligible ${a.eligible}`);
  assert.ok(Math.abs(achieved - 0.2) < 0.03, `achieved rate ${achieved}`);
  // The top candidate is preferred: "got here" about 60 % of replaced "came".
  const came = a.alignment.filter((s) => s.original.text === 'came');
  const top = came.filter((s) => s.spun.text === 'got here').length / came.length;
  assert.ok(came.length > 50 && top > 0.45 && top < 0.75, `top share ${top} of ${came.length}`);
});

test('farm spin: a share of the table, each of its entries replaced almost everywhere', () => {
  // Forty one-word entries; a farm using half of them rewrites each chosen word at about 90 % of its
  // occurrences and leaves the other words alone.
  const words = Array.from({ length: 40 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  const table = parseTable(words.map((w) => `${w}\tz${w}`).join('\n'));
  const text = Array.from({ length: 50 }, () => words.join(' ') + '.').join(' ');
  const r = spin(text, { style: 'farm', rate: 0.5, seed: 3, table });
  assert.equal(r.text, spin(text, { style: 'farm', rate: 0.5, seed: 3, table }).text);
  assertAlignment(text, r);
  const replaced = new Map<string, number>();
  for (const s of r.alignment) replaced.set(s.original.text, (replaced.get(s.original.text) ?? 0) + 1);
  assert.ok(replaced.size >= 12 && replaced.size <= 28, `farm uses ${replaced.size} of 40 entries`);
  for (const [word, n] of replaced) assert.ok(n >= 35, `${word} replaced ${n} of 50 times`);
  assert.throws(() => spin('x', { style: 'farm', rate: 0.5, seed: 1 }), /farm style needs a phrase table/);
});

test('spin validates its options', () => {
  assert.throws(() => spin('x', { style: 'wordnet', rate: 1.5, seed: 1, ...fake }), /rate must be between 0 and 1/);
  assert.throws(() => spin('x', { style: 'wordnet', rate: 0.5, seed: 1 }), /needs a lexicon/);
  assert.throws(() => spin('x', { style: 'table', rate: 0.5, seed: 1 }), /needs a phrase table/);
});

test('real WordNet: inflected candidates, function words, probabilities sum to 1', () => {
  const lexicon = loadLexicon();
  const morphology = new WordNetMorphology(lexicon);
  const spuns = (w: string): string[] => wordnetCandidates(w, lexicon, morphology).map((c) => c.spun);
  assert.ok(spuns('cars').includes('automobiles'), 'noun plural');
  assert.ok(spuns('began').includes('started') && spuns('began').includes('commenced'), 'verb past');
  assert.ok(spuns('jumping').includes('leaping'), 'gerund');
  assert.ok(spuns('walked').includes('took the air'), 'multi-word verb inflects its first word');
  assert.ok(spuns('bigger').includes('larger'), 'comparative');
  assert.ok(spuns('about').includes('astir') && spuns('between').includes('betwixt'), 'function words');
  assert.ok(spuns('or').includes('oregon') && spuns('as').includes('arsenic'), 'part-of-speech-blind');
  for (const w of ['cars', 'began', 'about', 'time', 'meeting']) {
    const total = wordnetCandidates(w, lexicon, morphology).reduce((sum, c) => sum + c.prob, 0);
    assert.ok(Math.abs(total - 1) < 1e-9, `${w}: ${total}`);
  }
  const text = 'Cars began jumping about.\n\nThe CARS walked, as time went by.';
  const r = spin(text, { style: 'wordnet', rate: 1, seed: 3, lexicon, morphology });
  assertAlignment(text, r);
  assert.ok(r.alignment.length >= 6, `${r.alignment.length} substitutions`);
  assert.match(r.alignment[0]?.spun.text ?? '', /^[A-Z][a-z]/);
  assert.equal(r.text.split('\n').length, 3);
});
