import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts, wordSpans } from '../src/core/learn/align.js';
import { renderDiffHtml } from '../src/core/learn/diff-html.js';
import { diffJson, formatStylishDiff } from '../src/cli/diff-command.js';

const ORIGINAL = 'Number 10 said the leader came to the summit. The meeting was in London.';
const SPUN = 'Quantity 10 stated the chief got here to the summit. The gathering was successful London today.';

test('word alignment: kept, substituted (1:1 and phrase), inserted, with offsets', () => {
  const al = alignTexts(ORIGINAL, SPUN);
  const phrase = alignTexts('They came to town.', 'They got here to town.');
  assert.deepEqual(phrase.substitutions, [{ original: 'came', spun: 'got here', count: 1 }]);
  const ops = al.ops.map((op) => [
    op.type,
    al.originalWords.slice(op.a, op.a + op.aLength).map((w) => w.text).join(' '),
    al.spunWords.slice(op.b, op.b + op.bLength).map((w) => w.text).join(' '),
  ]);
  assert.deepEqual(ops, [
    ['substitute', 'Number', 'Quantity'],
    ['keep', '10', '10'],
    ['substitute', 'said', 'stated'],
    ['keep', 'the', 'the'],
    // Adjacent substitutions of unequal length stay one phrase: the alignment cannot tell which word grew.
    ['substitute', 'leader came', 'chief got here'],
    ['keep', 'to the summit The', 'to the summit The'],
    ['substitute', 'meeting', 'gathering'],
    ['keep', 'was', 'was'],
    ['substitute', 'in', 'successful'],
    ['keep', 'London', 'London'],
    ['insert', '', 'today'],
  ]);
  assert.equal(al.words, 14);
  assert.equal(al.spun, 6);
  assert.equal(al.spinRate, 6 / 14);
  assert.deepEqual(wordSpans("It's here")[0], { text: "It's", start: 0, end: 4 });
});

test('substitution table counts repeated pairs, most frequent first', () => {
  const al = alignTexts('said it. He said so. She said no.', 'stated it. He stated so. She declared no.');
  assert.deepEqual(al.substitutions, [
    { original: 'said', spun: 'stated', count: 2 },
    { original: 'said', spun: 'declared', count: 1 },
  ]);
  const none = alignTexts('Same words here.', 'same  words, here');
  assert.equal(none.spinRate, 0);
  assert.ok(none.ops.every((o) => o.type === 'keep'));
});

test('deletions and long unequal gaps', () => {
  const al = alignTexts('one two three four', 'one four');
  assert.deepEqual(
    al.ops.map((o) => o.type),
    ['keep', 'delete', 'keep'],
  );
  const long = alignTexts('a b c d e f g h i j k end', 'z y x w v u t s r q end');
  assert.deepEqual(
    long.ops.map((o) => o.type),
    ['delete', 'insert', 'keep'],
  );
});

test('HTML is self-contained, escaped and side by side', () => {
  const html = renderDiffHtml('The <b>leader</b> & co', 'The <b>chief</b> & co', alignTexts('The <b>leader</b> & co', 'The <b>chief</b> & co'));
  assert.match(html, /^<!DOCTYPE html>/);
  assert.ok(!/<script|https?:\/\/|<link/i.test(html), 'no scripts or external resources');
  assert.ok(html.includes('&lt;b&gt;'));
  assert.ok(!html.includes('<b>'));
  assert.match(html, /<span class="sub" title="spun as &quot;chief&quot;">leader<\/span>/);
  assert.match(html, /<td>1<\/td><td>leader<\/td><td>chief<\/td>/);
  assert.equal((html.match(/class="col"/g) ?? []).length, 2);
});

test('stylish and JSON renderings', () => {
  const al = alignTexts(ORIGINAL, SPUN);
  const text = formatStylishDiff(SPUN, al, false);
  assert.ok(text.startsWith('[Number -> Quantity] 10 [said -> stated] the [leader came -> chief got here] to the summit.'));
  assert.ok(text.includes('{+today+}'));
  assert.match(text, /Spin rate 42\.9 % \(6 of 14 words/);
  assert.match(text, / {4}1 {2}leader came -> chief got here/);
  const json = diffJson(al) as { spinRate: number; ops: Array<{ type: string; original: { text: string; start: number } | null }>; substitutions: unknown[] };
  assert.equal(json.spinRate, 0.429);
  assert.deepEqual(json.ops[0], { type: 'substitute', original: { text: 'Number', start: 0, end: 6 }, spun: { text: 'Quantity', start: 0, end: 8 } });
  assert.equal(json.substitutions.length, 5);
  const deleted = formatStylishDiff('one four', alignTexts('one two three four', 'one four'), false);
  assert.ok(deleted.startsWith('one [-two three-] four'));
});
