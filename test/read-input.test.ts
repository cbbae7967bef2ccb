import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile, truncate, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import {
  InputError,
  decodeText,
  expandInputs,
  fileError,
  firstInvalidUtf8,
  formatMegabytes,
  globToRegExp,
  readStdin,
  readTextFile,
} from '../src/node/read-input.js';

let dir = '';
const at = (...parts: string[]): string => path.join(dir, ...parts);

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'unspin-read-'));
  await mkdir(at('tree', 'sub', 'deep'), { recursive: true });
  await mkdir(at('tree', '.git'), { recursive: true });
  await mkdir(at('tree', 'node_modules'), { recursive: true });
  await mkdir(at('empty-dir'));
  for (const f of ['tree/a.txt', 'tree/b.md', 'tree/c.js', 'tree/sub/d.markdown', 'tree/sub/deep/e.text', 'tree/sub/x.txt', 'tree/.git/f.txt', 'tree/node_modules/g.txt']) {
    await writeFile(at(...f.split('/')), `file ${f}\n`);
  }
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rejects(promise: Promise<unknown>, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof InputError, `InputError expected, got ${String(error)}`);
    assert.match(error.message, message);
    assert.doesNotMatch(error.message, /\n/);
    return true;
  });
}

describe('readTextFile', () => {
  it('reads UTF-8 text and strips a BOM', async () => {
    await writeFile(at('bom.txt'), Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Number 10 – ok\r\n')]));
    assert.equal(await readTextFile(at('bom.txt')), 'Number 10 – ok\r\n');
  });

  it('rejects missing files, directories, empty and white-space-only files', async () => {
    await rejects(readTextFile(at('nope.txt')), /nope\.txt: no such file or folder$/);
    await rejects(readTextFile(at('a.txt', 'x')), /no such file or folder$/);
    await rejects(readTextFile(at('tree')), /tree: is a directory$/);
    await writeFile(at('empty.txt'), '');
    await rejects(readTextFile(at('empty.txt')), /empty\.txt: is empty$/);
    await writeFile(at('blank.txt'), ' \n\t\r\n');
    await rejects(readTextFile(at('blank.txt')), /blank\.txt: is empty$/);
  });

  it('rejects binary data and invalid UTF-8, naming the byte offset', async () => {
    await writeFile(at('nul.bin'), Buffer.from('abc\u0000def'));
    await rejects(readTextFile(at('nul.bin')), /nul\.bin: looks binary/);
    await writeFile(at('ctl.bin'), Buffer.from('a\u0001\u0002\u0003b\u0004c'));
    await rejects(readTextFile(at('ctl.bin')), /ctl\.bin: looks binary \(57 % control characters\)/);
    await writeFile(at('latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    await rejects(readTextFile(at('latin1.txt')), /latin1\.txt: is not valid UTF-8 \(bad byte at offset 3\)/);
    await writeFile(at('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The plan.\n', 'utf16le')]));
    await rejects(readTextFile(at('utf16.txt')), /utf16\.txt: is UTF-16 text; unspin reads UTF-8/);
  });

  it('rejects files over the limit before reading them', async () => {
    await writeFile(at('big.txt'), '');
    await truncate(at('big.txt'), 25_300_000);
    await rejects(readTextFile(at('big.txt')), /big\.txt: is 25\.3 MB, over the 20 MB limit; split it or pass --max-size$/);
    await writeFile(at('small.txt'), 'x'.repeat(2000));
    await rejects(readTextFile(at('small.txt'), { maxBytes: 1000 }), /is 0\.002 MB, over the 0\.001 MB limit/);
  });

  it('maps file-system errors to one-line messages', () => {
    const err = (code: string): Error => Object.assign(new Error(`${code}: boom\nmore`), { code });
    assert.equal(fileError('a.txt', err('EACCES')).message, 'a.txt: cannot be read (permission denied)');
    assert.equal(fileError('a.txt', err('ENOENT')).message, 'a.txt: no such file or folder');
    assert.equal(fileError('a.txt', err('EIO')).message, 'a.txt: cannot be read (EIO: boom)');
  });

  it('reports an unreadable file', async (t) => {
    if (process.getuid?.() === 0) {
      t.skip('root can read any file');
      return;
    }
    await writeFile(at('secret.txt'), 'x');
    await chmod(at('secret.txt'), 0o000);
    await rejects(readTextFile(at('secret.txt')), /secret\.txt: cannot be read \(permission denied\)$/);
  });
});

describe('readStdin', () => {
  it('joins chunks (split inside a character) and decodes them', async () => {
    const bytes = Buffer.from('It’s fine');
    const stream = Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]);
    assert.equal(await readStdin({ stream }), 'It’s fine');
  });

  it('stops at the size limit and checks like a file', async () => {
    await rejects(readStdin({ stream: Readable.from(['x'.repeat(600), 'y'.repeat(600)]), maxBytes: 1000 }), /standard input: is over the 0\.001 MB limit/);
    await rejects(readStdin({ stream: Readable.from([]) }), /standard input: is empty/);
  });
});

