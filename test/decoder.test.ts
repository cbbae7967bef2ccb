/**
 * The decoder on tiny hand-made models (a bigram table behind the NgramScorer surface, a channel
 * stub), then `checkText` on the real default models.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Candidate, Channel } from '../src/core/channel/types.js';
import { matchCase } from '../src/core/case.js';
import { checkDetailed, checkText } from '../src/core/check.js';
import { decodeSentence } from '../src/core/decode/beam.js';
import { anyLikely, buildEdges, edgeCost, pruneUnlikely, rateTerms, toSentences, type Edge, type LatticeOptions, type Sentence } from '../src/core/decode/lattice.js';
import { alternativesAt } from '../src/core/decode/posterior.js';
import type { NgramScorer } from '../src/core/decode/scorer.js';
import { tokenize } from '../src/core/text/tokenize.js';
import { verdictInputs, verdictScore } from '../src/core/verdict.js';
import { buildModels } from '../src/node/api.js';

/** A bigram model from a hand-written table: log10 P(w3 | w2), backing off to unigram - 1. */
class BigramLm implements NgramScorer {
  readonly bos = 0;
  readonly eos = 1;
  readonly unk = 2;
  private readonly names = ['<s>', '</s>', '<unk>'];
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly unigrams: Readonly<Record<string, number>>,
    private readonly bigrams: Readonly<Record<string, number>>,
  ) {
    for (const w of Object.keys(unigrams)) {
      this.ids.set(w, this.names.length);
      this.names.push(w);
    }
  }

  wordId(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  logProb(_w1: number, w2: number, w3: number): number {
    const unigram = this.unigrams[this.names[w3] ?? ''] ?? (w3 === this.eos ? -1 : -6);
    if (w2 < 0) return unigram;
    return this.bigrams[`${this.names[w2]} ${this.names[w3]}`] ?? unigram - 1;
  }
}

const lm = new BigramLm(
  { number: -2, quantity: -4, amount: -3, ten: -2, said: -2, he: -1.5, got: -3, here: -2.5, came: -2.5, on: -1.5, monday: -3, colour: -4, color: -3.5, the: -1 },
  {
    '<s> number': -1,
    'number ten': -0.5,
    'ten said': -0.5,
    'said </s>': -0.5,
    '<s> quantity': -3,
    '<s> he': -0.5,
    'he came': -1,
    'came on': -1,
    'on monday': -1,
    'monday </s>': -0.5,
    'he got': -2,
    'got here': -1.5,
    'here on': -3,
  },
);

function candidate(original: string, logP: number): Candidate {
  return { original, logP, source: 'wordnet', bySource: { wordnet: 10 ** logP } };
}

/** A channel from a table; records what it was asked. */
class StubChannel implements Channel {
  readonly asked: string[] = [];
  constructor(
    private readonly table: Readonly<Record<string, Candidate[]>>,
    private readonly heads: ReadonlySet<string> = new Set(),
  ) {}

  candidates(spun: string): readonly Candidate[] {
    this.asked.push(spun);
    return this.table[spun] ?? [];
  }

  mayStartPhrase(word: string): boolean {
    return this.heads.has(word);
  }
}

const channel = (): StubChannel =>
  new StubChannel(
    {
      quantity: [candidate('number', -1), candidate('amount', -0.7), candidate('measure', -0.5)],
      'got here': [candidate('came', -1)],
      got: [candidate('came', -2)],
      colour: [candidate('color', -0.3), candidate('the', -3)],
    },
    new Set(['got']),
  );

const OPTIONS: LatticeOptions = { maxCandidates: 8, maxSpan: 3, localKeep: 5 };

function sentenceOf(text: string, ch: Channel = channel()): Sentence {
  const [slots, ...rest] = toSentences(tokenize(text), lm);
  assert.ok(slots !== undefined && rest.length === 0);
  return { slots, edges: buildEdges(slots, ch, lm, OPTIONS) };
}

