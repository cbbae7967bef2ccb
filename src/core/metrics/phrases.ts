/**
 * Phrase-detection metric of docs/metrics.md: a finding is correct when its span overlaps a spun span;
 * precision = correct findings / findings, recall = spun spans touched / spun spans.
 */

/** A half-open character range [start, end) of the spun text. */
export interface Range {
  /** Start offset. */
  start: number;
  /** End offset, exclusive. */
  end: number;
}

/** Pooled phrase-detection counts. */
export interface PhraseCounts {
  /** Findings reported. */
  findings: number;
  /** Findings overlapping at least one spun span. */
  correct: number;
  /** Spun spans. */
  spans: number;
  /** Spun spans overlapped by at least one finding. */
  touched: number;
}

function overlaps(x: Range, y: Range): boolean {
  return x.start < y.end && y.start < x.end;
}

/** Counts for one document: the findings' ranges and the true spun spans, both in the spun text. */
export function phraseCounts(findings: readonly Range[], spans: readonly Range[]): PhraseCounts {
  return {
    findings: findings.length,
    correct: findings.filter((f) => spans.some((s) => overlaps(f, s))).length,
    spans: spans.length,
    touched: spans.filter((s) => findings.some((f) => overlaps(f, s))).length,
  };
}

/** Sums phrase counts over documents. */
export function addPhraseCounts(a: PhraseCounts, b: PhraseCounts): PhraseCounts {
  return {
    findings: a.findings + b.findings,
    correct: a.correct + b.correct,
    spans: a.spans + b.spans,
    touched: a.touched + b.touched,
  };
}

/** Precision and recall from pooled counts; NaN where the denominator is zero. */
export function phrasePrecisionRecall(c: PhraseCounts): { precision: number; recall: number } {
  return {
    precision: c.findings ? c.correct / c.findings : NaN,
    recall: c.spans ? c.touched / c.spans : NaN,
  };
}
