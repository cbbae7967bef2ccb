/**
 * WordNet 3.1 + MyThes lexicon over the compact artifact (`models/lexicon.bin`). Browser-safe:
 * construct it from the artifact bytes however they were fetched.
 */
import { Artifact, type ArtifactHeader, type IntColumn } from './artifact.js';
import { fnv1aAscii, fnv1aBytes, utf8IfNeeded } from './hash.js';
import { ID_BITS, ID_MASK, POS_BIT, POS_LIST, RELATIONS, THES_LABEL_NAMES, type ThesaurusLabel } from './codes.js';
import type { Lexicon, Pos, SynsetRelation } from './types.js';

const EMPTY: readonly never[] = Object.freeze([]);

/** One MyThes sense group with its part of speech and per-word labels. */
export interface ThesaurusSense {
  /** Part of speech of the sense, or null when the source did not say. */
  readonly pos: Pos | null;
  /** Synonyms (lower case, headword and antonyms excluded). */
  readonly words: readonly string[];
  /** How each word relates to the headword, parallel to `words`. */
  readonly labels: readonly ThesaurusLabel[];
}

/** One morphological exception line: inflected form → base forms, for one part of speech. */
export interface ExceptionEntry {
  /** Part of speech of the list it came from. */
  readonly pos: Pos;
  /** Inflected surface form (lower case, spaces). */
  readonly inflected: string;
  /** Base forms it can come from. */
  readonly bases: readonly string[];
}

function posOfBit(bit: number): Pos {
  return POS_LIST[31 - Math.clz32(bit)] as Pos;
}

/** The Lexicon implementation used across unspin. Lookups cache their arrays, so they allocate once. */
export class WordNetLexicon implements Lexicon {
  /** Number of synsets. */
  readonly synsetCount: number;
  /** Provenance and counts from the artifact header. */
  readonly header: Omit<ArtifactHeader, 'columns'>;

  private readonly art: Artifact;
  private readonly blob: Uint8Array;
  private readonly strOff: IntColumn;
  private readonly hashCol: IntColumn;
  private readonly hashMask: number;
  private readonly strCache: (string | undefined)[];
  private readonly knownCount: number;
  private readonly decoder = new TextDecoder();
  private readonly posMaskCol: IntColumn;
  private readonly lemmaSynOff: IntColumn;
  private readonly lemmaSyn: IntColumn;
  private readonly synPosCol: IntColumn;
  private readonly synOffsetCol: IntColumn;
  private readonly synMemOff: IntColumn;
  private readonly synMem: IntColumn;
  private readonly relOff: IntColumn;
  private readonly relCol: IntColumn;
  private readonly thHeadOff: IntColumn;
  private readonly thGroupPos: IntColumn;
  private readonly thGroupOff: IntColumn;
  private readonly thWord: IntColumn;
  private readonly synCache: (readonly number[] | undefined)[];
  private readonly memCache: (readonly string[] | undefined)[];
  private readonly relCache: (readonly number[] | undefined)[][];
  private readonly thesCache: (readonly (readonly string[])[] | undefined)[];
  private exc: readonly ExceptionEntry[] | undefined;