/** The words a path reads, keep edges as the input stands. */
function reading(sentence: Sentence, edges: readonly Edge[]): string {
  return edges.map((e) => e.candidate?.original ?? sentence.slots.slice(e.start, e.start + e.len).map((s) => s.lower).join(' ')).join(' ');
}

describe('toSentences', () => {
  const text = 'Quantity 10 said. He got here, on BBC Monday.';
  const sentences = toSentences(tokenize(text), lm);

  it('splits at sentence ends and keeps offsets into the input', () => {
    assert.deepEqual(sentences.map((s) => s.map((slot) => slot.text)), [['Quantity', '10', 'said'], ['He', 'got', 'here', 'on', 'BBC', 'Monday']]);
    for (const slot of sentences.flat()) assert.equal(text.slice(slot.start, slot.end), slot.text);
  });

  it('marks which slots may be replaced and which may join a phrase', () => {
    const second = sentences[1] ?? [];
    assert.deepEqual(second.map((s) => s.editable), [true, true, true, true, false, true]);
    // "here," : the comma stops a phrase from spanning "here on".
    assert.deepEqual(second.map((s) => s.joinsNext), [true, true, false, true, true, false]);
    assert.equal(sentences[0]?.[1]?.editable, false);
    assert.equal(sentences[0]?.[0]?.lower, 'quantity');
  });

  it('gives language-model ids: numbers spelled, unknown words as <unk>', () => {
    const first = sentences[0] ?? [];
    assert.deepEqual(first[0]?.ids, [lm.wordId('quantity')]);
    assert.deepEqual(first[1]?.ids, [lm.wordId('ten')]);
    const [other] = toSentences(tokenize('Zyzzyva said.'), lm);
    assert.deepEqual(other?.[0]?.ids, [lm.unk]);
  });
});

describe('buildEdges', () => {
  it('starts every slot with its keep edge, then channel candidates the LM knows', () => {
    const s = sentenceOf('Quantity 10 said.');
    assert.equal(s.edges.length, s.slots.length);
    s.edges.forEach((list, i) => {
      const keep = list[0];
      assert.equal(keep?.candidate, null);
      assert.equal(keep?.start, i);
      assert.equal(keep?.len, 1);
      assert.equal(keep?.kept, s.slots[i]?.editable ? 1 : 0);
    });
    const replacements = (s.edges[0] ?? []).slice(1);
    // "measure" is not in the language model's vocabulary: dropped.
    assert.deepEqual(replacements.map((e) => e.candidate?.original).sort(), ['amount', 'number']);
    for (const e of replacements) {
      assert.equal(e.logCh, e.candidate?.logP);
      assert.deepEqual(e.ids, [lm.wordId(e.candidate?.original ?? '')]);
    }
    // Numbers are not editable, so they get only the keep edge.
    assert.equal(s.edges[1]?.length, 1);
  });

  it('looks up phrases only across spaces and only after a possible phrase head', () => {
    const ch = channel();
    const s = sentenceOf('He got here, on Monday.', ch);
    const phrase = (s.edges[1] ?? []).find((e) => e.len === 2);
    assert.equal(phrase?.candidate?.original, 'came');
    assert.ok(ch.asked.includes('got here'));
    assert.ok(!ch.asked.includes('here on'), 'no phrase across the comma');
    assert.ok(!ch.asked.includes('he got'), '"he" is not a phrase head');
  });

  it('weighs a phrase against keeping the same slots, so both windows end on the same words', () => {
    const s = sentenceOf('He got here zyzzyva.');
    const phrase = (s.edges[1] ?? []).find((e) => e.len === 2);
    assert.ok(phrase?.local !== undefined);
    // Words before the edge, the edge's words, then the two slots after the span (here <unk>, </s>).
    const window = (ids: number[]): number => {
      const stream = [lm.bos, lm.wordId('he'), ...ids, lm.unk, lm.eos];
      let score = 0;
      for (let k = 2; k < stream.length; k++) score += lm.logProb(stream[k - 2] as number, stream[k - 1] as number, stream[k] as number);
      return score;
    };
    const expected = phrase.logCh + window([lm.wordId('came')]) - window([lm.wordId('got'), lm.wordId('here')]);
    assert.ok(Math.abs(phrase.local - expected) < 1e-9, `local ${phrase.local} vs ${expected}`);
  });

  it('drops candidates that are only a spelling variant, and keeps at most localKeep', () => {
    const s = sentenceOf('The colour said.');
    assert.deepEqual((s.edges[1] ?? []).slice(1).map((e) => e.candidate?.original), ['the']);
    const [slots] = toSentences(tokenize('Quantity 10 said.'), lm);
    const one = buildEdges(slots ?? [], channel(), lm, { ...OPTIONS, localKeep: 1 });
    assert.equal(one[0]?.length, 2);
    // The one kept is the best in context, not the best by channel alone ("amount").
    assert.equal(one[0]?.[1]?.candidate?.original, 'number');
  });
});

