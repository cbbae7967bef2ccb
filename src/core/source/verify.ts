/**
 * Verification of a candidate original against a query: content words aligned by synonym class
 * (longest matching blocks), then the words left over between two blocks matched when the channel
 * says one may replace the other. Gives the share of the query explained by the candidate
 * (coverage), a score for ranking, and the spin rate over the aligned stretch.
 */
import { matchingBlocks } from '../metrics/matching-blocks.js';
import { metricTokens } from '../metrics/tokens.js';
import type { SourceModel } from './classes.js';
import { contentWords } from './fingerprint.js';

/** How well a candidate original explains a query. */
export interface SourceMatch {
  /** Ranking score in [0, 1]: mostly coverage, a little of the candidate's share covered. */
  score: number;
  /** Share of the query's content words aligned to the candidate (same class, or channel-related). */
  coverage: number;
  /** Share of the candidate's content words aligned to the query. */
  sourceCoverage: number;
}

/** A query's content words and their classes, computed once per query. */
export interface PreparedText {
  /** Content words. */
  words: string[];
  /** Their class ids as strings (the alignment compares strings). */
  classes: string[];
}

/** Prepares a text for {@link compareSource}. */
export function prepareText(text: string, model: SourceModel): PreparedText {
  const words = contentWords(text);
  return { words, classes: words.map((w) => String(model.classOf(w))) };
}

/** Gaps longer than this on either side are not searched for channel-related words. */
const MAX_GAP = 8;

/** Scores a candidate original against a prepared query. */
export function compareSource(query: PreparedText, original: PreparedText, model: SourceModel): SourceMatch {
  const q = query.words.length;
  const d = original.words.length;
  if (q === 0 || d === 0) return { score: 0, coverage: 0, sourceCoverage: 0 };
  const blocks = matchingBlocks(original.classes, query.classes);
  let matched = 0;
  let prevA = 0;
  let prevB = 0;
  for (const block of blocks) {
    // Between two blocks: substituted words the classes missed may still be channel-related.
    const gapA = block.a - prevA;
    const gapB = block.b - prevB;
    if (gapA > 0 && gapB > 0 && gapA <= MAX_GAP && gapB <= MAX_GAP) {
      for (let j = prevB; j < block.b; j++) {
        const spun = query.words[j] as string;
        for (let i = prevA; i < block.a; i++) {
          if (model.related(spun, original.words[i] as string)) {
            matched++;
            break;
          }
        }
      }
    }
    matched += block.size;
    prevA = block.a + block.size;
    prevB = block.b + block.size;
  }
  const coverage = Math.min(1, matched / q);
  const sourceCoverage = Math.min(1, matched / d);
  return { score: 0.85 * coverage + 0.15 * sourceCoverage, coverage, sourceCoverage };
}

/**
 * Spin rate of a spun copy against its original, as docs/metrics.md counts spun words: the share
 * of the original's words, within the stretch the copy covers (first to last matched word), that
 * are not matched unchanged in the copy.
 */
export function spinRate(original: string, spun: string): number {
  const o = metricTokens(original);
  const s = metricTokens(spun);
  const blocks = matchingBlocks(o, s).filter((b) => b.size > 0);
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (first === undefined || last === undefined) return 1;
  const span = last.a + last.size - first.a;
  let kept = 0;
  for (const b of blocks) kept += b.size;
  return span === 0 ? 1 : (span - kept) / span;
}