  /** Wraps the artifact bytes (zero-copy: nothing is parsed up front, strings decode on demand). */
  constructor(bytes: Uint8Array) {
    const art = new Artifact(bytes);
    if (art.header.format !== 'unspin-lexicon' || art.header.version !== 1) {
      throw new Error(`unsupported lexicon artifact ${art.header.format} v${art.header.version}`);
    }
    this.art = art;
    const { columns: _columns, ...meta } = art.header;
    this.header = meta;
    this.blob = art.bytes('strings');
    this.strOff = art.ints('strOff');
    this.hashCol = art.ints('lemmaHash');
    this.hashMask = this.hashCol.length - 1;
    this.strCache = new Array<string | undefined>(this.strOff.length - 1);
    this.knownCount = art.header.counts['knownLemmas'] ?? 0;
    this.posMaskCol = art.ints('posMask');
    this.lemmaSynOff = art.ints('lemmaSynOff');
    this.lemmaSyn = art.ints('lemmaSyn');
    this.synPosCol = art.ints('synPos');
    this.synOffsetCol = art.ints('synOffset');
    this.synMemOff = art.ints('synMemOff');
    this.synMem = art.ints('synMem');
    this.relOff = art.ints('relOff');
    this.relCol = art.ints('rel');
    this.thHeadOff = art.ints('thHeadOff');
    this.thGroupPos = art.ints('thGroupPos');
    this.thGroupOff = art.ints('thGroupOff');
    this.thWord = art.ints('thWord');
    this.synsetCount = this.synPosCol.length;
    this.synCache = new Array<readonly number[] | undefined>(this.knownCount);
    this.memCache = new Array<readonly string[] | undefined>(this.synsetCount);
    this.relCache = RELATIONS.map(() => new Array<readonly number[] | undefined>(this.synsetCount));
    this.thesCache = new Array<readonly (readonly string[])[] | undefined>(this.knownCount);
  }

  /** Dense id of a known lemma (WordNet lemma or MyThes headword), or -1. */
  lemmaId(lemma: string): number {
    const utf8 = utf8IfNeeded(lemma);
    const len = utf8 ? utf8.length : lemma.length;
    const mask = this.hashMask;
    const blob = this.blob;
    for (let h = (utf8 ? fnv1aBytes(utf8) : fnv1aAscii(lemma)) & mask; ; h = (h + 1) & mask) {
      const slot = this.hashCol.get(h);
      if (slot === 0) return -1;
      const id = slot - 1;
      const start = this.strOff.get(id);
      if (this.strOff.get(id + 1) - 1 - start !== len) continue;
      let i = 0;
      if (utf8) while (i < len && blob[start + i] === utf8[i]) i++;
      else while (i < len && blob[start + i] === lemma.charCodeAt(i)) i++;
      if (i === len) return id;
    }
  }

  /** String number `id` of the artifact's table (decoded once, then cached). */
  private str(id: number): string {
    let s = this.strCache[id];
    if (s === undefined) {
      const start = this.strOff.get(id);
      const end = this.strOff.get(id + 1) - 1;
      const b = this.blob;
      let ascii = true;
      for (let i = start; i < end; i++) if ((b[i] as number) > 0x7f) ascii = false;
      s = ascii ? String.fromCharCode(...b.subarray(start, end)) : this.decoder.decode(b.subarray(start, end));
      this.strCache[id] = s;
    }
    return s;
  }

  /** Synset ids of every sense of `lemma`, in WordNet order (nouns, verbs, adjectives, adverbs). */
  synsets(lemma: string): readonly number[] {
    const id = this.lemmaId(lemma);
    if (id < 0) return EMPTY;
    let out = this.synCache[id];
    if (!out) {
      const a: number[] = [];
      for (let i = this.lemmaSynOff.get(id), e = this.lemmaSynOff.get(id + 1); i < e; i++) a.push(this.lemmaSyn.get(i));
      this.synCache[id] = out = Object.freeze(a);
    }
    return out;
  }

  /** Member lemmas of a synset, in WordNet order. */
  members(synset: number): readonly string[] {
    let out = this.memCache[synset];
    if (!out) {
      this.checkSynset(synset);
      const a: string[] = [];
      for (let i = this.synMemOff.get(synset), e = this.synMemOff.get(synset + 1); i < e; i++) a.push(this.str(this.synMem.get(i)));
      this.memCache[synset] = out = Object.freeze(a);
    }
    return out;
  }

  /** Part of speech of a synset (adjective satellites are 'a'). */
  synsetPos(synset: number): Pos {
    this.checkSynset(synset);
    return posOfBit(this.synPosCol.get(synset));
  }

  /** WordNet 3.1 byte offset of a synset in its data file, for cross-checking with WordNet tools. */
  synsetOffset(synset: number): number {
    this.checkSynset(synset);
    return this.synOffsetCol.get(synset);
  }

