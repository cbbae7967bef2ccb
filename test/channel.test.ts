/**
 * The channel model's pieces on tiny hand-made data: the channel index format (round trip), the
 * indexed channel with curated and learned tables, and British/American spelling variants.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AdaptedChannel } from '../src/core/channel/adapted.js';
import { decodeChannelIndex, encodeChannelIndex, type ChannelIndexInput } from '../src/core/channel/index-format.js';
import { IndexedChannel } from '../src/core/channel/indexed.js';
import type { PhraseEntry } from '../src/core/channel/phrases.js';
import { DEFAULT_CHANNEL_WEIGHTS, type ChannelSource } from '../src/core/channel/weights.js';
import type { Form, Morphology, Pos } from '../src/core/lexicon/types.js';
import { americanSpelling, spellingVariants } from '../src/core/text/spelling-variants.js';
import { dialectVariants, everydayClipping } from '../src/core/text/dialect.js';
import { checkDetailed } from '../src/core/check.js';
import { buildModels } from '../src/node/api.js';

const INPUT: ChannelIndexInput = {
  provenance: { built: 'by hand', packages: ['none'] },
  weights: DEFAULT_CHANNEL_WEIGHTS,
  perSpun: 4,
  entries: new Map<string, Array<{ original: string; logP: number; source: ChannelSource }>>([
    ['quantity', [{ original: 'number', logP: -0.5, source: 'wordnet' }, { original: 'amount', logP: -1.25, source: 'thesaurus' }]],
    ['successful', [{ original: 'in', logP: -2, source: 'function' }]],
    ['got here', [{ original: 'came', logP: -0.75, source: 'related' }]],
    ['beryllium', [{ original: 'be', logP: -1, source: 'wordnet' }]],
    ['amount', [{ original: 'number', logP: -1.5, source: 'wordnet' }]],
    ['café', [{ original: 'cafe', logP: -3, source: 'inflection' }]],
  ]),
};

/** Toy morphology: nouns add -s (-y to -ies), verbs know "get here"/"come" and "state"/"say". */
class ToyMorphology implements Morphology {
  analyze(): [] {
    return [];
  }

  inflect(lemma: string, pos: Pos, form: Form): string | null {
    if (form === 'base') return lemma;
    if (pos === 'n') return form === 'plural' ? lemma.replace(/y$/, 'ie') + 's' : null;
    if (pos !== 'v') return null;
    const table: Record<string, Partial<Record<Form, string>>> = {
      'get here': { '3sg': 'gets here', past: 'got here', pastpart: 'got here', gerund: 'getting here' },
      come: { '3sg': 'comes', past: 'came', pastpart: 'come', gerund: 'coming' },
      state: { '3sg': 'states', past: 'stated', pastpart: 'stated', gerund: 'stating' },
      say: { '3sg': 'says', past: 'said', pastpart: 'said', gerund: 'saying' },
    };
    return table[lemma]?.[form] ?? null;
  }
}

function entry(spun: string, original: string, pos: PhraseEntry['pos']): PhraseEntry {
  return { spun, original, pos, source: 'test', exampleSpun: spun, exampleOriginal: original, line: 1 };
}

const close = (a: number, b: number, eps = 1e-6): boolean => Math.abs(a - b) < eps;

