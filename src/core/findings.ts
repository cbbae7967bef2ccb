/**
 * From changes to what users see: findings shaped like vfile messages (place, ruleId, actual,
 * expected in the input's case, confidence, the evidence) and the restored text.
 */
import { matchCase } from './case.js';
import type { Change } from './decode/change.js';
import type { Edge } from './decode/lattice.js';
import type { Alternative } from './decode/posterior.js';
import type { Finding } from './types.js';

const RULE_ID = 'unspin/synonym-swap';

/** Offsets at which lines start (after \n, \r\n or a lone \r). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column of an offset. */
export function placeOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

/** The input with the changes applied (case kept), in offset order; overlapping changes are skipped. */
export function applyChanges(text: string, changes: readonly Change[]): string {
  let out = '';
  let at = 0;
  for (const change of [...changes].sort((a, b) => a.start - b.start)) {
    const best = change.alternatives[0]?.edge.candidate;
    if (best === null || best === undefined || change.start < at) continue;
    const actual = text.slice(change.start, change.end);
    out += text.slice(at, change.start) + keepSeparators(actual, matchCase(actual, best.original));
    at = change.end;
  }
  return out + text.slice(at);
}

/**
 * The replacement with the span's own white space between its words when both have as many words,
 * so that a phrase wrapped over two lines ("subsequent\nweek") is restored on two lines too.
 */
function keepSeparators(actual: string, replacement: string): string {
  const separators = actual.match(/\s+/g);
  if (separators === null || separators.every((s) => s === ' ')) return replacement;
  const words = replacement.split(' ');
  if (words.length !== separators.length + 1) return replacement;
  return words.map((word, i) => (i === 0 ? word : (separators[i - 1] as string) + word)).join('');
}

/** One change as a finding. */
export function toFinding(text: string, place: { line: number; column: number }, change: Change): Finding {
  const actual = text.slice(change.start, change.end);
  const best = change.alternatives[0] as Alternative;
  const original = (best.edge.candidate as NonNullable<Edge['candidate']>).original;
  const expected = change.alternatives.slice(0, 5).map((a) => matchCase(actual, (a.edge.candidate as NonNullable<Edge['candidate']>).original));
  return {
    ruleId: RULE_ID,
    reason: `"${actual}" looks like a synonym swap for "${expected[0] ?? original}"`,
    line: place.line,
    column: place.column,
    offset: change.start,
    endOffset: change.end,
    actual,
    expected,
    confidence: round(change.spunConfidence),
    originalConfidence: round(change.confidence),
    note: evidence(actual, original, best, change),
  };
}

function evidence(actual: string, original: string, best: Alternative, change: Change): string {
  const candidate = best.edge.candidate as NonNullable<Edge['candidate']>;
  // Boosted by the document's own repeated swaps, with no farm table behind it: say so.
  const fromDocument = candidate.documentShare !== undefined && candidate.source === 'learned' && candidate.bySource.learned === undefined;
  const source = fromDocument ? 'this document, which makes the same swap again and again,' : (SOURCE_NAMES[candidate.source] ?? candidate.source);
  const p = (fromDocument ? candidate.documentShare : candidate.bySource[candidate.source]) ?? 10 ** candidate.logP;
  const spun = actual.toLowerCase();
  const lm =
    change.lmGain >= 0
      ? `the language model finds "${original}" ${times(change.lmGain)} likelier than "${spun}" here`
      : `the language model finds "${spun}" ${times(-change.lmGain)} likelier than "${original}" here, but the substitution is typical`;
  return `${lm}; ${source} lists "${spun}" as a substitute for "${original}" (P=${p.toPrecision(2)}); ` +
    `spun with probability ${round(change.spunConfidence)}, and "${original}" the original with probability ${round(change.confidence)} ` +
    `of ${change.alternatives.length + 1} readings`;
}

/** 10^x as a readable factor: "3.2 times", "1,500 times". */
function times(log10: number): string {
  const x = 10 ** Math.min(12, log10);
  // Plain digit grouping: toLocaleString is slow enough to show up when findings are many.
  return `${x < 10 ? x.toFixed(1) : String(Math.round(x)).replace(/\B(?=(\d{3})+$)/g, ',')} times`;
}

const SOURCE_NAMES: Partial<Record<string, string>> = {
  wordnet: 'WordNet (same synset)',
  related: 'WordNet (related synset)',
  thesaurus: 'MyThes',
  inflection: 'morphology (another inflection)',
  function: 'the function-word list (same class)',
  closed: 'the function-word list',
  curated: 'the curated phrase table',
  learned: 'the learned farm table',
};

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