  /** Synsets related to `synset` by `rel` (derivation lifted from word to synset level). */
  related(synset: number, rel: SynsetRelation): readonly number[] {
    const code = RELATIONS.indexOf(rel);
    const cache = this.relCache[code];
    if (!cache) throw new Error(`unknown relation ${rel}`);
    let out = cache[synset];
    if (!out) {
      this.checkSynset(synset);
      const a: number[] = [];
      for (let i = this.relOff.get(synset), e = this.relOff.get(synset + 1); i < e; i++) {
        const v = this.relCol.get(i);
        if (v >>> ID_BITS === code) a.push(v & ID_MASK);
      }
      cache[synset] = out = a.length ? Object.freeze(a) : EMPTY;
    }
    return out;
  }

  /** MyThes sense groups of a headword (synonyms, generic/similar/related terms; no antonyms). */
  thesaurus(word: string): readonly (readonly string[])[] {
    const id = this.lemmaId(word);
    if (id < 0) return EMPTY;
    let out = this.thesCache[id];
    if (!out) {
      const groups = this.thesaurusSenses(word).map((s) => s.words);
      this.thesCache[id] = out = groups.length ? Object.freeze(groups) : EMPTY;
    }
    return out;
  }

  /** MyThes sense groups with their part of speech and labels (allocates; not for hot paths). */
  thesaurusSenses(word: string): readonly ThesaurusSense[] {
    const id = this.lemmaId(word);
    if (id < 0) return EMPTY;
    const out: ThesaurusSense[] = [];
    for (let g = this.thHeadOff.get(id), ge = this.thHeadOff.get(id + 1); g < ge; g++) {
      // Groups are stored contiguously per headword, so the offsets index them directly.
      const words: string[] = [];
      const labels: ThesaurusLabel[] = [];
      for (let i = this.thGroupOff.get(g), e = this.thGroupOff.get(g + 1); i < e; i++) {
        const v = this.thWord.get(i);
        words.push(this.str(v & ID_MASK));
        labels.push(THES_LABEL_NAMES[v >>> ID_BITS] as ThesaurusLabel);
      }
      const bit = this.thGroupPos.get(g);
      out.push(Object.freeze({ pos: bit ? posOfBit(bit) : null, words: Object.freeze(words), labels: Object.freeze(labels) }));
    }
    return out;
  }

  /** True when the lemma is in WordNet or is a MyThes headword. */
  has(lemma: string): boolean {
    return this.lemmaId(lemma) >= 0;
  }

  /** True when `lemma` is known with part of speech `pos` (WordNet, or a MyThes sense of that POS). */
  hasPos(lemma: string, pos: Pos): boolean {
    const id = this.lemmaId(lemma);
    if (id < 0) return false;
    const m = this.posMaskCol.get(id);
    return ((m | (m >>> 4)) & POS_BIT[pos]) !== 0;
  }

  /** True when `lemma` is a WordNet lemma of part of speech `pos` (MyThes ignored). */
  hasWordNetPos(lemma: string, pos: Pos): boolean {
    const id = this.lemmaId(lemma);
    return id >= 0 && (this.posMaskCol.get(id) & POS_BIT[pos]) !== 0;
  }

  /** WordNet 3.0 morphological exceptions carried by the artifact, in file order. */
  exceptions(): readonly ExceptionEntry[] {
    if (!this.exc) {
      const out: ExceptionEntry[] = [];
      for (const line of this.art.text('exceptions').split('\n')) {
        const [pos, inflected, ...bases] = line.split('\t');
        if (!pos || !inflected || bases.length === 0) continue;
        out.push(Object.freeze({ pos: pos as Pos, inflected, bases: Object.freeze(bases) }));
      }
      this.exc = Object.freeze(out);
    }
    return this.exc;
  }

  private checkSynset(synset: number): void {
    if (!(synset >= 0 && synset < this.synsetCount && Number.isInteger(synset))) throw new RangeError(`no synset ${synset}`);
  }
}