describe('decoding helpers', () => {
  it('finds the first ill-formed UTF-8 sequence like the WHATWG decoder', () => {
    const cases: [number[], number][] = [
      [[0x61, 0x62], -1],
      [[0xe2, 0x80, 0x99], -1],
      [[0xf0, 0x9f, 0x98, 0x80], -1],
      [[0x61, 0xc0, 0x80], 1], // overlong
      [[0xed, 0xa0, 0x80], 0], // surrogate
      [[0x61, 0x62, 0xe2, 0x80], 2], // truncated
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0x80], 0],
    ];
    for (const [bytes, expected] of cases) {
      const u8 = Uint8Array.from(bytes);
      assert.equal(firstInvalidUtf8(u8), expected, bytes.join(','));
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(u8);
      } catch {
        valid = false;
      }
      assert.equal(valid, expected === -1, `decoder agrees on ${bytes.join(',')}`);
    }
    assert.throws(() => decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xff]), 'x'), /offset 4/);
  });

  it('formats sizes in decimal megabytes', () => {
    assert.equal(formatMegabytes(25_300_000), '25.3 MB');
    assert.equal(formatMegabytes(20_000_000), '20 MB');
    assert.equal(formatMegabytes(1_234_567), '1.23 MB');
  });
});

describe('expandInputs', () => {
  const rel = (files: string[]): string[] => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));

  it('expands folders recursively to text files, skipping .git and node_modules', async () => {
    assert.deepEqual(rel(await expandInputs([at('tree')])), ['tree/a.txt', 'tree/b.md', 'tree/sub/d.markdown', 'tree/sub/deep/e.text', 'tree/sub/x.txt']);
  });

  it('expands globs with *, ** and ?', async () => {
    const g = (p: string): string => `${dir.split(path.sep).join('/')}/${p}`;
    assert.deepEqual(rel(await expandInputs([g('tree/*.txt')])), ['tree/a.txt']);
    assert.deepEqual(rel(await expandInputs([g('tree/**/*.txt')])), ['tree/a.txt', 'tree/sub/x.txt']);
    assert.deepEqual(rel(await expandInputs([g('tree/sub/?.markdown')])), ['tree/sub/d.markdown']);
    assert.deepEqual(rel(await expandInputs([g('tree/**')])), ['tree/a.txt', 'tree/b.md', 'tree/c.js', 'tree/sub/d.markdown', 'tree/sub/deep/e.text', 'tree/sub/x.txt']);
  });

  it('takes named files as they are, sorted and de-duplicated', async () => {
    assert.deepEqual(rel(await expandInputs([at('tree', 'c.js'), at('tree', 'sub'), at('tree', 'sub', 'x.txt')])), ['tree/c.js', 'tree/sub/d.markdown', 'tree/sub/deep/e.text', 'tree/sub/x.txt']);
  });

  it('names a pattern that matches nothing', async () => {
    await rejects(expandInputs([at('missing.txt')]), /missing\.txt: no such file or folder$/);
    await rejects(expandInputs([`${dir}/tree/*.pdf`]), /\*\.pdf: no files match$/);
    await rejects(expandInputs([at('empty-dir')]), /empty-dir: no \.txt \.md \.markdown \.text files in this folder$/);
  });

  it('turns globs into anchored expressions', () => {
    assert.ok(globToRegExp('**/*.md').test('a/b/c.md'));
    assert.ok(globToRegExp('**/*.md').test('c.md'));
    assert.ok(!globToRegExp('*.md').test('a/c.md'));
    assert.ok(globToRegExp('a?.txt').test('ab.txt'));
    assert.ok(!globToRegExp('a?.txt').test('a/.txt'));
    assert.ok(!globToRegExp('a.txt').test('abtxt'));
  });
});
