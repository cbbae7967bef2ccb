import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../src/core/text/tokenize.js';
import type { Token } from '../src/core/types.js';
import { check } from '../src/node/api.js';

/** Mulberry32: a small seeded generator, so failures reproduce. */
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

// Pieces that hit every branch of the scanner, plus raw characters.
const PIECES = [
  'word', 'Mr.', 'U.S.', 'e.g.', 'etc.', 'No.', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '.', '!', '?', '...', '…',
  ',', ';', ':', "'", '"', '“', '”', '‘', '’', '«', '»', '-', '–', '—', '--', '(', ')', '`', '```', '~~~', 'http://', 'https://x.y/z',
  'www.', '@', 'a@b.co', '£', '$', '%', '1', '2004', '1,200', '3.5', '1990s', '10th', 'don\'t', 'it’s', 'well-known',
  'É', 'ß', 'İ', '中文', '😀', '\u0301', '\u00a0', '\ufeff', 'x', 'A', 'J.', 'the word "quantity"', '#', '&', '\ud800',
];

function randomText(next: () => number, length: number): string {
  let s = '';
  while (s.length < length) {
    const r = next();
    if (r < 0.7) s += PIECES[Math.floor(next() * PIECES.length)] as string;
    else s += String.fromCharCode(Math.floor(next() * 0x3000));
  }
  return s;
}

/** Line/column of every offset, computed independently of the tokeniser. */
function places(text: string): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  let line = 1;
  let column = 1;
  for (let i = 0; i < text.length; i++) {
    out.push({ line, column });
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') {
      out.push({ line, column: column + 1 });
      i++;
      line++;
      column = 1;
    } else if (c === '\n' || c === '\r') {
      line++;
      column = 1;
    } else column++;
  }
  return out;
}

function checkInvariants(text: string, tokens: Token[]): void {
  assert.equal(tokens.map((t) => t.text).join(''), text, 'lossless');
  const at = places(text);
  let offset = 0;
  for (const t of tokens) {
    assert.ok(t.text.length > 0, 'no empty tokens');
    assert.equal(t.offset, offset, 'contiguous offsets');
    assert.equal(t.end, t.offset + t.text.length);
    assert.equal(text.slice(t.offset, t.end), t.text);
    const p = at[t.offset];
    assert.deepEqual({ line: t.line, column: t.column }, p, `place of ${JSON.stringify(t.text)} at ${t.offset}`);
    if (t.kind === 'newline') assert.match(t.text, /^(?:\r\n|\r|\n)$/);
    if (t.kind === 'space') assert.doesNotMatch(t.text, /[\r\n]/);
    offset = t.end;
  }
  assert.equal(offset, text.length);
}

const words = (text: string): string[] => tokenize(text).filter((t) => t.kind !== 'space' && t.kind !== 'newline').map((t) => t.text);
const kinds = (text: string): string[] => tokenize(text).filter((t) => t.kind !== 'space').map((t) => `${t.kind}:${t.text}`);
const ends = (text: string): string[] => tokenize(text).filter((t) => t.sentenceEnd).map((t) => `${t.offset}:${t.text}`);
const protectedText = (text: string): string[] => tokenize(text).filter((t) => t.protected && t.kind !== 'space').map((t) => t.text);

describe('tokenize: invariants', () => {
  it('is lossless with exact offsets and places on 400 random strings', () => {
    const next = rng(20240601);
    for (let k = 0; k < 400; k++) {
      const text = randomText(next, 1 + Math.floor(next() * 300));
      checkInvariants(text, tokenize(text));
    }
  });

  it('handles the empty string and lone characters', () => {
    assert.deepEqual(tokenize(''), []);
    for (const s of ['.', '\r', '\n', '\r\n', '`', '"', '£', '😀', '\ud800', 'a']) checkInvariants(s, tokenize(s));
  });

  it('counts \\r\\n as one line break and gives each break a newline token', () => {
    const tokens = tokenize('a\r\nb\rc\nd');
    assert.deepEqual(
      tokens.map((t) => [t.text, t.line, t.column]),
      [
        ['a', 1, 1],
        ['\r\n', 1, 2],
        ['b', 2, 1],
        ['\r', 2, 2],
        ['c', 3, 1],
        ['\n', 3, 2],
        ['d', 4, 1],
      ],
    );
    assert.deepEqual(tokens.filter((t) => t.kind === 'newline').length, 3);
  });
});

