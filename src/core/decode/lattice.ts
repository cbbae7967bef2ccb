/**
 * Turns tokens into the decoder's sentences of slots and each slot's candidate edges. A slot is one
 * word (or a number, URL or other fixed token); an edge covers one or more adjacent slots with either
 * the words as they stand (keep) or a candidate original from the channel model.
 */
import type { Candidate, Channel } from '../channel/types.js';
import { withoutInvisible } from '../text/chars.js';
import { lmWords } from '../text/lm-words.js';
import { americanSpelling } from '../text/spelling-variants.js';
import type { Token } from '../types.js';
import { isRunTime, rankedCacheFor, rankedCandidates } from './candidates.js';
import { sortDescending } from './insertion-sort.js';
import type { NgramScorer } from './scorer.js';
import { hasTwoReadings, tenseMismatch, TENSE_PENALTY } from './tense.js';

/** One position of a sentence. */
export interface Slot {
  /** Offset of the slot's first character in the input. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The input text of the slot. */
  text: string;
  /** Lower-case text (U+2019 folded to an apostrophe). */
  lower: string;
  /** Language-model ids of the slot as it stands. */
  ids: number[];
  /** True when the slot may be replaced. */
  editable: boolean;
  /** True for a number token: never replaced alone, but it may end a spun phrase ("atomic number 49"). */
  numeric?: boolean;
  /** True when only spaces separate this slot from the next (so a phrase may span both). */
  joinsNext: boolean;
}

/** One way to read a run of slots. */
export interface Edge {
  /** First slot covered. */
  start: number;
  /** Number of slots covered. */
  len: number;
  /** Language-model ids the edge emits. */
  ids: number[];
  /** log10 P(spun | original) of a replacement; 0 for keep edges (the rate terms come apart). */
  logCh: number;
  /** Editable slots a keep edge keeps (each costs log10(1 - rate)); 0 for replacements. */
  kept: number;
  /**
   * log10 likelihood ratio of this replacement over keeping, in its local window (neighbours as
   * they stand), channel included; set when the slot's candidates were ranked locally.
   */
  local?: number;
  /** The original proposed, or null when the edge keeps the input. */
  candidate: Candidate | null;
}

/**
 * A new edge. Every edge is made here, with all its fields in one order, so edges share one object
 * shape: code that walks edges then stays compiled for it instead of being recompiled per shape.
 */
export function makeEdge(start: number, len: number, ids: number[], logCh: number, kept: number, candidate: Candidate | null, local?: number): Edge {
  return { start, len, ids, logCh, kept, local, candidate };
}

/** A sentence: its slots and, per slot, the edges that start there. */
export interface Sentence {
  /** The slots, in input order. */
  slots: Slot[];
  /** edges[i]: the edges starting at slot i; edges[i][0] is always the keep edge. */
  edges: Edge[][];
}

/** The rate terms of the channel: log10 of the substitution rate and of its complement. */
export interface RateTerms {
  /** log10(rate), added per replacement edge. */
  logRate: number;
  /** log10(1 - rate), added per kept editable slot. */
  logKeep: number;
}

/**
 * Drops replacement edges whose local posterior at the given rate is below `floor`: where the
 * window around a word gives no reason to doubt it, the beam need not consider alternatives. Most
 * words of clean text are settled this way, which is most of the decoder's speed.
 */
export function pruneUnlikely(sentence: Sentence, terms: RateTerms, floor: number): Sentence {
  const limit = localLimit(terms, floor);
  // Loops with push, not map and filter: every list and lattice keeps one array shape (see makeEdge).
  const edges: Edge[][] = [];
  for (const list of sentence.edges) {
    if (list.length === 1) {
      edges.push(list);
      continue;
    }
    const kept: Edge[] = [];
    for (const edge of list) if (edge.candidate === null || edge.local === undefined || edge.local >= limit) kept.push(edge);
    edges.push(kept);
  }
  return { slots: sentence.slots, edges };
}

