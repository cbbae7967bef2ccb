/**
 * End-to-end tests of the CLI, run as child processes from source (`src/cli/run.ts`). Each process
 * loads the models (~0.3 s), so cases are batched and run a few at a time.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MIN_CONFIDENCE } from '../src/core/check.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RUN = path.join(ROOT, 'src/cli/run.ts');
const FIXTURES = 'test/fixtures/cli';
const SPUN = `${FIXTURES}/spun.txt`;
const CLEAN = `${FIXTURES}/clean.txt`;
const FRENCH = `${FIXTURES}/french.txt`;
const CONCURRENCY = 3;
const ESC = '\u001b';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from the repository root; `stdin` is fed when given, else closed. */
function unspin(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...(options.env ?? {}) };
    if (options.env?.['NO_COLOR'] === undefined) delete env['NO_COLOR'];
    if (options.env?.['FORCE_COLOR'] === undefined) delete env['FORCE_COLOR'];
    const child = spawn(process.execPath, ['--import', 'tsx', RUN, ...args], {
      cwd: ROOT,
      env,
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  });
}

interface JsonMessage {
  ruleId: string;
  reason: string;
  line: number;
  column: number;
  offset: number;
  endOffset: number;
  actual: string;
  expected: string[];
  confidence: number;
  note: string;
}
interface JsonResult {
  file: string;
  score: number | null;
  spunShare: number;
  language: string;
  restored: string;
  messages: JsonMessage[];
}

const RESULT_KEYS = ['file', 'score', 'spunShare', 'language', 'restored', 'messages'];
const MESSAGE_KEYS = ['ruleId', 'reason', 'line', 'column', 'offset', 'endOffset', 'actual', 'expected', 'confidence', 'note'];

/** Parses `check --format json` output, asserting the exact contract keys and their order. */
function parseReport(stdout: string): JsonResult[] {
  const parsed = JSON.parse(stdout) as unknown;
  assert.ok(Array.isArray(parsed));
  for (const r of parsed as Record<string, unknown>[]) {
    assert.deepEqual(Object.keys(r), RESULT_KEYS);
    assert.ok(Array.isArray(r['messages']));
    for (const m of r['messages'] as Record<string, unknown>[]) {
      assert.deepEqual(Object.keys(m), MESSAGE_KEYS);
      assert.ok(Array.isArray(m['expected']) && (m['expected'] as unknown[]).every((e) => typeof e === 'string'));
    }
  }
  return parsed as JsonResult[];
}

/** The text between findings: the input with every finding's span cut out. */
function outsideSpans(text: string, spans: readonly { start: number; end: number }[]): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const s of spans) {
    assert.ok(s.start >= at && s.end > s.start, 'findings are in order and do not overlap');
    pieces.push(text.slice(at, s.start));
    at = s.end;
  }
  pieces.push(text.slice(at));
  return pieces;
}

/** Asserts a one-line `unspin:` error with exit code 2 and no stack trace. */
function assertUsageError(run: Run, pattern: RegExp): void {
  assert.equal(run.code, 2, `exit code; stderr: ${run.stderr}`);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^unspin: [^\n]+\n$/, `one line on stderr: ${JSON.stringify(run.stderr)}`);
  assert.doesNotMatch(run.stderr, /\n\s+at |Error:/);
  assert.match(run.stderr, pattern);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'unspin-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const spunText = readFileSync(path.join(ROOT, SPUN), 'utf8');

describe('unspin CLI: help and version', { concurrency: CONCURRENCY }, () => {
  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await unspin(['--version']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, `${pkg.version}\n`);
  });

  for (const args of [['--help'], ['check', '--help'], ['restore', '--help'], ['spin', '--help']]) {
    it(`${args.join(' ')} exits 0 with examples`, async () => {
      const run = await unspin(args);
      assert.equal(run.code, 0);
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /Usage/);
      assert.match(run.stdout, /\nExamples\n {2}(unspin|cat|curl) /);
    });
  }
});

