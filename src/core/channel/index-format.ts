/**
 * The precomputed reverse paraphrase index (`models/channel.bin`), written by
 * `scripts/build-channel.ts`. Layout: the 8-byte magic `UNSPINCH`, a uint32 header length, a JSON
 * header (provenance, weights, section sizes), then 4-byte-aligned sections:
 * spun strings (sorted, newline-joined UTF-8), entry offsets (uint32, one more than spun strings;
 * a form's entries are in a-priori order, channel x unigram probability, best first),
 * original index (uint32 per entry), log10 P (float32 per entry), best source (uint8 per entry),
 * original strings (newline-joined), and phrase heads (newline-joined).
 */
import { CHANNEL_SOURCES, type ChannelSource, type ChannelWeights } from './weights.js';

const MAGIC = 'UNSPINCH';

/** Provenance and shape of a channel index. */
export interface ChannelIndexHeader {
  /** Format version. */
  version: 1;
  /** How and from what the index was built. */
  provenance: Record<string, unknown>;
  /** The built-in weights baked into the stored probabilities. */
  weights: ChannelWeights;
  /** Candidates kept per spun form. */
  perSpun: number;
  /** Byte length of each section, in layout order. */
  sections: Record<string, number>;
}

/** The decoded index, ready for lookups. */
export interface ChannelIndexData {
  /** Header. */
  header: ChannelIndexHeader;
  /** Spun forms, sorted (JS string order); materialised on first access (tests, tools). */
  readonly spun: string[];
  /** Index of a spun form, or -1: binary search over the packed strings, no allocation. */
  findSpun(spun: string): number;
  /** The first two words of every spun form of three or more words. */
  twoWordStarts(): Set<string>;
  /** Entry range of spun form i: [offsets[i], offsets[i+1]). */
  offsets: Uint32Array;
  /** Original (index into `originals`) of each entry. */
  original: Uint32Array;
  /** log10 P(spun | original) of each entry, built-in sources mixed. */
  logP: Float32Array;
  /** Best source (index into CHANNEL_SOURCES) of each entry. */
  source: Uint8Array;
  /** Original strings. */
  originals: string[];
  /** First words of multi-word spun forms. */
  heads: Set<string>;
}

/** What the build script hands to {@link encodeChannelIndex}. */
export interface ChannelIndexInput {
  /** Provenance to record. */
  provenance: Record<string, unknown>;
  /** Weights baked in. */
  weights: ChannelWeights;
  /** Candidates kept per spun form. */
  perSpun: number;
  /** spun form -> entries (original, log10 P, source), best first. */
  entries: Map<string, Array<{ original: string; logP: number; source: ChannelSource }>>;
}

/** Serialises an index. */
export function encodeChannelIndex(input: ChannelIndexInput): Uint8Array {
  const enc = new TextEncoder();
  const spun = [...input.entries.keys()].sort();
  const originalIds = new Map<string, number>();
  const originals: string[] = [];
  const offsets = new Uint32Array(spun.length + 1);
  const originalCol: number[] = [];
  const logCol: number[] = [];
  const sourceCol: number[] = [];
  const heads = new Set<string>();
  spun.forEach((s, i) => {
    offsets[i] = originalCol.length;
    if (s.includes(' ')) heads.add(s.slice(0, s.indexOf(' ')));
    for (const e of input.entries.get(s) ?? []) {
      let id = originalIds.get(e.original);
      if (id === undefined) {
        id = originals.length;
        originals.push(e.original);
        originalIds.set(e.original, id);
      }
      originalCol.push(id);
      logCol.push(e.logP);
      sourceCol.push(CHANNEL_SOURCES.indexOf(e.source));
    }
  });
  offsets[spun.length] = originalCol.length;
  const sections: Array<[string, Uint8Array]> = [
    ['spun', enc.encode(spun.join('\n'))],
    ['offsets', bytes(offsets)],
    ['original', bytes(Uint32Array.from(originalCol))],
    ['logP', bytes(Float32Array.from(logCol))],
    ['source', Uint8Array.from(sourceCol)],
    ['originals', enc.encode(originals.join('\n'))],
    ['heads', enc.encode([...heads].sort().join('\n'))],
  ];
  const header: ChannelIndexHeader = {
    version: 1,
    provenance: input.provenance,
    weights: input.weights,
    perSpun: input.perSpun,
    sections: Object.fromEntries(sections.map(([k, v]) => [k, v.byteLength])),
  };
  const headerBytes = enc.encode(JSON.stringify(header));
  let size = align(12 + headerBytes.byteLength);
  for (const [, v] of sections) size += align(v.byteLength);
  const out = new Uint8Array(size);
  out.set(enc.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, headerBytes.byteLength, true);
  out.set(headerBytes, 12);
  let at = align(12 + headerBytes.byteLength);
  for (const [, v] of sections) {
    out.set(v, at);
    at += align(v.byteLength);
  }
  return out;
}

