// Morphology tests: spinner-relevant analyses, inflection rules, and analyze/inflect round trips
// over a deterministic sample of WordNet lemmas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordNetMorphology } from '../src/core/lexicon/morphology.js';
import { loadLexicon } from '../src/node/load-lexicon.js';
import type { Analysis, Form, Pos } from '../src/core/lexicon/types.js';

const lex = loadLexicon();
const morph = new WordNetMorphology(lex);
const key = (a: Analysis): string => `${a.lemma}/${a.pos}/${a.form}`;
const readings = (w: string): string[] => morph.analyze(w).map(key);

function has(w: string, ...expected: string[]): void {
  const got = readings(w);
  for (const e of expected) assert.ok(got.includes(e), `${w}: expected ${e} in [${got.join(', ')}]`);
}

test('irregular and regular verbs from spinners.md', () => {
  has('came', 'come/v/past');
  has('got', 'get/v/past', 'get/v/pastpart');
  has('went', 'go/v/past');
  has('making', 'make/v/gerund');
  has('stopped', 'stop/v/past', 'stop/v/pastpart');
  has('said', 'say/v/past', 'say/v/pastpart');
  has('stated', 'state/v/past', 'state/v/pastpart');
  has('knows', 'know/v/3sg');
  has('trying', 'try/v/gerund');
  assert.ok(!readings('came').includes('come/v/pastpart'));
  assert.ok(!readings('went').includes('go/v/pastpart'));
  has('gone', 'go/v/pastpart');
  has('come', 'come/v/base', 'come/v/pastpart');
  has('put', 'put/v/base', 'put/v/past', 'put/v/pastpart');
});

test('be, have, do', () => {
  assert.deepEqual(readings('is'), ['be/v/3sg']);
  assert.deepEqual(readings('was'), ['be/v/past']); // no junk plural of "wa" (Washington)
  has('are', 'be/v/base');
  has('been', 'be/v/pastpart');
  has('being', 'be/v/gerund');
  has('has', 'have/v/3sg');
  has('does', 'do/v/3sg');
});

test('nouns and adjectives', () => {
  has('tissues', 'tissue/n/plural');
  has('muscles', 'muscle/n/plural');
  has('children', 'child/n/plural');
  has('women', 'woman/n/plural');
  has('boxes', 'box/n/plural');
  has('better', 'good/a/comparative', 'well/r/comparative');
  has('best', 'good/a/superlative');
  has('bigger', 'big/a/comparative');
  has('happiest', 'happy/a/superlative');
  has('more beautiful', 'beautiful/a/comparative');
  assert.deepEqual(readings('glass'), ['glass/n/base', 'glass/v/base']); // "glass" is not a plural
  assert.ok(!readings('dying').includes('dye/v/gerund')); // dyeing is
  assert.deepEqual(readings('xyzzyq'), []);
});

test('multi-word phrases analyse their head', () => {
  has('got here', 'get here/v/past');
  has('making an attempt', 'make an attempt/v/gerund');
  has('is aware of', 'be aware of/v/3sg');
  has('muscle tissues', 'muscle tissue/n/plural');
  has('gave up', 'give up/v/past');
  has('governors general', 'governor general/n/plural'); // whole phrase from noun.exc
  has('vaccinium stamineums', 'vaccinium stamineum/n/plural'); // head known only inside the phrase
  has('  Got   Here ', 'get here/v/past'); // normalised
});

test('analyze shares frozen readings but hands out a fresh array', () => {
  const a = morph.analyze('came');
  const b = morph.analyze('came');
  assert.notEqual(a, b);
  assert.equal(a[0], b[0]);
  assert.ok(Object.isFrozen(a[0]));
  a.push({ lemma: 'x', pos: 'n', form: 'base' });
  assert.deepEqual(readings('came'), ['come/v/past']); // the cache is not affected
});