/**
 * True when {@link pruneUnlikely} would leave some replacement: most sentences of clean text have
 * none, and are then passed over without copying their lattice.
 */
export function anyLikely(sentence: Sentence, terms: RateTerms, floor: number): boolean {
  const limit = localLimit(terms, floor);
  for (const list of sentence.edges) {
    for (let k = 1; k < list.length; k++) {
      const edge = list[k] as Edge;
      if (edge.candidate !== null && (edge.local === undefined || edge.local >= limit)) return true;
    }
  }
  return false;
}

/** The local log ratio below which a replacement is pruned at these rate terms. */
function localLimit(terms: RateTerms, floor: number): number {
  return Math.log10(floor) - terms.logRate + terms.logKeep;
}

/** Rate terms for a substitution rate in (0, 1). */
export function rateTerms(rate: number): RateTerms {
  return { logRate: Math.log10(rate), logKeep: Math.log10(1 - rate) };
}

/** Channel cost of an edge at a given rate. */
export function edgeCost(edge: Edge, terms: RateTerms): number {
  return edge.candidate === null ? edge.kept * terms.logKeep : edge.logCh + terms.logRate;
}

/** Settings of lattice building. */
export interface LatticeOptions {
  /** Candidates kept per span, after ranking by channel x unigram. */
  maxCandidates: number;
  /** Longest spun phrase looked up, in words. */
  maxSpan: number;
  /** Candidates per slot kept after ranking them in their local context. */
  localKeep: number;

}

const WORDISH = /^[\p{L}][\p{L}'’-]*$/u;

/** Splits tokens into sentences of slots. Pure: does not consult the channel. */
export function toSentences(tokens: readonly Token[], lm: NgramScorer): Slot[][] {
  const sentences: Slot[][] = [];
  // The tokens of the sentence under way, and whether only spaces separate each from the next.
  let current: Token[] = [];
  let joins: boolean[] = [];
  let gapOnlySpace = false;
  const flush = (): void => {
    if (current.length > 0) {
      // A headline in capitals: its words are words, not acronyms, so read them as such.
      const shouted = isShouted(current);
      // Filled by push, not map: map makes holey arrays, and code over slots should see one shape.
      const slots: Slot[] = [];
      for (let k = 0; k < current.length; k++) slots.push(makeSlot(current[k] as Token, lm, shouted, joins[k] === true));
      sentences.push(slots);
    }
    current = [];
    joins = [];
  };
  for (const token of tokens) {
    // A line break inside a paragraph (hard-wrapped text) joins words as a space does: "by means
    // of" wrapped after "means" is still one phrase. A blank line ends the sentence.
    if (token.kind === 'space' || (token.kind === 'newline' && token.sentenceEnd !== true)) continue;
    if (token.kind === 'word' || token.kind === 'number' || token.kind === 'url' || token.kind === 'email' || token.kind === 'code') {
      if (current.length > 0) joins[current.length - 1] = gapOnlySpace;
      current.push(token);
      gapOnlySpace = true;
      continue;
    }
    gapOnlySpace = false;
    if (token.sentenceEnd === true) flush();
  }
  flush();
  return sentences;
}

/**
 * True when a short sentence is written in capitals (three to fifteen words of two or more letters,
 * four in five of them all capitals): a shouted headline, whose capitals say nothing about
 * acronyms. Longer runs of capitals are legal boilerplate ("IN NO EVENT SHALL THE AUTHORS..."),
 * left alone as before.
 */
function isShouted(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || !/^\p{L}{2,}/u.test(token.text)) continue;
    words++;
    if (!/\p{Ll}/u.test(token.text)) capitals++;
  }
  return words >= 3 && words <= 15 && capitals >= 0.8 * words;
}