describe('channel index format', () => {
  const bytes = encodeChannelIndex(INPUT);
  const index = decodeChannelIndex(bytes);

  it('round-trips every entry, best first, with float32 log-probabilities', () => {
    assert.deepEqual(index.spun, [...INPUT.entries.keys()].sort());
    assert.equal(index.offsets.length, index.spun.length + 1);
    index.spun.forEach((spun, i) => {
      const expected = INPUT.entries.get(spun) ?? [];
      const got: Array<{ original: string; logP: number; source: string }> = [];
      for (let e = index.offsets[i] as number; e < (index.offsets[i + 1] as number); e++) {
        got.push({ original: index.originals[index.original[e] as number] as string, logP: index.logP[e] as number, source: ['wordnet', 'related', 'thesaurus', 'inflection', 'function', 'closed', 'curated', 'learned'][index.source[e] as number] as string });
      }
      assert.deepEqual(got.map((g) => [g.original, g.source]), expected.map((x) => [x.original, x.source]));
      got.forEach((g, k) => assert.ok(close(g.logP, expected[k]?.logP ?? NaN)));
    });
    // "number" is stored once although two spun forms point to it.
    assert.equal(index.originals.filter((o) => o === 'number').length, 1);
  });

  it('keeps header, provenance, UTF-8 strings and phrase heads', () => {
    assert.equal(index.header.version, 1);
    assert.deepEqual(index.header.provenance, INPUT.provenance);
    assert.deepEqual(index.header.weights, DEFAULT_CHANNEL_WEIGHTS);
    assert.equal(index.header.perSpun, 4);
    assert.ok(index.spun.includes('café'));
    assert.deepEqual([...index.heads], ['got']);
  });

  it('decodes from an unaligned view of a larger buffer', () => {
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 1);
    const shifted = decodeChannelIndex(padded.subarray(1, 1 + bytes.length));
    assert.deepEqual(shifted.spun, index.spun);
    assert.deepEqual([...shifted.logP], [...index.logP]);
  });

  it('finds every spun form through its bit filter (no false negatives), and no absent one', () => {
    index.spun.forEach((spun, i) => assert.equal(index.findSpun(spun), i));
    for (const absent of ['', 'got', 'got here now', 'quantity ', 'cafe', 'zzz']) assert.equal(index.findSpun(absent), -1, absent);
  });

  it('rejects data that is not a channel index', () => {
    assert.throws(() => decodeChannelIndex(new TextEncoder().encode('NOTANINDEX-----')), /bad magic/);
  });
});