test('inflect: irregulars, spelling rules, multi-word heads', () => {
  const cases: [string, Pos, Form, string | null][] = [
    ['come', 'v', 'past', 'came'],
    ['come', 'v', 'pastpart', 'come'],
    ['go', 'v', 'past', 'went'],
    ['go', 'v', 'pastpart', 'gone'],
    ['go', 'v', '3sg', 'goes'],
    ['be', 'v', '3sg', 'is'],
    ['be', 'v', 'past', 'was'],
    ['have', 'v', '3sg', 'has'],
    ['get', 'v', 'past', 'got'],
    ['stop', 'v', 'past', 'stopped'],
    ['stop', 'v', 'gerund', 'stopping'],
    ['make', 'v', 'gerund', 'making'],
    ['see', 'v', 'gerund', 'seeing'],
    ['die', 'v', 'gerund', 'dying'],
    ['try', 'v', 'past', 'tried'],
    ['try', 'v', '3sg', 'tries'],
    ['fix', 'v', '3sg', 'fixes'],
    ['visit', 'v', 'past', 'visited'],
    ['admit', 'v', 'past', 'admitted'], // doubling of a longer verb comes from verb.exc
    ['burn', 'v', 'past', 'burned'], // table prefers burned over verb.exc's burnt
    ['quit', 'v', 'gerund', 'quitting'],
    ['tissue', 'n', 'plural', 'tissues'],
    ['church', 'n', 'plural', 'churches'],
    ['city', 'n', 'plural', 'cities'],
    ['day', 'n', 'plural', 'days'],
    ['child', 'n', 'plural', 'children'],
    ['cactus', 'n', 'plural', 'cacti'], // only form in noun.exc
    ['chairman', 'n', 'plural', 'chairmen'],
    ['human', 'n', 'plural', 'humans'],
    ['potato', 'n', 'plural', 'potatoes'],
    ['good', 'a', 'comparative', 'better'],
    ['bad', 'a', 'superlative', 'worst'],
    ['big', 'a', 'comparative', 'bigger'],
    ['large', 'a', 'superlative', 'largest'],
    ['happy', 'a', 'comparative', 'happier'],
    ['beautiful', 'a', 'comparative', 'more beautiful'],
    ['quickly', 'r', 'superlative', 'most quickly'],
    ['fast', 'r', 'comparative', 'faster'],
    ['get here', 'v', 'past', 'got here'],
    ['make an attempt', 'v', 'gerund', 'making an attempt'],
    ['be aware of', 'v', '3sg', 'is aware of'],
    ['give up', 'v', 'past', 'gave up'],
    ['muscle tissue', 'n', 'plural', 'muscle tissues'],
    ['governor general', 'n', 'plural', 'governors general'], // whole phrase in noun.exc
    ['dog', 'n', 'base', 'dog'],
    ['quickly', 'r', 'plural', null],
    ['dog', 'n', 'past', null],
    ['run', 'v', 'comparative', null],
    ['big', 'a', 'gerund', null],
  ];
  for (const [l, p, f, want] of cases) assert.equal(morph.inflect(l, p, f), want, `${l}/${p}/${f}`);
});

const FORMS: Record<Pos, readonly Form[]> = {
  n: ['base', 'plural'],
  v: ['base', '3sg', 'past', 'pastpart', 'gerund'],
  a: ['base', 'comparative', 'superlative'],
  r: ['base', 'comparative', 'superlative'],
};

test('round trip: analyze(inflect(l, p, f)) contains {l, p, f} for sampled WordNet lemmas', () => {
  // Every 11th synset; words of 3+ letters (single letters and abbreviations like "msh" vary).
  let checked = 0;
  const fails: string[] = [];
  const perPos: Record<Pos, number> = { n: 0, v: 0, a: 0, r: 0 };
  for (let s = 0; s < lex.synsetCount; s += 11) {
    const p = lex.synsetPos(s);
    for (const l of lex.members(s)) {
      if (!/^[a-z]{3,}( [a-z]{3,})*$/.test(l)) continue;
      for (const f of FORMS[p]) {
        const w = morph.inflect(l, p, f);
        assert.ok(w !== null);
        checked++;
        perPos[p]++;
        if (!morph.analyze(w).some((a) => a.lemma === l && a.pos === p && a.form === f)) fails.push(`${l}/${p}/${f} -> ${w}`);
      }
    }
  }
  assert.deepEqual(fails, []);
  assert.ok(checked > 40000 && perPos.v > 4000 && perPos.a > 4000 && perPos.r > 500, JSON.stringify(perPos));
});

test('round trip over irregular verbs', () => {
  for (const l of ['arise', 'bear', 'begin', 'bring', 'choose', 'do', 'drink', 'fly', 'lie', 'lay', 'ride', 'swim', 'take', 'tear', 'write']) {
    for (const f of FORMS.v) {
      const w = morph.inflect(l, 'v', f) as string;
      assert.ok(morph.analyze(w).some((a) => a.lemma === l && a.pos === 'v' && a.form === f), `${l}/${f} -> ${w}`);
    }
  }
});