describe('unspin CLI: errors are one line with exit code 2', { concurrency: CONCURRENCY }, () => {
  const emptyDir = path.join(tmp, 'empty-folder');
  mkdirSync(emptyDir);
  const file = (name: string, content: string | Uint8Array): string => {
    const p = path.join(tmp, name);
    writeFileSync(p, content);
    return p;
  };
  const empty = file('empty.txt', '');
  const blank = file('blank.txt', ' \n\t\n');
  const binary = file('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
  const latin1 = file('latin1.txt', new Uint8Array([...Buffer.from('The caf'), 0xe9, ...Buffer.from(' opened.\n')]));
  const large = file('large.txt', 'The council said on Tuesday that the plan would go ahead.\n'.repeat(30));
  const learned = file('learned.table', '# unspin farm table v1\nsaid\tstated\t3\n');
  const cases: [string, string[], RegExp][] = [
    ['unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['unknown option', ['check', '--frobnicate', SPUN], /--frobnicate/],
    ['missing file', ['check', 'no/such/file.txt'], /no\/such\/file\.txt: no such file/],
    ['directory given to restore', ['restore', FIXTURES], /is a directory/],
    ['folder without text files', ['check', emptyDir], /no \.txt .* files in this folder/],
    ['empty file', ['check', empty], /empty\.txt: is empty/],
    ['white-space-only file', ['restore', blank], /blank\.txt: is empty/],
    ['binary file', ['check', binary], /binary\.txt: looks binary/],
    ['invalid UTF-8', ['check', latin1], /latin1\.txt: is not valid UTF-8 \(bad byte at offset 7\)/],
    ['file over --max-size', ['check', '--max-size', '0.001', large], /large\.txt: is 0\.002 MB, over the 0\.001 MB limit/],
    ['--format bogus', ['check', '--format', 'bogus', SPUN], /--format must be one of stylish, json, github/],
    ['--min-confidence 2', ['check', '--min-confidence', '2', SPUN], /--min-confidence must be a number from 0 to 1/],
    ['no input', ['check'], /no input/],
    ['spin without --style', ['spin', SPUN], /--style is required/],
    ['a negative value', ['check', '--min-confidence', '-0.5', SPUN], /--min-confidence needs a value; a value starting with "-" goes after "="/],
    ['a learned farm table given to spin', ['spin', CLEAN, '--style', 'table', '--table', learned], /learned\.table: this is a farm table from unspin learn/],
  ];
  for (const [name, args, pattern] of cases) {
    it(name, async () => assertUsageError(await unspin(args), pattern));
  }

  it('output that cannot be written: a full disk is one line and exit 2; a reader that stops early ends the run quietly', async () => {
    // Several times a pipe's buffer, so that the write after the reader leaves fails.
    const big = path.join(tmp, 'big-clean.txt');
    writeFileSync(big, `${readFileSync(path.join(ROOT, CLEAN), 'utf8')}\n`.repeat(Math.ceil(400_000 / readFileSync(path.join(ROOT, CLEAN)).length)));
    const run = (stdout: 'full' | 'closed'): Promise<Run> =>
      new Promise((resolve, reject) => {
        const full = stdout === 'full' ? openSync('/dev/full', 'w') : undefined;
        const child = spawn(process.execPath, ['--import', 'tsx', RUN, 'restore', big], { cwd: ROOT, stdio: ['ignore', full ?? 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        // Like `| head -c 1`: read once, then close the pipe while more is still to come.
        child.stdout?.once('data', () => child.stdout?.destroy());
        child.on('error', reject);
        child.on('close', (code) => {
          if (full !== undefined) closeSync(full);
          resolve({ code, stdout: '', stderr });
        });
      });
    assertUsageError(await run('full'), /cannot write the output: ENOSPC/);
    const closed = await run('closed');
    assert.equal(closed.stderr, '');
    assert.equal(closed.code, 0);
  });

  it('a bad file among good ones is named on stderr, the others are still reported, exit 2', async () => {
    const folder = path.join(tmp, 'mixed-folder');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a-empty.txt'), '');
    writeFileSync(path.join(folder, 'b-clean.txt'), readFileSync(path.join(ROOT, CLEAN)));
    writeFileSync(path.join(folder, 'c-spun.txt'), readFileSync(path.join(ROOT, SPUN)));
    const run = await unspin(['check', folder, '--format', 'json']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^unspin: .*a-empty\.txt: is empty\n$/);
    const results = parseReport(run.stdout);
    assert.deepEqual(results.map((r) => path.basename(r.file)), ['b-clean.txt', 'c-spun.txt']);
    assert.ok((results[1]?.messages.length ?? 0) >= 8);
  });

  it('learn: a table from JSONL pairs on stdout; a missing input is one line and exit 2', async () => {
    const pairs = path.join(tmp, 'pairs.jsonl');
    writeFileSync(
      pairs,
      [
        { text: 'The greatest benefit came last year.', spun: 'The best profit got here last year.' },
        { text: 'It was the greatest day. The money came in.', spun: 'It was the best day. The money got here in.' },
      ]
        .map((p) => JSON.stringify(p))
        .join('\n') + '\n',
    );
    const run = await unspin(['learn', pairs, '-o', '-']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^# learned from 2 pairs: 3 substitutions, 5 occurrences$/m);
    assert.match(run.stdout, /^came\tgot here\t2\t/m);
    const missing = await unspin(['learn', path.join(tmp, 'none.jsonl'), '-o', '-']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^unspin: .*none\.jsonl: no such file or folder\n$/);
  });

  it('a missing path or an empty glob among good files is named on stderr, the others are still reported, exit 2', async () => {
    const run = await unspin(['check', CLEAN, 'no-such-file.txt', 'nothing-*.nomatch', SPUN, '--format', 'json']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^unspin: no-such-file\.txt: no such file or folder\nunspin: nothing-\*\.nomatch: no files match\n$/);
    assert.deepEqual(parseReport(run.stdout).map((r) => r.file), [CLEAN, SPUN]);
  });
});

describe('unspin CLI: check', { concurrency: CONCURRENCY }, () => {
  it('exits 0 on clean English text, without colour under NO_COLOR', async () => {
    const run = await unspin(['check', CLEAN], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /clean\.txt/);
    assert.doesNotMatch(run.stdout, /warning {2}/);
    assert.ok(!run.stdout.includes(ESC));
  });

  it('exits 1 on spun text, listing findings; NO_COLOR removes every ANSI escape', async () => {
    const [plain, forced] = await Promise.all([
      unspin(['check', SPUN], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }),
      unspin(['check', SPUN], { env: { FORCE_COLOR: '1' } }),
    ]);
    assert.equal(plain.code, 1, plain.stderr);
    assert.match(plain.stdout, /^test\/fixtures\/cli\/spun\.txt$/m);
    assert.match(plain.stdout, /^ {2}1:\d+ +warning {2}beryllium -> be \(spun \d\.\d\d\) +unspin\/synonym-swap$/m);
    assert.match(plain.stdout, /successful -> in/);
    assert.match(plain.stdout, /betwixt -> between/);
    assert.ok(!plain.stdout.includes(ESC));
    // The same run with colour forced does use escapes, so the check above can fail.
    assert.equal(forced.code, 1);
    assert.ok(forced.stdout.includes(`${ESC}[`));
  });

  it('--format json keeps the contract on a glob: clean, French and spun files', async () => {
    const run = await unspin(['check', `${FIXTURES}/*.txt`, '--format', 'json']);
    assert.equal(run.code, 1, run.stderr);
    const results = parseReport(run.stdout);
    assert.deepEqual(results.map((r) => r.file), [CLEAN, FRENCH, SPUN]);
    const [clean, french, spun] = results as [JsonResult, JsonResult, JsonResult];

    assert.equal(clean.language, 'en');
    assert.deepEqual(clean.messages, []);
    assert.ok(clean.score !== null && clean.score < 0.5);
    assert.equal(clean.restored, readFileSync(path.join(ROOT, CLEAN), 'utf8'));

    assert.equal(french.language, 'fr');
    assert.equal(french.score, null);
    assert.deepEqual(french.messages, []);

    assert.equal(spun.language, 'en');
    assert.ok(spun.score !== null && spun.score > 0.5);
    assert.ok(spun.spunShare > 0.05 && spun.spunShare < 0.6);
    assert.ok(spun.messages.length >= 8);
    const lines = spunText.split('\n');
    for (const m of spun.messages) {
      assert.equal(spunText.slice(m.offset, m.endOffset), m.actual);
      assert.equal(lines[m.line - 1]?.slice(m.column - 1, m.column - 1 + m.actual.length), m.actual);
      assert.ok(m.confidence >= DEFAULT_MIN_CONFIDENCE && m.confidence <= 1);
      assert.ok(m.expected.length >= 1 && m.expected[0] !== m.actual);
      assert.equal(m.ruleId.startsWith('unspin/'), true);
    }
    assert.ok(spun.messages.some((m) => m.actual === 'successful' && m.expected[0] === 'in'));
    assert.ok(spun.messages.some((m) => m.actual === 'beryllium' && m.expected[0] === 'be'));
  });

  it('a folder expands to its text files', async () => {
    const run = await unspin(['check', FIXTURES, '--format', 'json']);
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(parseReport(run.stdout).map((r) => r.file), [CLEAN, FRENCH, SPUN]);
  });

  it('non-English input alone: its language, score null, exit 0, and why on stderr (json) or as a notice (github)', async () => {
    const run = await unspin(['check', FRENCH, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const [r] = parseReport(run.stdout);
    assert.equal(r?.language, 'fr');
    assert.equal(r?.score, null);
    assert.match(run.stderr, /^unspin: note: .*french\.txt: no verdict \(language fr\): The text looks like French/m);
    const github = await unspin(['check', FRENCH, '--format', 'github']);
    assert.equal(github.code, 0, github.stderr);
    assert.match(github.stdout, /^::notice file=.*french\.txt,title=unspin::no verdict \(language fr\)/m);
  });

  it('a French paragraph in an English text: a verdict, and what went unchecked on stderr (json) or as a notice (github)', async () => {
    const text = `${readFileSync(SPUN, 'utf8').trim()}\n\n${readFileSync(FRENCH, 'utf8')}`;
    const run = await unspin(['check', '--stdin', '--format', 'json'], { stdin: text });
    assert.equal(run.code, 1, run.stderr);
    const [r] = parseReport(run.stdout);
    assert.equal(r?.language, 'en');
    assert.ok(r?.score !== null && r?.score !== undefined && r.score > 0.5);
    assert.match(run.stderr, /^unspin: note: .*: score \d\.\d\d, spun share \d+ %; 1 paragraph \(\d+ % of the words, language fr\) is not English and was not checked\.$/m);
    const github = await unspin(['check', '--stdin', '--format', 'github'], { stdin: text });
    assert.match(github.stdout, /^::notice file=.*,title=unspin::score .*language fr\) is not English/m);
  });

  it('--format github prints one ::warning per finding and a summary', async () => {
    const run = await unspin(['check', SPUN, '--format', 'github']);
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    const warnings = lines.filter((l) => l.startsWith('::'));
    assert.ok(warnings.length >= 8);
    for (const l of warnings) {
      assert.match(l, /^::warning file=test\/fixtures\/cli\/spun\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=unspin\/[a-z-]+::\S.* -> .+$/);
    }
    assert.match(lines[lines.length - 1] ?? '', /^unspin: /);
  });
});

describe('unspin CLI: restore', { concurrency: CONCURRENCY }, () => {
  // Odd layout on purpose: CRLF, tabs, double spaces, punctuation against words, no final newline.
  const messy = spunText.replace(/\n/g, '\r\n').replace('The prime', '\tThe  prime').replace('week.', 'week…!') + '  (It will beryllium held today)';

  it('--stdin: changes only the finding spans, byte for byte elsewhere', async () => {
    const [report, restored] = await Promise.all([
      unspin(['check', '--stdin', '--format', 'json'], { stdin: messy }),
      unspin(['restore', '--stdin'], { stdin: messy }),
    ]);
    assert.equal(report.code, 1, report.stderr);
    assert.equal(restored.code, 0, restored.stderr);
    const [r] = parseReport(report.stdout);
    assert.ok(r !== undefined && r.file === '<stdin>' && r.messages.length >= 8);
    assert.equal(restored.stdout, r.restored);
    // Cut the finding spans out of the input, and their replacements out of the output.
    const inputPieces = outsideSpans(messy, r.messages.map((m) => ({ start: m.offset, end: m.endOffset })));
    let shift = 0;
    const outputSpans = r.messages.map((m) => {
      const replacement = m.expected[0] ?? '';
      const span = { start: m.offset + shift, end: m.offset + shift + replacement.length };
      assert.equal(restored.stdout.slice(span.start, span.end), replacement);
      shift += replacement.length - (m.endOffset - m.offset);
      return span;
    });
    assert.deepEqual(outsideSpans(restored.stdout, outputSpans), inputPieces);
    assert.equal(restored.stdout.length, messy.length + shift);
    assert.notEqual(restored.stdout, messy);
    assert.match(restored.stdout, /^\tThe {2}prime minister/);
    assert.ok(restored.stdout.endsWith('  (It will be held today)'));
  });

  it('a file gives the same text as --stdin; clean text comes back unchanged', async () => {
    const [fromFile, clean] = await Promise.all([unspin(['restore', SPUN]), unspin(['restore', CLEAN])]);
    assert.equal(fromFile.code, 0, fromFile.stderr);
    assert.match(fromFile.stdout, /would be ready to publish the plan next week\./);
    assert.equal(fromFile.stdout.split('\n').length, spunText.split('\n').length);
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout, readFileSync(path.join(ROOT, CLEAN), 'utf8'));
  });

  it('writes a byte-order mark back when the input has one', async () => {
    const text = readFileSync(path.join(ROOT, CLEAN), 'utf8');
    const file = path.join(tmp, 'bom.txt');
    writeFileSync(file, `\uFEFF${text}`);
    const out = await unspin(['restore', file]);
    assert.equal(out.code, 0, out.stderr);
    assert.equal(out.stdout, `\uFEFF${text}`);
  });
});

describe('unspin CLI: spin', { concurrency: CONCURRENCY }, () => {
  const clean = readFileSync(path.join(ROOT, CLEAN), 'utf8');
  const args = ['--style', 'wordnet', '--rate', '0.3', '--seed', '1'];

  it('is deterministic, the same from a file and from --stdin, and its alignment slices match', async () => {
    const alignment = path.join(tmp, 'out.json');
    const [a, b, c, other] = await Promise.all([
      unspin(['spin', CLEAN, ...args, '--alignment', alignment]),
      unspin(['spin', CLEAN, ...args]),
      unspin(['spin', '--stdin', ...args], { stdin: clean }),
      unspin(['spin', CLEAN, '--style', 'wordnet', '--rate', '0.3', '--seed', '2']),
    ]);
    for (const run of [a, b, c, other]) assert.equal(run.code, 0, run.stderr);
    assert.notEqual(a.stdout, clean);
    assert.equal(a.stdout, b.stdout);
    assert.equal(a.stdout, c.stdout);
    assert.notEqual(a.stdout, other.stdout);

    const truth = JSON.parse(readFileSync(alignment, 'utf8')) as {
      substitutions: { original: { offset: number; end: number; text: string }; spun: { offset: number; end: number; text: string } }[];
    };
    assert.ok(truth.substitutions.length >= 3);
    for (const s of truth.substitutions) {
      assert.equal(clean.slice(s.original.offset, s.original.end), s.original.text);
      assert.equal(a.stdout.slice(s.spun.offset, s.spun.end), s.spun.text);
      assert.notEqual(s.original.text, s.spun.text);
    }
    // Outside the substitutions the spun text is the original, byte for byte.
    assert.deepEqual(
      outsideSpans(a.stdout, truth.substitutions.map((s) => ({ start: s.spun.offset, end: s.spun.end }))),
      outsideSpans(clean, truth.substitutions.map((s) => ({ start: s.original.offset, end: s.original.end }))),
    );
  });

  it('--style farm uses a share of the table, each chosen entry almost everywhere; it needs --table', async () => {
    const table = path.join(tmp, 'farm.table');
    writeFileSync(table, 'council\tauthority\nplan\tscheme\nsaid\tstated\nlanes\tpaths\n');
    const text = Array.from({ length: 20 }, () => 'The council said the plan for new lanes was ready.').join(' ');
    const run = await unspin(['spin', '--stdin', '--style', 'farm', '--table', table, '--rate', '0.5', '--seed', '4'], { stdin: text });
    assert.equal(run.code, 0, run.stderr);
    for (const [original, spun] of [['council', 'authority'], ['plan', 'scheme'], ['said', 'stated'], ['lanes', 'paths']]) {
      const left = run.stdout.split(` ${original} `).length - 1;
      const made = run.stdout.split(` ${spun} `).length - 1;
      // A chosen entry replaces its original at about 90 % of its 20 places; the others stay put.
      assert.ok((made >= 14 && left <= 6) || (made === 0 && left === 20), `${original}: ${left} left, ${made} spun`);
    }
    assertUsageError(await unspin(['spin', CLEAN, '--style', 'farm']), /--style farm needs --table FILE/);
  });
});