describe('IndexedChannel', () => {
  const index = decodeChannelIndex(encodeChannelIndex(INPUT));
  const morphology = new ToyMorphology();

  it('returns the index entries, best first', () => {
    const channel = new IndexedChannel({ index, morphology, phrases: [], weights: DEFAULT_CHANNEL_WEIGHTS });
    const quantity = channel.candidates('quantity');
    assert.deepEqual(quantity.map((c) => c.original), ['number', 'amount']);
    assert.ok(close(quantity[0]?.logP ?? NaN, -0.5, 1e-5));
    assert.equal(quantity[0]?.source, 'wordnet');
    assert.ok(close(quantity[1]?.bySource.thesaurus ?? NaN, 10 ** -1.25, 1e-6));
    assert.deepEqual(channel.candidates('unheard-of'), []);
    assert.equal(channel.candidates('quantity'), quantity, 'cached');
    assert.ok(channel.mayStartPhrase('got'));
    assert.ok(!channel.mayStartPhrase('quantity'));
  });

  it('adds curated entries in every inflection and mixes them with the index', () => {
    const channel = new IndexedChannel({
      index,
      morphology,
      phrases: [entry('state', 'say', 'v'), entry('get here', 'come', 'v'), entry('fairly than', 'rather than', 'x'), entry('quantity', 'number', 'n'), entry('amount', 'number', 'n')],
      weights: DEFAULT_CHANNEL_WEIGHTS,
    });
    for (const [spun, original] of [['stated', 'said'], ['states', 'says'], ['stating', 'saying'], ['getting here', 'coming'], ['fairly than', 'rather than'], ['quantities', 'numbers']]) {
      const c = channel.candidates(spun ?? '').find((x) => x.original === original);
      assert.equal(c?.source, 'curated', `${spun} <- ${original}`);
      assert.ok((c?.logP ?? 1) <= 0);
    }
    // Multi-word curated spun forms become phrase heads.
    assert.ok(channel.mayStartPhrase('fairly'));
    assert.ok(channel.mayStartPhrase('getting'));
    // The curated mass adds to the index's: "quantity" <- "number" gains probability.
    const plain = new IndexedChannel({ index, morphology, phrases: [], weights: DEFAULT_CHANNEL_WEIGHTS });
    const mixed = channel.candidates('quantity').find((c) => c.original === 'number');
    const base = plain.candidates('quantity').find((c) => c.original === 'number');
    assert.ok((mixed?.logP ?? -Infinity) > (base?.logP ?? 0));
    // "number" has two curated spun forms, which share its curated mass.
    assert.equal(mixed?.bySource.curated, 1 / 2);
    assert.equal(channel.candidates('stated').find((c) => c.original === 'said')?.bySource.curated, 1);
    assert.ok(close(mixed?.bySource.wordnet ?? NaN, 10 ** -0.5, 1e-6));
  });

  it('takes a learned table’s weight from the built-in sources', () => {
    const learned = new Map([['number', new Map([['quantity', 3], ['digit', 1]])]]);
    const channel = new IndexedChannel({ index, morphology, phrases: [], weights: DEFAULT_CHANNEL_WEIGHTS, learned });
    const plain = new IndexedChannel({ index, morphology, phrases: [], weights: DEFAULT_CHANNEL_WEIGHTS });
    const amount = channel.candidates('quantity').find((c) => c.original === 'amount');
    const amountPlain = plain.candidates('quantity').find((c) => c.original === 'amount');
    assert.ok(close(10 ** (amount?.logP ?? 0), 10 ** (amountPlain?.logP ?? 0) * (1 - DEFAULT_CHANNEL_WEIGHTS.learned), 1e-9));
    const digit = channel.candidates('digit');
    assert.deepEqual(digit.map((c) => c.original), ['number']);
    assert.equal(digit[0]?.source, 'learned');
    assert.equal(digit[0]?.bySource.learned, 1 / 4);
    assert.equal(channel.candidates('quantity')[0]?.bySource.learned, 3 / 4);
  });

  it('reads a form straight from the index in stored order unless a run-time source knows it', () => {
    const channel = new IndexedChannel({ index, morphology, phrases: [entry('amount', 'number', 'n')], weights: DEFAULT_CHANNEL_WEIGHTS });
    assert.deepEqual([...(channel.byPrior('quantity') ?? [])], channel.candidates('quantity'));
    assert.deepEqual([...(channel.byPrior('unheard-of') ?? ['x'])], []);
    // "amount" has a curated entry: its order must be computed, so there is no fast path.
    assert.equal(channel.byPrior('amount'), undefined);
  });
});

describe('AdaptedChannel', () => {
  const index = decodeChannelIndex(encodeChannelIndex(INPUT));
  const base = new IndexedChannel({ index, morphology: new ToyMorphology(), phrases: [], weights: DEFAULT_CHANNEL_WEIGHTS });
  // The document restored "quantity" -> "number" twice; its WordNet changes were trusted more.
  const adapted = new AdaptedChannel(base, new Map([['number', new Map([['quantity', 2]])]]), 0.3, { wordnet: 2 });

  it('reweights a base candidate exactly as its own candidate list does', () => {
    for (const spun of ['quantity', 'amount', 'successful']) {
      for (const c of base.candidates(spun)) {
        assert.deepEqual(adapted.adapt(c, () => spun), adapted.candidates(spun).find((x) => x.original === c.original), `${spun} <- ${c.original}`);
      }
    }
    // The boosted pair gained probability; an unboosted WordNet pair only the source scale.
    const number = adapted.candidates('quantity').find((c) => c.original === 'number');
    assert.ok((number?.logP ?? -9) > (base.candidates('quantity')[0]?.logP ?? 0));
    // The evidence is the document's own, not a farm table's.
    assert.equal(number?.documentShare, 1);
    assert.equal(number?.bySource.learned, undefined);
    assert.ok(close(adapted.candidates('amount')[0]?.logP ?? NaN, -1.5 + Math.log10(2), 1e-6));
  });
});

