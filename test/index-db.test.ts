import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainSourceModel } from '../src/core/source/classes.js';
import { SourceIndex } from '../src/node/index-db.js';
import { expandIndexInputs, parseJsonlLine, readIndexDocuments } from '../src/node/index-input.js';

const CHILD = new URL('./fixtures/source/kill-child.ts', import.meta.url).pathname;
const model = plainSourceModel();

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'unspin-index-'));
}

const ARTICLE =
  'The government announced a new railway line between the northern towns on Monday. Ministers said the project would cost four billion pounds and create thousands of jobs. Critics warned that the budget was unrealistic and that local communities had not been consulted about the route.';
const OTHER =
  'The football club confirmed that its captain will miss the rest of the season with a knee injury. The manager said the squad would have to cope without him in the league and the cup.';

test('add, search, replace, remove and stats', () => {
  const dir = tempDir();
  try {
    const index = SourceIndex.open(join(dir, 'sub', 'i.db'), { create: true, model });
    assert.deepEqual(index.add([{ id: 'a', text: ARTICLE, title: 'Rail' }, { id: 'b', text: OTHER }]), { added: 2, replaced: 0, unchanged: 0 });
    const copy = ARTICLE.replace('announced', 'declared').replace('unrealistic', 'impractical');
    const hits = index.search(copy);
    assert.equal(hits[0]?.id, 'a');
    assert.equal(hits[0]?.title, 'Rail');
    assert.ok((hits[0]?.coverage ?? 0) > 0.8);
    assert.ok((hits[0]?.spinRate ?? 0) > 0 && (hits[0]?.spinRate ?? 1) < 0.1);
    assert.ok(!hits.some((h) => h.id === 'b'), 'unrelated document not reported');
    assert.deepEqual(index.search('Completely different words about gardening, tomatoes and spring rain.'), []);
    // Same content: unchanged; new content: replaced, old fingerprint gone.
    assert.deepEqual(index.add([{ id: 'a', text: ARTICLE, title: 'Rail' }]), { added: 0, replaced: 0, unchanged: 1 });
    assert.deepEqual(index.add([{ id: 'a', text: OTHER + ' Extra sentence about the stadium roof.' }]), { added: 0, replaced: 1, unchanged: 0 });
    assert.ok(!index.search(copy).some((h) => h.id === 'a'));
    assert.equal(index.stats().documents, 2);
    assert.equal(index.remove('a'), true);
    assert.equal(index.remove('a'), false);
    const stats = index.stats();
    assert.equal(stats.documents, 1);
    assert.equal(stats.schemaVersion, 1);
    assert.deepEqual(index.integrity(), []);
    index.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('opening: missing file, foreign database, other fingerprint', () => {
  const dir = tempDir();
  try {
    assert.throws(() => SourceIndex.open(join(dir, 'none.db'), { model }), /no index here/);
    const foreign = join(dir, 'foreign.db');
    const a = SourceIndex.open(foreign, { create: true, model });
    a.add([{ id: 'x', text: ARTICLE }]);
    a.close();
    const other = { ...model, signature: 'other/v9' };
    assert.throws(() => SourceIndex.open(foreign, { model: other }), /another fingerprint.*rebuild/);
    writeFileSync(join(dir, 'junk.db'), 'this is not sqlite at all, just text '.repeat(200));
    assert.throws(() => SourceIndex.open(join(dir, 'junk.db'), { model }), /junk\.db/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('inputs: bad JSON lines, missing fields, duplicates and unreadable files are reported by file and line', async () => {
  const dir = tempDir();
  try {
    const jsonl = join(dir, 'docs.jsonl');
    writeFileSync(
      jsonl,
      [
        JSON.stringify({ id: 'one', text: ARTICLE, title: 'T', url: 'https://example.org/1' }),
        '{"id": "two", "text": ',
        JSON.stringify({ id: 'three' }),
        '',
        JSON.stringify({ id: 'one', text: OTHER }),
        JSON.stringify({ id: 4, text: OTHER }),
      ].join('\n'),
    );
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'folder', 'a.txt'), '# Heading\n\nBody text of a.');
    writeFileSync(join(dir, 'folder', 'skip.bin'), 'x');
    const locked = join(dir, 'folder', 'locked.md');
    writeFileSync(locked, 'secret');
    chmodSync(locked, 0o000);
    const problems: string[] = [];
    const files = await expandIndexInputs([jsonl, join(dir, 'folder'), join(dir, 'missing.txt')], (m) => problems.push(m));
    const docs = [];
    for await (const d of readIndexDocuments(files, (m) => problems.push(m))) docs.push(d);
    // locked.md is readable only when the tests run as root.
    assert.deepEqual(
      docs.map((d) => d.id).filter((id) => !id.endsWith('locked.md')),
      ['one', '4', `${dir}/folder/a.txt`],
    );
    assert.equal(docs[0]?.url, 'https://example.org/1');
    assert.equal(docs[2]?.title, 'Heading');
    assert.ok(problems.some((p) => p.startsWith(`${jsonl}:2: bad JSON`)), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith(`${jsonl}:3: "text"`)));
    assert.ok(problems.some((p) => p.startsWith(`${jsonl}:5: duplicate id "one" (first at ${jsonl}:1)`)));
    assert.ok(problems.some((p) => p.includes('missing.txt: no such file')));
    // Root can read anything; only check the permission message when the file is really unreadable.
    if (process.getuid?.() !== 0) assert.ok(problems.some((p) => p.includes('locked.md: cannot be read')));
    assert.equal(parseJsonlLine('[1]', 'f:9', (m) => problems.push(m)), undefined);
    assert.match(problems[problems.length - 1] ?? '', /^f:9: expected a JSON object/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SIGKILL during index add loses nothing committed and a re-run completes the index', async () => {
  const dir = tempDir();
  const db = join(dir, 'kill.db');
  const total = 3000;
  const batch = 50;
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, String(total), String(batch)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let committed = 0;
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = [...out.matchAll(/committed (\d+)/g)].pop();
        committed = m ? Number(m[1]) : 0;
        // Kill it mid-way, while it is writing the next batches.
        if (committed >= 600 && child.exitCode === null && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    assert.equal(child.signalCode, 'SIGKILL', 'the child was killed, not finished');
    assert.ok(committed >= 600 && committed < total, `killed mid-way (after ${committed})`);

    const index = SourceIndex.open(db, { model });
    assert.deepEqual(index.integrity(), []);
    const after = index.stats().documents;
    assert.ok(after >= committed, `every committed document survived (${after} >= ${committed})`);
    assert.equal(after % batch, 0, 'only whole batches are in the index');
    for (let i = 0; i < committed; i += 97) assert.ok(index.has(`doc-${i}`), `doc-${i} kept`);
    index.close();

    const rerun = spawnSync(process.execPath, ['--import', 'tsx', CHILD, db, String(total), String(batch)], { encoding: 'utf8' });
    assert.equal(rerun.status, 0, rerun.stderr);
    const done = SourceIndex.open(db, { model });
    assert.deepEqual(done.integrity(), []);
    assert.equal(done.stats().documents, total);
    for (let i = 0; i < total; i += 149) assert.ok(done.has(`doc-${i}`));
    // Every document is findable again, fingerprints included.
    const hits = done.search('Document 1234. ' + 'alpha bravo charlie');
    assert.ok(Array.isArray(hits));
    done.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