/** Decodes an index from its bytes (copies nothing large but the strings). */
export function decodeChannelIndex(data: Uint8Array): ChannelIndexData {
  const dec = new TextDecoder();
  if (dec.decode(data.subarray(0, 8)) !== MAGIC) throw new Error('not an unspin channel index (bad magic)');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const headerLen = view.getUint32(8, true);
  const header = JSON.parse(dec.decode(data.subarray(12, 12 + headerLen))) as ChannelIndexHeader;
  if (header.version !== 1) throw new Error(`unsupported channel index version ${String(header.version)}`);
  let at = align(12 + headerLen);
  const take = (name: string): Uint8Array => {
    const len = header.sections[name] ?? 0;
    const start = at;
    at += align(len);
    // Sections sit at 4-byte offsets: view them in place when the input is aligned (a file read
    // into its own buffer is), and copy only when it is not.
    return (data.byteOffset + start) % 4 === 0 ? data.subarray(start, start + len) : data.slice(start, start + len);
  };
  const view32 = <T>(bytes: Uint8Array, make: (buffer: ArrayBufferLike, offset: number, length: number) => T): T =>
    make(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  // The spun forms stay one packed string with start offsets: 277k separate strings would cost
  // ~17 MB of heap for what is only ever binary-searched.
  const blob = dec.decode(take('spun'));
  const starts = lineStarts(blob);
  let spunList: string[] | undefined;
  let filter: LineFilter | undefined;
  const offsets = view32(take('offsets'), (b, o, n) => new Uint32Array(b, o, n));
  const original = view32(take('original'), (b, o, n) => new Uint32Array(b, o, n));
  const logP = view32(take('logP'), (b, o, n) => new Float32Array(b, o, n));
  const source = take('source');
  const originals = splitLines(dec.decode(take('originals')));
  const heads = new Set(splitLines(dec.decode(take('heads'))));
  return {
    header,
    get spun(): string[] {
      spunList ??= splitLines(blob);
      return spunList;
    },
    findSpun: (spun: string) => {
      // Most look-ups are word pairs that are no spun form: a bit filter answers them without
      // the binary search. Built on first use (a few milliseconds), so loading stays fast.
      filter ??= lineFilter(blob, starts);
      return mayContain(filter, spun) ? findPacked(blob, starts, spun) : -1;
    },
    twoWordStarts: () => twoWordStarts(blob, starts),
    offsets,
    original,
    logP,
    source,
    originals,
    heads,
  };
}

/** The first two words of every line of three or more words, read from the packed blob. */
function twoWordStarts(blob: string, starts: Uint32Array): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < starts.length; i++) {
    const from = starts[i] as number;
    const to = (starts[i + 1] as number) - 1;
    const first = blob.indexOf(' ', from);
    if (first < 0 || first >= to) continue;
    const second = blob.indexOf(' ', first + 1);
    if (second > 0 && second < to) out.add(blob.slice(from, second));
  }
  return out;
}

/** Filter bits per spun form: with two hashes, a form that is not in the index passes about once in 250. */
const FILTER_BITS_PER_LINE = 30;

/** A two-hash bit filter (Bloom filter) of the lines of `blob`, sized to their number. */
function lineFilter(blob: string, starts: Uint32Array): LineFilter {
  const lines = Math.max(1, starts.length - 1);
  const shift = 32 - Math.max(10, Math.ceil(Math.log2(lines * FILTER_BITS_PER_LINE)));
  const bits = new Uint32Array(2 ** (32 - shift - 5));
  for (let i = 0; i + 1 < starts.length; i++) {
    const h = hashRange(blob, starts[i] as number, (starts[i + 1] as number) - 1);
    const a = h >>> shift;
    const b = Math.imul(h, 0x9e3779b1) >>> shift;
    bits[a >>> 5] = (bits[a >>> 5] as number) | (1 << (a & 31));
    bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
  }
  return { bits, shift };
}

/** The filter's bits and the right shift that turns a 32-bit hash into a bit index. */
interface LineFilter {
  bits: Uint32Array;
  shift: number;
}

/** False when `key` is certainly not a line of the filter's blob (true may be a false positive). */
function mayContain(filter: LineFilter, key: string): boolean {
  const h = hashRange(key, 0, key.length);
  const a = h >>> filter.shift;
  const b = Math.imul(h, 0x9e3779b1) >>> filter.shift;
  const bits = filter.bits;
  return ((bits[a >>> 5] as number) & (1 << (a & 31))) !== 0 && ((bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
}

/** FNV-1a over UTF-16 code units, with a final avalanche so the top bits are well mixed. */
function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Start offset of every line of `blob`, plus one past the end. */
function lineStarts(blob: string): Uint32Array {
  if (blob === '') return new Uint32Array([0]);
  // indexOf scans far faster than a charCodeAt loop over the 16 MB blob (load time).
  let n = 1;
  for (let i = blob.indexOf('\n'); i >= 0; i = blob.indexOf('\n', i + 1)) n++;
  const starts = new Uint32Array(n + 1);
  let k = 1;
  for (let i = blob.indexOf('\n'); i >= 0; i = blob.indexOf('\n', i + 1)) starts[k++] = i + 1;
  starts[n] = blob.length + 1;
  return starts;
}

/** Binary search of `key` among the sorted lines of `blob`. */
function findPacked(blob: string, starts: Uint32Array, key: string): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareLine(blob, starts[mid] as number, (starts[mid + 1] as number) - 1, key);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Compares blob[from, to) with `key` in UTF-16 code-unit order, as JS `<` does. */
function compareLine(blob: string, from: number, to: number, key: string): number {
  const len = to - from;
  const n = Math.min(len, key.length);
  for (let i = 0; i < n; i++) {
    const d = blob.charCodeAt(from + i) - key.charCodeAt(i);
    if (d !== 0) return d;
  }
  return len - key.length;
}

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

function bytes(array: Uint32Array | Float32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align(n: number): number {
  return (n + 3) & ~3;
}