describe('tokenize: words and numbers', () => {
  it('keeps apostrophes and hyphens inside words', () => {
    assert.deepEqual(words("don't it’s BBC's o'clock well-known state-of-the-art COVID-19 20-year-old"), [
      "don't",
      'it’s',
      "BBC's",
      "o'clock",
      'well-known',
      'state-of-the-art',
      'COVID-19',
      '20-year-old',
    ]);
    // Quotes and dashes around words are separate.
    assert.deepEqual(words("'quoted' students' rock—roll a – b"), ["'", 'quoted', "'", 'students', "'", 'rock', '—', 'roll', 'a', '–', 'b']);
  });

  it('reads numbers as one token', () => {
    assert.deepEqual(kinds('1,200 3.5 20% £82.7m $5bn 2004 1990s 1990’s 10th 21st 1,2'), [
      'number:1,200',
      'number:3.5',
      'number:20%',
      'number:£82.7m',
      'number:$5bn',
      'number:2004',
      'number:1990s',
      'number:1990’s',
      'number:10th',
      'number:21st',
      'number:1',
      'punct:,',
      'number:2',
    ]);
    assert.deepEqual(kinds('3D 5km'), ['word:3D', 'word:5km']);
  });

  it('keeps abbreviations with their dots', () => {
    assert.deepEqual(words('Mr. Dr. U.S. e.g. i.e. etc. Jan. 5'), ['Mr.', 'Dr.', 'U.S.', 'e.g.', 'i.e.', 'etc.', 'Jan.', '5']);
    // "No." is an abbreviation only before a number.
    assert.deepEqual(words('No. 10 said no.'), ['No.', '10', 'said', 'no', '.']);
  });

  it('reads a US state after a place as an abbreviation, but not the same word elsewhere', () => {
    assert.deepEqual(words('RICHMOND, Va. — Springfield, Ill., police said'), ['RICHMOND', ',', 'Va.', '—', 'Springfield', ',', 'Ill.', ',', 'police', 'said']);
    assert.deepEqual(words('He fell ill. Ore. is mined.'), ['He', 'fell', 'ill', '.', 'Ore', '.', 'is', 'mined', '.']);
    assert.deepEqual(words('Thank you, Pa.'), ['Thank', 'you', ',', 'Pa', '.']);
    // At the end of a sentence it closes it, as "etc." does.
    assert.deepEqual(ends('He lives in Portland, Ore. The end'), ['22:Ore.']);
  });

  it('tells punctuation from symbols and keeps astral characters whole', () => {
    assert.deepEqual(kinds('a & b 😀 “c”'), ['word:a', 'symbol:&', 'word:b', 'symbol:😀', 'punct:“', 'word:c', 'punct:”']);
  });
});

