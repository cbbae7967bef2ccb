/**
 * The `models/lm.bin` container: a magic string, a small JSON header (provenance, counts, section
 * table) and 8-byte aligned binary sections that load as typed-array views without copying or
 * parsing. All numbers are little-endian.
 */

/** First 8 bytes of every artifact. */
export const LM_MAGIC = 'UNSPINLM';
/** Bumped whenever the section layout changes. */
export const LM_FORMAT_VERSION = 1;

/** Where the model came from; recorded in the header and in models/lm.NOTICE.md. */
export interface LmProvenance {
  /** Debian package name, e.g. "pocketsphinx-en-us". */
  package: string;
  /** Debian package version. */
  version: string;
  /** Licence of the package's data. */
  licence: string;
  /** Path of the source file inside the package. */
  file: string;
  /** Size of the source file in bytes. */
  bytes: number;
  /** SHA-256 of the source file, hex. */
  sha256: string;
}

/** Element types a section can hold. */
export type SectionType = 'u8' | 'u16' | 'u32' | 'f32';

/** Offset (from the start of the artifact) and element count of one section. */
export interface SectionEntry {
  /** Byte offset from the start of the data region (first 8-byte boundary after the header). */
  offset: number;
  /** Number of elements. */
  length: number;
  /** Element type. */
  type: SectionType;
}

/** The JSON header. */
export interface LmHeader {
  /** Always "unspin-trigram-lm". */
  format: string;
  /** LM_FORMAT_VERSION of the writer. */
  version: number;
  /** Provenance of the data. */
  source: LmProvenance;
  /** Scores in the sections are in log base `logBase` (sphinx's 1.0001); the reader converts. */
  logBase: number;
  /** Entries per level: [unigrams, bigrams, trigrams]. */
  counts: [number, number, number];
  /** Width of the bit-packed word-id fields. */
  wordBits: number;
  /** Free-form notes (e.g. repairs made while reading the source). */
  notes: string[];
  /** Section table. */
  sections: Record<string, SectionEntry>;
}

const BYTES: Record<SectionType, number> = { u8: 1, u16: 2, u32: 4, f32: 4 };

/** A typed array of any of the section types. */
export type SectionData = Uint8Array | Uint16Array | Uint32Array | Float32Array;

function typeOf(data: SectionData): SectionType {
  if (data instanceof Uint8Array) return 'u8';
  if (data instanceof Uint16Array) return 'u16';
  if (data instanceof Uint32Array) return 'u32';
  return 'f32';
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/** Serialise a header (without its section table) and named sections into one artifact. */
export function writeArtifact(header: Omit<LmHeader, 'sections'>, sections: Record<string, SectionData>): Uint8Array {
  // Offsets are relative to the data region, which starts at the first 8-byte boundary after the
  // header, so the header's own length never feeds back into it.
  const table: Record<string, SectionEntry> = {};
  let offset = 0;
  for (const [name, data] of Object.entries(sections)) {
    table[name] = { offset, length: data.length, type: typeOf(data) };
    offset = align8(offset + data.byteLength);
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify({ ...header, sections: table }));
  const dataStart = align8(12 + headerBytes.length);
  const out = new Uint8Array(dataStart + offset);
  out.set(new TextEncoder().encode(LM_MAGIC), 0);
  new DataView(out.buffer).setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  for (const [name, data] of Object.entries(sections)) {
    out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), dataStart + (table[name] as SectionEntry).offset);
  }
  return out;
}

/** Parsed artifact: header plus typed-array views onto the (8-byte aligned) bytes. */
export interface Artifact {
  /** The JSON header. */
  header: LmHeader;
  /** The whole artifact, aligned so that views can be made. */
  bytes: Uint8Array;
  /** Byte offset of the data region within `bytes`. */
  dataStart: number;
}

/** Validate the magic and parse the header. Copies the bytes if they are not 8-byte aligned. */
export function readArtifact(input: Uint8Array | ArrayBuffer): Artifact {
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  if (magic !== LM_MAGIC) throw new Error('not an unspin language-model artifact');
  const len = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + len))) as LmHeader;
  if (header.version !== LM_FORMAT_VERSION) throw new Error(`unsupported artifact version ${header.version}`);
  return { header, bytes, dataStart: align8(12 + len) };
}

/** Typed view of a named section; throws if it is missing or of another type. */
export function sectionView<T extends SectionType>(a: Artifact, name: string, type: T):
  T extends 'u8' ? Uint8Array : T extends 'u16' ? Uint16Array : T extends 'u32' ? Uint32Array : Float32Array {
  const s = a.header.sections[name];
  if (!s || s.type !== type) throw new Error(`artifact section ${name} missing or not ${type}`);
  if (a.dataStart + s.offset + s.length * BYTES[type] > a.bytes.byteLength) throw new Error(`artifact section ${name} truncated`);
  const at = a.bytes.byteOffset + a.dataStart + s.offset;
  const buf = a.bytes.buffer;
  const view = type === 'u8' ? new Uint8Array(buf, at, s.length)
    : type === 'u16' ? new Uint16Array(buf, at, s.length)
      : type === 'u32' ? new Uint32Array(buf, at, s.length)
        : new Float32Array(buf, at, s.length);
  return view as never;
}