describe('spelling variants', () => {
  it('maps British spellings to American ones', () => {
    const pairs: Array<[string, string]> = [
      ['stabilise', 'stabilize'],
      ['organisation', 'organization'],
      ['analysed', 'analyzed'],
      ['colour', 'color'],
      ['favourite', 'favorite'],
      ['centre', 'center'],
      ['theatres', 'theaters'],
      ['programme', 'program'],
      ['defence', 'defense'],
      ['travelled', 'traveled'],
      ['catalogue', 'catalog'],
      ['recognisable', 'recognizable'],
      ['sceptical', 'skeptical'],
      ['grey', 'gray'],
      ['tyres', 'tires'],
      ['aluminium', 'aluminum'],
      ['paediatric', 'pediatric'],
      ['haemorrhage', 'hemorrhage'],
      ['oestrogen', 'estrogen'],
      ['manoeuvre', 'maneuver'],
      ['mould', 'mold'],
      ['faecal', 'fecal'],
      ['yoghurt', 'yogurt'],
      ['chillies', 'chilies'],
      ['storeys', 'stories'],
      ['jewellery', 'jewelry'],
      ['judgement', 'judgment'],
      ['practising', 'practicing'],
      ['enrolment', 'enrollment'],
      ['skilful', 'skillful'],
      ['palaeontology', 'paleontology'],
      ['co-ordinator', 'coordinator'],
      ['co-operation', 'cooperation'],
      ['medallist', 'medalist'],
      ['centred', 'centered'],
    ];
    for (const [british, american] of pairs) assert.equal(americanSpelling(british), american, british);
  });

  it('leaves other words alone', () => {
    for (const word of ['dog', 'is', 'our', 'four', 'tour', 'the', 'president', 'fence', 'well']) assert.equal(americanSpelling(word), word);
  });

  it('tells spelling variants from different words', () => {
    assert.ok(spellingVariants('colour', 'color'));
    assert.ok(spellingVariants('color', 'colour'));
    assert.ok(spellingVariants('centre', 'center'));
    assert.ok(!spellingVariants('color', 'color'));
    assert.ok(!spellingVariants('colour', 'colours'));
    assert.ok(!spellingVariants('quantity', 'number'));
    assert.ok(spellingVariants('sceptical', 'skeptical'));
    assert.ok(spellingVariants('oestrogen', 'estrogen'));
    assert.ok(spellingVariants('anaesthetised', 'anesthetized'));
    assert.ok(!spellingVariants('promise', 'premise'));
    assert.ok(!spellingVariants('grey', 'great'));
  });

  it('knows British and American names of one thing, and everyday clippings', () => {
    assert.ok(dialectVariants('tinned', 'canned') && dialectVariants('canned', 'tinned'));
    assert.ok(dialectVariants('lorries', 'trucks') && dialectVariants('courgettes', 'zucchini'));
    // A British word may have several American ones, and a possessive counts as the word.
    assert.ok(dialectVariants("chemist's", 'pharmacy') && dialectVariants('chemist', 'drugstore'));
    assert.ok(!dialectVariants('tinned', 'tin') && !dialectVariants('truck', 'truck'));
    assert.ok(everydayClipping('mins') && everydayClipping('maths') && everydayClipping('exams') && everydayClipping('prof'));
    // Only the clipped side is a writer's choice; a spinner's "tues" for "Tuesday" is not listed.
    assert.ok(!everydayClipping('minutes') && !everydayClipping('tues'));
  });

  it("never proposes a respelling, the other dialect's word or the full form of a clipping", () => {
    const models = buildModels();
    const proposed = (text: string): string[] => checkDetailed(text, models, { minConfidence: 0 }).changes.map((c) => c.alternatives[0]?.edge.candidate?.original ?? '');
    const text = 'Stir in the tinned tomatoes and the chilli, then cook for 15 mins. Maths lessons resume in the autumn.';
    for (const original of proposed(text)) assert.ok(!['canned', 'chili', 'minutes', 'min', 'mathematics', 'math'].includes(original), original);
  });
});