describe('decodeSentence', () => {
  it('restores the word the language model prefers and covers every slot once', () => {
    const s = sentenceOf('Quantity 10 said.');
    const path = decodeSentence(s, lm, 4, rateTerms(0.1));
    assert.equal(reading(s, path.edges), 'number 10 said');
    let next = 0;
    for (const e of path.edges) {
      assert.equal(e.start, next);
      next += e.len;
    }
    assert.equal(next, s.slots.length);
  });

  it('reports the path score: channel costs plus language model, </s> included', () => {
    const s = sentenceOf('Quantity 10 said.');
    const terms = rateTerms(0.1);
    const path = decodeSentence(s, lm, 4, terms);
    const ids = [lm.bos, ...path.edges.flatMap((e) => e.ids), lm.eos];
    let expected = path.edges.reduce((sum, e) => sum + edgeCost(e, terms), 0);
    for (let i = 1; i < ids.length; i++) expected += lm.logProb(ids[i - 2] ?? -1, ids[i - 1] as number, ids[i] as number);
    assert.ok(Math.abs(path.score - expected) < 1e-9);
  });

  it('keeps the input when substitutions are a priori rare', () => {
    const s = sentenceOf('Quantity 10 said.');
    assert.equal(reading(s, decodeSentence(s, lm, 4, rateTerms(1e-6)).edges), 'quantity 10 said');
  });

  it('prefers a phrase reading that fits, with a beam of one too', () => {
    const s = sentenceOf('He got here on Monday.');
    for (const width of [1, 6]) {
      const path = decodeSentence(s, lm, width, rateTerms(0.1));
      assert.equal(reading(s, path.edges), 'he came on monday');
      assert.equal(path.edges.find((e) => e.candidate !== null)?.len, 2);
    }
  });
});

describe('alternativesAt', () => {
  it('gives posteriors that sum to one, best first, keep reading included', () => {
    const s = sentenceOf('Quantity 10 said.');
    const terms = rateTerms(0.1);
    const path = decodeSentence(s, lm, 4, terms).edges;
    const index = path.findIndex((e) => e.candidate !== null);
    const alternatives = alternativesAt(s, path, index, lm, terms);
    assert.equal(alternatives.length, 3);
    const total = alternatives.reduce((sum, a) => sum + a.posterior, 0);
    assert.ok(Math.abs(total - 1) < 1e-9);
    for (let i = 1; i < alternatives.length; i++) assert.ok((alternatives[i - 1]?.posterior ?? 0) >= (alternatives[i]?.posterior ?? 0));
    assert.equal(alternatives[0]?.edge, path[index]);
    assert.ok((alternatives[0]?.posterior ?? 0) > 0.5);
    assert.equal(alternatives.filter((a) => a.edge.candidate === null).length, 1);
  });

  it('scores a phrase against the keep reading of all its slots', () => {
    const s = sentenceOf('He got here on Monday.');
    const terms = rateTerms(0.1);
    const path = decodeSentence(s, lm, 4, terms).edges;
    const index = path.findIndex((e) => e.candidate !== null);
    const alternatives = alternativesAt(s, path, index, lm, terms);
    const keep = alternatives.find((a) => a.edge.candidate === null);
    assert.deepEqual(keep?.edge.ids, [lm.wordId('got'), lm.wordId('here')]);
    assert.equal(keep?.edge.kept, 2);
    assert.ok(Math.abs(alternatives.reduce((sum, a) => sum + a.posterior, 0) - 1) < 1e-9);
  });
});