function makeSlot(token: Token, lm: NgramScorer, shouted: boolean, joinsNext: boolean): Slot {
  // Invisible characters inside a word (a zero-width space hiding a spun word) are not read.
  const visible = withoutInvisible(token.text);
  const lower = visible.toLowerCase().replace(/’/g, "'");
  // Acronyms (US, TV, BBC, MPs) are names, not words a spinner picked from a thesaurus.
  const editable = token.kind === 'word' && token.protected !== true && WORDISH.test(visible) && (shouted || !/^\p{Lu}{2,}s?$/u.test(visible));
  // numeric is always set (not only on numbers): one object shape for all slots.
  return { start: token.offset, end: token.end, text: token.text, lower, ids: slotIds(token, lower, lm, shouted), editable, numeric: token.kind === 'number', joinsNext };
}

/** Language-model ids of a token as it stands: numbers spelled, initialisms by letter, hyphens split. */
function slotIds(token: Token, lower: string, lm: NgramScorer, shouted: boolean): number[] {
  if (token.kind !== 'word' && token.kind !== 'number') return [lm.unk];
  // The speech model spells short acronyms letter by letter ("u. k."), as it does "U.K.".
  const isAcronym = !shouted && token.kind === 'word' && /^\p{Lu}{2,3}$/u.test(token.text) && (lower.length === 2 || lm.wordId(lower) < 0);
  // Most words are one known word as they stand (what lmWords would give without a dot).
  if (!isAcronym && token.kind === 'word' && !lower.includes('.')) {
    const id = knownId(lm, lower);
    if (id >= 0) return [id];
  }
  const acronym = isAcronym ? [...lower].map((c) => `${c}.`) : null;
  const words = acronym ?? lmWords(token);
  if (words === null) return [lm.unk];
  const ids: number[] = [];
  for (const word of words) {
    const id = knownId(lm, word);
    if (id >= 0) ids.push(id);
    else for (const part of word.split(/[-']/)) if (part !== '') ids.push(idOf(lm, part));
  }
  return ids.length === 0 ? [lm.unk] : ids;
}

/** The word's id, trying its American spelling when the British one is unknown. */
function knownId(lm: NgramScorer, word: string): number {
  const id = lm.wordId(word);
  return id >= 0 ? id : lm.wordId(americanSpelling(word));
}

function idOf(lm: NgramScorer, word: string): number {
  const id = lm.wordId(word);
  return id >= 0 ? id : lm.unk;
}

/** Evidence that {@link buildEdges} can collect for the caller. */
export interface LatticeStats {
  /**
   * Per editable slot with candidates: the local likelihood ratio Σ P(window | candidate)·P(spun |
   * candidate) / P(window | keep), single-slot readings only. With a rate r, the slot's local
   * posterior of substitution is r·R / ((1 - r) + r·R); see {@link estimateRate}.
   */
  ratios: number[];
}

/**
 * The document's substitution rate by EM over the slots' local likelihood ratios: the fixed point
 * of r = mean local posterior, with a weak prior (half a substituted slot in twenty).
 */
export function estimateRate(ratios: readonly number[], editable: number): number {
  let rate = 0.1;
  for (let iter = 0; iter < 12; iter++) {
    let mass = 0;
    for (const ratio of ratios) mass += (rate * ratio) / (1 - rate + rate * ratio);
    rate = Math.min(0.6, Math.max(0.002, (mass + 0.5) / (editable + 20)));
  }
  return rate;
}

/**
 * Builds the edges of one sentence: keep edges plus the channel's candidates, pruned to the best in
 * their local context. When `stats` is given, adds each slot's local substitution posterior to it,
 * a cheap estimate of the document's spin rate.
 */
export function buildEdges(slots: Slot[], channel: Channel, lm: NgramScorer, options: LatticeOptions, stats?: LatticeStats): Edge[][] {
  const edges: Edge[][] = [];
  const settled: boolean[] = [];
  for (let i = 0; i < slots.length; i++) settled.push((slots[i] as Slot).editable && predictable(slots, i, lm));
  const ranked = rankedCacheFor(channel, lm);
  const titleCase = isTitleCase(slots);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as Slot;
    const list: Edge[] = [makeEdge(i, 1, slot.ids, 0, slot.editable ? 1 : 0, null)];
    // A predictable word is taken as it stands, but it may still open a spun phrase ("to the
    // highest degree" <- "most") when a word after it, within a phrase's reach, is not predictable.
    let firstLen = 1;
    if (settled[i] === true) {
      firstLen = 0;
      for (let k = i + 1; k < Math.min(slots.length, i + options.maxSpan); k++) if (!settled[k]) firstLen = 2;
    }
    if (slot.editable && firstLen > 0) {
      let phrase = slot.lower;
      for (let len = 1; len <= options.maxSpan && i + len <= slots.length; len++) {
        if (len > 1) {
          const prev = slots[i + len - 2] as Slot;
          const next = slots[i + len - 1] as Slot;
          if (!prev.joinsNext || !(next.editable || next.numeric === true)) break;
          if (len === 2 && !channel.mayStartPhrase(slot.lower)) break;
          if (len === 3 && channel.mayExtendPhrase?.(phrase) === false) break;
          phrase += ' ' + next.lower;
        }
        if (len < firstLen) continue;
        // A thesaurus spinner seldom writes a capital inside what it puts in ("Chancellor of the
        // Exchequer" is a name, not a spun "chancellor"); a farm's own table (curated, learned) may
        // ("Downing Avenue"). Headlines in title case are exempt.
        const name = len > 1 && !titleCase && capitalInside(slots, i, len);
        const candidates = rankedCandidates(phrase, channel, lm, options.maxCandidates, ranked, len > 1);
        // Tense matters only where two readings of one verb are candidates (tense.ts).
        const tense = candidates.length > 1 && hasTwoReadings(candidates);
        for (const candidate of candidates) {
          if (name && !isRunTime(candidate.candidate)) continue;
          const mismatch = tense && tenseMismatch(slots, i, candidate.candidate.original, candidates);
          const logCh = candidate.candidate.logP - (mismatch ? TENSE_PENALTY : 0);
          list.push(makeEdge(i, len, candidate.ids, logCh, 0, candidate.candidate));
        }
      }
    }
    edges.push(list.length > 1 ? pruneLocally(list, slots, lm, options.localKeep, stats) : list);
  }
  return edges;
}

/** True when most words of a sentence start with a capital letter (a headline in title case). */
function isTitleCase(slots: readonly Slot[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const slot of slots) {
    const kind = initial(slot.text);
    if (kind === NOT_LETTER) continue;
    words++;
    if (kind === CAPITAL) capitals++;
  }
  return words >= 3 && capitals >= 0.6 * words;
}

/** True when a word after the first of slots [i, i+len) starts with a capital letter. */
function capitalInside(slots: readonly Slot[], i: number, len: number): boolean {
  for (let k = i + 1; k < i + len; k++) if (initial((slots[k] as Slot).text) === CAPITAL) return true;
  return false;
}

const NOT_LETTER = 0;
const LETTER = 1;
const CAPITAL = 2;

/** How a text starts: a capital letter, another letter, or no letter (ASCII without a regular expression). */
function initial(text: string): number {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90 ? CAPITAL : c >= 97 && c <= 122 ? LETTER : NOT_LETTER;
  return /^\p{Lu}/u.test(text) ? CAPITAL : /^\p{L}/u.test(text) ? LETTER : NOT_LETTER;
}

/**
 * log10 probability above which a word is taken as it stands without scoring alternatives. Spinner
 * substitutes are seldom this predictable; on the development articles, skipping such slots
 * changed no restoration and took a third off the time (BENCHMARKS.md).
 */
const PREDICTABLE = -1.5;

/**
 * True when the word as it stands is very likely after the two words before it (as they stand):
 * a spinner's substitute seldom is, so the slot's candidates need not be scored.
 */
function predictable(slots: readonly Slot[], i: number, lm: NgramScorer): boolean {
  contextBefore(slots, i, lm);
  return lm.logProb(CONTEXT[0] as number, CONTEXT[1] as number, (slots[i] as Slot).ids[0] as number) > PREDICTABLE;
}

/** Scratch for {@link contextBefore}: the hot paths read two ids without allocating. */
const CONTEXT = new Int32Array(2);

/** Sets CONTEXT to the two language-model ids before slot `i` as the words stand (<s> at the start). */
function contextBefore(slots: readonly Slot[], i: number, lm: NgramScorer): void {
  const prev = slots[i - 1];
  const prev2 = slots[i - 2];
  if (prev === undefined) {
    CONTEXT[0] = -1;
    CONTEXT[1] = lm.bos;
    return;
  }
  CONTEXT[1] = prev.ids[prev.ids.length - 1] as number;
  CONTEXT[0] = prev.ids.length > 1 ? (prev.ids[prev.ids.length - 2] as number) : prev2 === undefined ? lm.bos : (prev2.ids[prev2.ids.length - 1] as number);
}

/**
 * Keeps the keep edge and the `keep` candidates that fit best between the neighbouring words as
 * they stand. Ranking by this local window, not by unigram frequency, lets evidence from the right
 * context ("said him U.K." -> "the") survive the beam's left-to-right pruning.
 */
function pruneLocally(list: Edge[], slots: readonly Slot[], lm: NgramScorer, keep: number, stats?: LatticeStats): Edge[] {
  const first = list[0] as Edge;
  // Each edge is weighed against keeping the same slots, so both windows end on the same words and
  // phrases rank fairly against single words.
  const keepScores: number[] = [localScore(first, slots, lm)];
  for (let k = 1; k < list.length; k++) {
    const edge = list[k] as Edge;
    const len = edge.len;
    let keepScore = keepScores[len - 1];
    if (keepScore === undefined) {
      const ids: number[] = [];
      for (let j = first.start; j < first.start + len; j++) ids.push(...(slots[j] as Slot).ids);
      keepScore = localScore(makeEdge(first.start, len, ids, first.logCh, first.kept, first.candidate, first.local), slots, lm);
      keepScores[len - 1] = keepScore;
    }
    edge.local = edge.logCh + localScore(edge, slots, lm) - keepScore;
  }
  stats?.ratios.push(localRatio(list));
  // In place (the list is this slot's own): keep edge first, then the best `keep` by local ratio.
  sortDescending(list, 1, localOf);
  if (list.length > keep + 1) list.length = keep + 1;
  return list;
}


/** An edge's local ratio (set on every edge {@link pruneLocally} sorts). */
const localOf = (edge: Edge): number => edge.local as number;

/**
 * The slot's local likelihood ratio of substitution (see {@link LatticeStats}): the sum over its
 * single-slot replacements of 10^local.
 */
export function localRatio(edges: readonly Edge[]): number {
  let ratio = 0;
  for (const e of edges) if (e.len === 1 && e.candidate !== null && e.local !== undefined) ratio += 10 ** Math.min(30, e.local);
  return ratio;
}

/** log10 LM score of an edge's words with the kept words of two slots either side. */
function localScore(edge: Edge, slots: readonly Slot[], lm: NgramScorer): number {
  // The last two ids before the edge, then the first two after it.
  contextBefore(slots, edge.start, lm);
  let w1 = CONTEXT[0] as number;
  let w2 = CONTEXT[1] as number;
  let score = 0;
  for (const id of edge.ids) {
    score += lm.logProb(w1, w2, id);
    w1 = w2;
    w2 = id;
  }
  const next = slots[edge.start + edge.len];
  if (next === undefined) return score + lm.logProb(w1, w2, lm.eos);
  const a1 = next.ids[0] as number;
  score += lm.logProb(w1, w2, a1);
  const a2 = next.ids.length > 1 ? next.ids[1] : slots[edge.start + edge.len + 1]?.ids[0] ?? lm.eos;
  return score + lm.logProb(w2, a1, a2 as number);
}
