/**
 * Scoring loops of the benchmark: runs systems over data sets and pools the metrics.md figures.
 */
import {
  addCounts,
  addPhraseCounts,
  emptyCounts,
  phraseCounts,
  type PhraseCounts,
  type RestoreCounts,
} from '../src/core/metrics/index.js';
import { restoreCounts } from '../src/core/metrics/restore.js';
import type { CarrierCase, SpunDoc } from './datasets.js';
import type { System, SystemFinding } from './systems.js';

/** Pooled results of one system on one set of spun documents. */
export interface CellResult {
  /** Restoration counts (only meaningful for restoring systems). */
  counts: RestoreCounts;
  /** Phrase-detection counts. */
  phrases: PhraseCounts;
  /** Document scores, in document order. */
  scores: number[];
}

/** Calls `tick` after each document so the caller can draw progress. */
export type Tick = () => void;

/** Runs a system over spun documents. */
export function evaluateSpun(system: System, docs: readonly SpunDoc[], tick: Tick): CellResult {
  let counts = emptyCounts();
  let phrases: PhraseCounts = { findings: 0, correct: 0, spans: 0, touched: 0 };
  const scores: number[] = [];
  for (const doc of docs) {
    const out = system.run(doc.spun);
    counts = addCounts(counts, restoreCounts(doc.original, doc.spun, out.restored));
    const spans = doc.alignment.map((s) => ({ start: s.spun.offset, end: s.spun.end }));
    phrases = addPhraseCounts(phrases, phraseCounts(out.findings, spans));
    scores.push(out.score);
    tick();
  }
  return { counts, phrases, scores };
}

/** Results of a system on untouched documents. */
export interface UntouchedResult {
  /** Metric words in the documents. */
  words: number;
  /** Findings reported. */
  findings: number;
  /** Words of the documents no longer matched in the restored text. */
  changed: number;
  /** Document scores. */
  scores: number[];
}

/** Runs a system over untouched documents: false alarms and the negative scores for detection. */
export function evaluateUntouched(system: System, texts: readonly string[], tick: Tick): UntouchedResult {
  let counts = emptyCounts();
  let findings = 0;
  const scores: number[] = [];
  for (const text of texts) {
    const out = system.run(text);
    // With spun = original, every word is "unspun", so falseChanged counts words the system changed.
    counts = addCounts(counts, restoreCounts(text, text, out.restored));
    findings += out.findings.length;
    scores.push(out.score);
    tick();
  }
  return { words: counts.words, findings, changed: counts.falseChanged, scores };
}

/** Tortured-phrase results of one system. */
export interface TorturedResult {
  /** Carrier sentences. */
  sentences: number;
  /** Sentences whose restored text contains the expected term (case-insensitive) more often than the input. */
  top1: number;
  /** Sentences where the expected term is among the top-5 suggestions of the findings covering the phrase. */
  top5: number;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

/** Occurrences of `term` in `text`, both normalised: a carrier word equal to the term must not count. */
function occurrences(text: string, term: string): number {
  const t = norm(text);
  const w = norm(term);
  let n = 0;
  for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) n++;
  return n;
}

/**
 * Top-5 rule: the findings overlapping the phrase are combined: every choice of one of the first five
 * suggestions of each (at most three findings, 125 combinations) is substituted into the sentence
 * region they and the phrase span; the case passes when one such region contains the expected term more
 * often than the input region did.
 */
function topFive(c: CarrierCase, findings: readonly SystemFinding[]): boolean {
  const covering = findings.filter((f) => f.start < c.end && c.start < f.end).slice(0, 3);
  if (covering.length === 0) return false;
  const lo = Math.min(c.start, ...covering.map((f) => f.start));
  const hi = Math.max(c.end, ...covering.map((f) => f.end));
  const before = occurrences(c.text.slice(lo, hi), c.expected);
  const choose = (k: number, region: string, shift: number): boolean => {
    if (k === covering.length) return occurrences(region, c.expected) > before;
    const f = covering[k] as SystemFinding;
    for (const e of f.expected.slice(0, 5)) {
      const s = f.start - lo + shift;
      const next = region.slice(0, s) + e + region.slice(s + (f.end - f.start));
      if (choose(k + 1, next, shift + e.length - (f.end - f.start))) return true;
    }
    return false;
  };
  return choose(0, c.text.slice(lo, hi), 0);
}

/** Runs a system over the carrier sentences of the tortured-phrase set. */
export function evaluateTortured(system: System, cases: readonly CarrierCase[], tick: Tick): TorturedResult {
  let top1 = 0;
  let top5 = 0;
  for (const c of cases) {
    const out = system.run(c.text);
    const hit1 = occurrences(out.restored, c.expected) > occurrences(c.text, c.expected);
    if (hit1) top1++;
    if (hit1 || topFive(c, out.findings)) top5++;
    tick();
  }
  return { sentences: cases.length, top1, top5 };
}