describe('matchCase', () => {
  it('carries the input case over to the original', () => {
    assert.equal(matchCase('Quantity', 'number'), 'Number');
    assert.equal(matchCase('quantity', 'number'), 'number');
    assert.equal(matchCase('NASA', 'agency'), 'AGENCY');
    assert.equal(matchCase('Successful the', 'in the'), 'In the');
    assert.equal(matchCase('successful the', 'in the'), 'in the');
    assert.equal(matchCase('GOT HERE', 'came'), 'CAME');
    // One capital letter is a capitalised word, not an acronym.
    assert.equal(matchCase('A', 'an'), 'An');
  });

  it('keeps the capitals of a name word by word', () => {
    assert.equal(matchCase('Downing Avenue', 'downing street'), 'Downing Street');
    assert.equal(matchCase('Home of Commons', 'house of commons'), 'House of Commons');
    assert.equal(matchCase('Nationwide Well being Service', 'national health service'), 'National Health Service');
    assert.equal(matchCase('Financial institution of England', 'bank of england'), 'Bank of England');
    // Not a title: only the first capital carries over.
    assert.equal(matchCase('Making an attempt', 'trying'), 'Trying');
    assert.equal(matchCase('Subsequent week', 'next week'), 'Next week');
  });
});

describe('checkText on the default models', () => {
  const models = buildModels();

  it('restores "Quantity 10 Downing Street" to "Number 10"', () => {
    const text = 'Quantity 10 Downing Street said the prime minister would speak later.';
    const r = checkText(text, models);
    assert.equal(r.restored, 'Number 10 Downing Street said the prime minister would speak later.');
    const [f] = r.messages;
    assert.equal(r.messages.length, 1);
    assert.equal(f?.actual, 'Quantity');
    assert.equal(f?.expected[0], 'Number');
    assert.deepEqual([f?.line, f?.column, f?.offset, f?.endOffset], [1, 1, 0, 8]);
    assert.ok((f?.confidence ?? 0) >= 0.6 && (f?.confidence ?? 2) <= 1);
    assert.equal(r.language, 'en');
  });

  it('reports how surely a span is spun apart from how sure its original is', () => {
    // "planetary" is surely a spinner's word for leaders in news, but "global", "world" and
    // "international" all fit: the finding and the restoration stand on the first, the note and
    // originalConfidence give the second.
    const text = 'The Prime Minister met planetary leaders successful Brussels connected Tuesday for the archetypal clip since the election, arsenic talks astir the trade deal continued.';
    const r = checkText(text, models);
    const planetary = r.messages.find((m) => m.actual === 'planetary');
    assert.ok(planetary !== undefined, JSON.stringify(r.messages.map((m) => m.actual)));
    assert.ok(['global', 'world', 'international'].includes(planetary.expected[0] ?? ''), planetary.expected.join());
    assert.ok(planetary.confidence >= 0.88 && planetary.originalConfidence < 0.7, `${planetary.confidence} / ${planetary.originalConfidence}`);
    assert.match(planetary.note, /spun with probability 0\.9\d*, and "\w+" the original with probability 0\.[0-6]/);
    assert.match(r.restored, / leaders in Brussels on Tuesday for the first time since the election, as talks about the trade deal continued\.$/);
  });

  it('finds nothing in clean sentences', () => {
    for (const text of [
      'The council said on Tuesday that the new library would open in the spring.\nResidents welcomed the plan.',
      'Number 10 Downing Street said the prime minister would speak later.',
      'He came on Monday and is trying to win the vote next week.',
    ]) {
      const r = checkText(text, models);
      assert.deepEqual(r.messages, [], text);
      assert.equal(r.restored, text);
    }
  });

  it('places findings by line, column and offset, and keeps the input case in expected', () => {
    const text = 'First line is fine.\r\n\tHe lives successful London.\nSuccessful the morning, he left.';
    const r = checkText(text, models);
    const lines = text.split(/\r?\n/);
    assert.ok(r.messages.length >= 1);
    for (const m of r.messages) {
      assert.equal(text.slice(m.offset, m.endOffset), m.actual);
      assert.equal(lines[m.line - 1]?.slice(m.column - 1, m.column - 1 + m.actual.length), m.actual);
      assert.equal(r.restored.includes(m.expected[0] ?? '\u0000'), true);
    }
    const lower = r.messages.find((m) => m.actual === 'successful');
    assert.deepEqual([lower?.line, lower?.column, lower?.offset], [2, 11, 31]);
    assert.equal(lower?.expected[0], 'in');
    const upper = r.messages.find((m) => m.actual === 'Successful');
    assert.deepEqual([upper?.line, upper?.column, upper?.offset], [3, 1, 50]);
    assert.equal(upper?.expected[0], 'In');
    assert.equal(r.restored, 'First line is fine.\r\n\tHe lives in London.\nIn the morning, he left.');
    for (const m of r.messages) {
      for (const e of m.expected) assert.equal(/^\p{Lu}/u.test(e), /^\p{Lu}/u.test(m.actual), `${m.actual} -> ${e}`);
    }
  });
});