describe('tokenize: sentence ends', () => {
  it('marks . ! ? that end sentences, not abbreviations or decimals', () => {
    const text = 'Mr. Smith paid 3.5 dollars. Really? Yes! The U.S. team won.';
    assert.deepEqual(ends(text), ['26:.', '34:?', '39:!', '58:.']);
  });

  it('does not end a sentence before a lower-case word or inside a file name', () => {
    assert.deepEqual(ends('He said "stop." and left. See file.txt now'), ['24:.']);
  });

  it('ends at an abbreviation that may close a sentence only before a capital', () => {
    assert.deepEqual(ends('apples, pears etc. The end'), ['14:etc.']);
    assert.deepEqual(ends('apples, pears etc. and more'), []);
  });

  it('treats initials and ellipses sensibly', () => {
    assert.deepEqual(ends('J. K. Rowling wrote... and wrote... Then'), ['32:...']);
  });

  it('ends a sentence at a paragraph break (blank line), once', () => {
    const tokens = tokenize('A title\n\nBody text.\n\n\nMore');
    const marked = tokens.filter((t) => t.sentenceEnd);
    assert.deepEqual(
      marked.map((t) => [t.kind, t.offset]),
      [
        ['newline', 8],
        ['punct', 18],
      ],
    );
    assert.deepEqual(ends('Line one\nline two'), []);
    // A Markdown heading is a sentence of its own; a hashtag is not a heading.
    assert.deepEqual(ends('## The title\nBody text\n#tag\nmore'), ['12:\n']);
    assert.deepEqual(ends('\n\nstart'), []);
  });
});

describe('tokenize: units after a degree sign', () => {
  it('protects C, F and compass points after °, not other words', () => {
    assert.deepEqual(protectedText('It was 20 °C and 68°F at 51°N.'), ['C', 'F', 'N']);
    assert.deepEqual(protectedText('Turn it 90° to the wall.'), []);
  });
});

describe('tokenize: invisible characters inside words', () => {
  it('keeps a word with a zero-width space, joiner or word joiner inside as one word', () => {
    const words = tokenize('The sta\u200bted plan, Quan\u200dtity 10, got\u2060here.').filter((t) => t.kind === 'word').map((t) => t.text);
    assert.deepEqual(words, ['The', 'sta\u200bted', 'plan', 'Quan\u200dtity', 'got\u2060here']);
  });

  it('does not let them hide a spun word from check', () => {
    const hidden = check('The minister said that Quan\u200btity 10 would reply successful the gathering on Monday.');
    assert.ok(hidden.messages.some((m) => m.actual === 'Quan\u200btity' && m.expected[0] === 'Number'), JSON.stringify(hidden.messages.map((m) => m.actual)));
  });
});

