/**
 * The lexicon artifact container (`models/lexicon.bin`), browser-safe.
 *
 * Layout: the 8 ASCII bytes `UNSPLEX1`, a little-endian u32 header length, a UTF-8 JSON header
 * (sources, counts, and a column directory), then the column payloads. A column is either UTF-8
 * text or a packed array of unsigned integers, each stored little-endian in the fewest bytes (1–4)
 * that fit the column's largest value, so no alignment is needed and views are zero-copy.
 */

const MAGIC = 'UNSPLEX1';

/** A column to write: text, or unsigned integers. */
export type Column = { text: string } | { ints: ArrayLike<number> };

/** Where a column sits in the artifact. */
interface ColumnEntry {
  offset: number;
  length: number;
  /** Bytes per integer; 0 for text. */
  width: number;
}

/** Header JSON of an artifact: free-form provenance plus the column directory. */
export interface ArtifactHeader {
  format: string;
  version: number;
  sources: unknown[];
  counts: Record<string, number>;
  columns: Record<string, ColumnEntry>;
}

/** Read-only packed integer array over artifact bytes. */
export class IntColumn {
  /** Number of integers. */
  readonly length: number;
  private readonly bytes: Uint8Array;
  private readonly width: number;

  /** Wraps `bytes` holding `length` integers of `width` bytes each. */
  constructor(bytes: Uint8Array, width: number) {
    this.bytes = bytes;
    this.width = width;
    this.length = width === 0 ? 0 : bytes.length / width;
  }

  /** Integer at index `i` (unchecked: callers stay in range). */
  get(i: number): number {
    const b = this.bytes;
    switch (this.width) {
      case 1:
        return b[i] as number;
      case 2: {
        const o = i * 2;
        return (b[o] as number) | ((b[o + 1] as number) << 8);
      }
      case 3: {
        const o = i * 3;
        return (b[o] as number) | ((b[o + 1] as number) << 8) | ((b[o + 2] as number) << 16);
      }
      default: {
        const o = i * 4;
        return ((b[o] as number) | ((b[o + 1] as number) << 8) | ((b[o + 2] as number) << 16)) + (b[o + 3] as number) * 0x1000000;
      }
    }
  }
}

function widthFor(max: number): number {
  if (max < 0x100) return 1;
  if (max < 0x10000) return 2;
  if (max < 0x1000000) return 3;
  return 4;
}

/** Serialises `meta` and `columns` into artifact bytes. */
export function encodeArtifact(meta: Omit<ArtifactHeader, 'columns'>, columns: Record<string, Column>): Uint8Array {
  const enc = new TextEncoder();
  const payloads: Uint8Array[] = [];
  const dir: Record<string, ColumnEntry> = {};
  let offset = 0;
  for (const [name, col] of Object.entries(columns)) {
    let bytes: Uint8Array;
    let width = 0;
    if ('text' in col) {
      bytes = enc.encode(col.text);
    } else {
      let max = 0;
      for (let i = 0; i < col.ints.length; i++) {
        const v = col.ints[i] as number;
        if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new Error(`column ${name}: bad value ${v}`);
        if (v > max) max = v;
      }
      width = widthFor(max);
      bytes = new Uint8Array(col.ints.length * width);
      for (let i = 0; i < col.ints.length; i++) {
        let v = col.ints[i] as number;
        for (let k = 0; k < width; k++) {
          bytes[i * width + k] = v & 0xff;
          v = Math.floor(v / 256);
        }
      }
    }
    dir[name] = { offset, length: bytes.length, width };
    payloads.push(bytes);
    offset += bytes.length;
  }
  const header = enc.encode(JSON.stringify({ ...meta, columns: dir }));
  const out = new Uint8Array(12 + header.length + offset);
  out.set(enc.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, header.length, true);
  out.set(header, 12);
  let p = 12 + header.length;
  for (const b of payloads) {
    out.set(b, p);
    p += b.length;
  }
  return out;
}

/** A decoded artifact: header plus accessors for its columns (zero-copy views). */
export class Artifact {
  /** Parsed header (provenance, counts, column directory). */
  readonly header: ArtifactHeader;
  private readonly body: Uint8Array;

  /** Parses the container; throws on a wrong magic or truncated data. */
  constructor(bytes: Uint8Array) {
    const dec = new TextDecoder();
    if (bytes.length < 12 || dec.decode(bytes.subarray(0, 8)) !== MAGIC) throw new Error('not an unspin lexicon artifact');
    const len = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
    this.header = JSON.parse(dec.decode(bytes.subarray(12, 12 + len))) as ArtifactHeader;
    this.body = bytes.subarray(12 + len);
    for (const [name, c] of Object.entries(this.header.columns)) {
      if (c.offset + c.length > this.body.length) throw new Error(`artifact truncated in column ${name}`);
    }
  }

  private entry(name: string): ColumnEntry {
    const c = this.header.columns[name];
    if (!c) throw new Error(`artifact has no column ${name}`);
    return c;
  }

  /** A text column, decoded. */
  text(name: string): string {
    const c = this.entry(name);
    return new TextDecoder().decode(this.body.subarray(c.offset, c.offset + c.length));
  }

  /** A column's raw bytes (a view, not a copy). */
  bytes(name: string): Uint8Array {
    const c = this.entry(name);
    return this.body.subarray(c.offset, c.offset + c.length);
  }

  /** An integer column. */
  ints(name: string): IntColumn {
    const c = this.entry(name);
    return new IntColumn(this.body.subarray(c.offset, c.offset + c.length), c.width);
  }
}