describe('checkText input checks', () => {
  const models = buildModels();
  it('names a text that is not a string and a threshold out of range', () => {
    assert.throws(() => checkText(null as unknown as string, models), /^TypeError: unspin: the text to check must be a string, got null$/);
    assert.throws(() => checkText(42 as unknown as string, models), /must be a string, got number/);
    assert.throws(() => checkText('Fine.', models, { minConfidence: 2 }), /^RangeError: unspin: minConfidence must be a number from 0 to 1, got 2$/);
  });
});

describe('checkText on capitals', () => {
  const models = buildModels();
  it('reads a headline in capitals as words and answers in capitals', () => {
    const text = 'QUANTITY 10 STATED THE PRIME MINISTER GOT HERE TO THE SUMMIT\n\nThe minister came on Tuesday.';
    assert.match(checkText(text, models).restored, /^QUANTITY 10 STATED THE PRIME MINISTER CAME TO THE SUMMIT\n/);
    const all = checkText(text, models, { minConfidence: 0 }).messages.map((m) => `${m.actual} -> ${m.expected[0]}`);
    assert.ok(all.includes('QUANTITY -> NUMBER'), all.join(', '));
    // An acronym in an ordinary sentence stays a name.
    assert.deepEqual(checkText('The US and the UK signed the deal on Monday.', models).messages, []);
  });

  it('leaves a long passage in capitals alone (licence boilerplate)', () => {
    const mit =
      'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE ' +
      'WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR ' +
      'COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE.';
    assert.deepEqual(checkText(mit, models).messages, []);
  });
});

describe('checkText on the farm example', () => {
  it('finds the phrase-table swaps of examples/farm-spun.txt and calls it spun', () => {
    const r = checkText(readFileSync(new URL('../examples/farm-spun.txt', import.meta.url), 'utf8'), buildModels());
    const found = r.messages.map((m) => `${m.actual} -> ${m.expected[0]}`);
    assert.ok(found.includes('making an attempt -> trying') && found.includes('Lots of of -> Hundreds of'), found.join(', '));
    assert.ok(found.length >= 6, found.join(', '));
    assert.ok(r.score !== null && r.score > 0.9, `score ${r.score}`);
  });
});