describe('tokenize: protected tokens', () => {
  it('protects list markers such as (ii), (b) and a line-initial iii), not the word ii elsewhere', () => {
    assert.deepEqual(protectedText('or (ii) ownership, or (b) control\n  iii) beneficial ownership (xxxviii)'), ['ii', 'b', 'iii', 'xxxviii']);
    assert.deepEqual(protectedText('the ii and mix) of (civil) rights'), []);
  });

  it('protects URLs and e-mail addresses without trailing punctuation', () => {
    const text = 'See https://example.com/a?b=1. Or www.bbc.co.uk/news, (http://x.org/wiki/A_(b)) or mail jo.e+x@mail.example.org.';
    assert.deepEqual(protectedText(text), ['https://example.com/a?b=1', 'www.bbc.co.uk/news', 'http://x.org/wiki/A_(b)', 'jo.e+x@mail.example.org']);
    assert.deepEqual(
      tokenize(text).filter((t) => t.protected).map((t) => t.kind),
      ['url', 'url', 'url', 'email'],
    );
  });

  it('protects inline code and fenced code blocks', () => {
    const text = 'Run `npm test` now.\n\n```ts\nconst x = "in the";\n```\nafter ``a ` b`` end';
    assert.deepEqual(protectedText(text), ['`npm test`', '```ts\nconst x = "in the";\n```', '``a ` b``']);
    // An unmatched backtick is punctuation; an inline code span does not cross a blank line.
    assert.deepEqual(protectedText('a ` b\n\nc ` d'), []);
    // An unclosed fence runs to the end of the input.
    assert.deepEqual(protectedText('x\n~~~\ncode'), ['~~~\ncode']);
  });

  it('protects Markdown reference labels and footnotes, not the link text', () => {
    assert.deepEqual(protectedText('the dynamic linker][fl].'), ['[', 'fl', ']']);
    assert.deepEqual(protectedText('See [the docs][api ref] now.'), ['[', 'api', 'ref', ']']);
    assert.deepEqual(protectedText('[^restrict]: Some use cases'), ['[', '^', 'restrict', ']']);
    assert.deepEqual(protectedText('  [fl]: see the list'), ['[', 'fl', ']']);
    // Brackets in prose, and a label not at the start of its line, are prose.
    assert.deepEqual(protectedText('A [plain] bracket and [x]: y; text[1]: note'), []);
    // A shortcut reference is its own label, when the text defines it.
    assert.deepEqual(protectedText('They [issued forth] at dawn.\n\n[Issued  Forth]: https://example.com'), ['[', 'issued', 'forth', ']', '[', 'Issued', 'Forth', ']', 'https://example.com']);
    assert.deepEqual(protectedText('They [issued forth] at dawn.'), []);
    // Definitions after CRLF line breaks, indented up to three spaces.
    assert.deepEqual(protectedText('See [x][fl].\r\n\r\n   [fl]: /a\r\n'), ['[', 'fl', ']', '[', 'fl', ']']);
  });

  it('protects paths and file names, not the words around them', () => {
    assert.deepEqual(protectedText('See [API documentation](./docs/api.md) first.'), ['.', '/', 'docs', '/', 'api', '.', 'md']);
    assert.deepEqual(protectedText('Read contributing.md and node.js docs, and/or ask.'), ['contributing', '.', 'md', 'node', '.', 'js', 'and', '/', 'or']);
    // Sentences, decimals, initialisms and a slash between spaces are prose.
    assert.deepEqual(protectedText('He left. Then it cost 3.5m in the U.S. and 1 / 2 of it.'), []);
    assert.deepEqual(protectedText('See .gitignore and README.MD here.'), ['.', 'gitignore', 'README', '.', 'MD']);
    // A missing space after a full stop is no file name; a dash ends a run.
    assert.deepEqual(protectedText('He left.then came home.and rules—i.e. more'), []);
  });

  it('protects quoted mentions by the documented rule', () => {
    assert.deepEqual(protectedText('the word "quantity" here'), ['"', 'quantity', '"']);
    assert.deepEqual(protectedText('the term ‘counterfeit consciousness’ is'), ['‘', 'counterfeit', 'consciousness', '’']);
    assert.deepEqual(protectedText('it is known as “the big one” locally'), ['“', 'the', 'big', 'one', '”']);
    assert.deepEqual(protectedText('a so-called "safety summit" was'), ['"', 'safety', 'summit', '"']);
    // A single quoted word needs no cue; a quoted sentence is not a mention.
    assert.deepEqual(protectedText('an “expert” said'), ['“', 'expert', '”']);
    assert.deepEqual(protectedText('He said “we will win the war” today'), []);
    // Five words are too many even after a cue; possessive apostrophes are not quotes.
    assert.deepEqual(protectedText('the phrase "one two three four five" is'), []);
    assert.deepEqual(protectedText("the students' books and the teachers' pens"), []);
  });
});

describe('tokenize: speed', () => {
  it('stays linear on 1 MB of adversarial input', () => {
    const size = 1 << 20;
    const patterns = ['a.', '` ``', 'a.a.', 'aaaa@', 'http://', '“a ', '1,000', 'e.g.', "'a", '```\n', '. ', 'x-', '£1.'];
    for (const p of patterns) {
      const text = p.repeat(Math.ceil(size / p.length));
      const t0 = performance.now();
      const tokens = tokenize(text);
      const ms = performance.now() - t0;
      assert.ok(tokens.length > 0);
      // Generous bound for a shared 2-core machine; quadratic behaviour would take minutes.
      assert.ok(ms < 5000, `${JSON.stringify(p)}: ${ms.toFixed(0)} ms`);
    }
  });
});