describe('checkText on British English', () => {
  const models = buildModels();

  // Three recipes written for these tests, in British English: "tinned", "chilli", "coriander",
  // "yoghurt", "soured cream", "self-raising flour", "mins". The American language model prefers
  // "canned", "chili", "sour", "minutes"; before such words stopped being evidence, one scored 0.91,
  // another 0.99 with three findings. The verdict's even point moves a little with each refit, so
  // the score is held well below those, not at 0.5.
  for (const name of ['chana-masala', 'shepherds-pie', 'victoria-sponge']) {
    it(`accuses nothing in ${name}.txt`, () => {
      const r = checkText(readFileSync(new URL(`fixtures/british/${name}.txt`, import.meta.url), 'utf8'), models);
      assert.deepEqual(r.messages.map((m) => `${m.actual} -> ${m.expected[0]}`), []);
      assert.ok(r.score !== null && r.score < 0.6, `score ${r.score}`);
    });
  }
});

describe('anyLikely', () => {
  it('says whether pruneUnlikely leaves a replacement, at any rate and floor', () => {
    const models = buildModels();
    const text = readFileSync(new URL('../examples/spun.txt', import.meta.url), 'utf8') + readFileSync(new URL('../examples/original.txt', import.meta.url), 'utf8');
    let likely = 0;
    let unlikely = 0;
    for (const slots of toSentences(tokenize(text), models.lm)) {
      const sentence = { slots, edges: buildEdges(slots, models.channel, models.lm, { maxCandidates: 6, maxSpan: 4, localKeep: 6 }) };
      for (const rate of [0.01, 0.1, 0.4]) {
        for (const floor of [1e-3, 0.1]) {
          const expected = pruneUnlikely(sentence, rateTerms(rate), floor).edges.some((list) => list.length > 1);
          assert.equal(anyLikely(sentence, rateTerms(rate), floor), expected);
          if (expected) likely++;
          else unlikely++;
        }
      }
    }
    assert.ok(likely > 0 && unlikely > 0, `${likely} / ${unlikely}`);
  });
});

describe('checkText: beam width', () => {
  it('gives the same findings with a very wide or unbounded beam, without running out of memory', () => {
    const models = buildModels();
    const text = readFileSync(new URL('../examples/spun.txt', import.meta.url), 'utf8');
    const six = checkDetailed(text, models, { beamWidth: 6 }).result.messages.length;
    assert.equal(checkDetailed(text, models, { beamWidth: 1e7 }).result.messages.length, six);
    assert.equal(checkDetailed(text, models, { beamWidth: Infinity }).result.messages.length, six);
  });
});

describe('checkText: hard-wrapped text', () => {
  const models = buildModels();

  // Written for these tests: the same spun sentence on one line and wrapped inside its phrases.
  it('finds a phrase wrapped over two lines as on one line, and restores it on two lines', () => {
    const wrapped = 'Quantity 10 stated the talks will resume subsequent\nweek, and the minister is aware\nof the risks fairly\nthan the rewards.';
    const flat = wrapped.replace(/\n/g, ' ');
    const a = checkDetailed(wrapped, models).result;
    const b = checkDetailed(flat, models).result;
    assert.deepEqual(a.messages.map((m) => [m.offset, m.expected[0]]), b.messages.map((m) => [m.offset, m.expected[0]]));
    assert.ok(a.messages.some((m) => m.actual === 'subsequent\nweek'), JSON.stringify(a.messages.map((m) => m.actual)));
    assert.match(a.restored, /resume next\nweek,/);
  });
});

describe('checkText: a verdict needs two findings', () => {
  const models = buildModels();

  // A casual forum post written for these tests ("knackered", "2 quid", "10 mins", "wd40"): before
  // the rule, a few doubtful words below the finding threshold scored it 0.80 with nothing to show.
  it('halves the score of a text without a finding, so it stays below 0.5', () => {
    const text = readFileSync(new URL('fixtures/casual/forum.txt', import.meta.url), 'utf8');
    const { result, changes } = checkDetailed(text, models);
    assert.deepEqual(result.messages, []);
    assert.ok(changes.some((c) => c.spunConfidence >= 0.5), 'the text has doubtful words');
    assert.ok(result.score !== null && result.score < 0.5, `score ${result.score}`);
  });

  // Written for these tests: plain English that reads like a spinner's "in the moment" (it scored
  // 0.83 with its one finding before the rule), and a spun headline with several.
  it('halves the score of a sentence with one finding; a spun sentence with several keeps it', () => {
    const one = checkDetailed('The second launch was successful the moment the weather cleared, and the crew cheered.', models).result;
    assert.equal(one.messages.length, 1);
    assert.ok(one.score !== null && one.score < 0.5, `score ${one.score}`);
    const spun = checkDetailed('Quantity 10 stated successful the gathering that the leader got here late.', models).result;
    assert.ok(spun.messages.length >= 2 && spun.score !== null && spun.score > 0.5, `${spun.messages.length} findings, score ${spun.score}`);
  });
});

describe('verdict', () => {
  const model = { intercept: 19, logShare: 4, gain: 0.1, priorWords: 100, priorShare: 0.002, provenance: 'test' };

  it('weighs a share by the words behind it: one doubtful word in a sentence proves little', () => {
    const sentence = verdictScore(model, { spunShare: 0.04, gainPerWord: 0.3, words: 14 });
    const article = verdictScore(model, { spunShare: 0.04, gainPerWord: 0.3, words: 800 });
    assert.ok(sentence < 0.5, `sentence ${sentence}`);
    assert.ok(article > 0.99, `article ${article}`);
    // Without a prior the share is taken at face value.
    assert.equal(verdictScore({ ...model, priorWords: 0 }, { spunShare: 0.04, gainPerWord: 0.3, words: 14 }), verdictScore({ ...model, priorWords: 0 }, { spunShare: 0.04, gainPerWord: 0.3, words: 800 }));
  });

  it('shrinks an empty text to the prior', () => {
    assert.deepEqual(verdictInputs(model, { spunShare: 0, gainPerWord: 0, words: 0 }), { logShare: Math.log(0.002 + 0.001), gain: 0 });
  });
});

describe('lattice: names', () => {
  it('takes acronyms, plural ones too, as they stand', () => {
    const models = buildModels();
    const [slots] = toSentences(tokenize('The MPs and the BBC met PCs.'), models.lm);
    assert.deepEqual((slots ?? []).filter((s) => !s.editable).map((s) => s.text), ['MPs', 'BBC', 'PCs']);
  });

  it('proposes no thesaurus original for a span with a capital inside, but a farm table may', () => {
    const models = buildModels();
    const text = 'He met the Chancellor of the Exchequer in Downing Avenue.';
    const [slots] = toSentences(tokenize(text), models.lm);
    const edges = buildEdges(slots ?? [], models.channel, models.lm, { maxCandidates: 6, maxSpan: 4, localKeep: 8 });
    const phrases = edges.flat().filter((e) => e.len > 1 && e.candidate !== null);
    assert.ok(models.channel.candidates('chancellor of the exchequer').length > 0, 'the lexicon knows the phrase');
    assert.ok(!phrases.some((e) => e.candidate?.original === 'chancellor'));
    assert.ok(phrases.some((e) => e.candidate?.original === 'downing street'));
  });

  it('still reads a headline in title case for spun phrases', () => {
    const models = buildModels();
    const [slots] = toSentences(tokenize('The Plan Was Backed To The Highest Degree By Voters'), models.lm);
    const edges = buildEdges(slots ?? [], models.channel, models.lm, { maxCandidates: 6, maxSpan: 4, localKeep: 8 });
    assert.ok(edges.flat().some((e) => e.len > 1 && e.candidate?.original === 'most'));
  });
});

describe('lattice: run-time tables', () => {
  it('scores a learned original even when more frequent originals outrank it a priori', () => {
    // A farm that once wrote "nice" for "aardvark" (and 49 other things for it): a rare original with
    // a small learned probability, far down the a-priori order.
    const spuns = new Map([['nice', 1], ...Array.from({ length: 49 }, (_, i): [string, number] => [`zy${i}`, 1])]);
    const models = buildModels({ learned: new Map([['aardvark', spuns]]) });
    const lm = models.lm;
    const prior = (c: Candidate): number => c.logP + lm.logProb(-1, -1, lm.wordId(c.original));
    const order = [...models.channel.candidates('nice')].filter((c) => lm.wordId(c.original) >= 0).sort((a, b) => prior(b) - prior(a));
    assert.ok(order.findIndex((c) => c.original === 'aardvark') >= 6, 'the example must rank below the first six');
    const [slots] = toSentences(tokenize('He was a nice man.'), lm);
    const edges = buildEdges(slots ?? [], models.channel, lm, { maxCandidates: 6, maxSpan: 4, localKeep: 8 });
    assert.ok(edges[3]?.some((e) => e.candidate?.original === 'aardvark'));
  });
});

describe('lattice: the channel fast path', () => {
  it('gives at most maxCandidates per span, whatever an earlier call asked for', () => {
    const models = buildModels();
    const [slots] = toSentences(tokenize('The archetypal gathering betwixt the leaders was held successful Washington.'), models.lm);
    const count = (max: number): number[] => buildEdges(slots ?? [], models.channel, models.lm, { maxCandidates: max, maxSpan: 1, localKeep: 99 }).map((list) => list.length - 1);
    const wide = count(30);
    assert.ok(Math.max(...wide) > 2);
    assert.ok(Math.max(...count(2)) <= 2);
  });

  it('gives the same edges as ranking every candidate', () => {
    const models = buildModels();
    const channel = models.channel;
    // The same channel without byPrior: the lattice then ranks all candidates itself.
    const generic: Channel = {
      candidates: (spun) => channel.candidates(spun),
      mayStartPhrase: (word) => channel.mayStartPhrase(word),
      mayExtendPhrase: (prefix) => channel.mayExtendPhrase?.(prefix) ?? true,
    };
    const text = 'The prime minister got here to Quantity 10 successful the morning, making an attempt to meet the archetypal leaders betwixt talks.';
    const options: LatticeOptions = { maxCandidates: 6, maxSpan: 4, localKeep: 4 };
    const show = (edges: Edge[][]): string[][] => edges.map((list) => list.map((e) => `${e.len}:${e.candidate?.original ?? 'keep'}`));
    for (const slots of toSentences(tokenize(text), models.lm)) {
      assert.deepEqual(show(buildEdges(slots, channel, models.lm, options)), show(buildEdges(slots, generic, models.lm, options)));
    }
  });
});

describe('checkText: progress', () => {
  it('reports the characters done after each chunk of a long text, ending at the total', () => {
    const models = buildModels();
    const paragraph = 'The committee met on Monday to discuss the budget, and the minister said the plan would be published next week.\n\n';
    const text = paragraph.repeat(Math.ceil(130_000 / paragraph.length));
    const seen: Array<[number, number]> = [];
    checkText(text, models, { onProgress: (done, total) => seen.push([done, total]) });
    assert.ok(seen.length >= 2, `${seen.length} calls`);
    assert.ok(seen.every(([done, total], i) => total === text.length && done > (seen[i - 1]?.[0] ?? 0)));
    assert.equal(seen[seen.length - 1]?.[0], text.length);
  });
});
