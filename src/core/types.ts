/**
 * Shared data shapes of unspin's core. Findings are shaped like vfile messages so that reporters,
 * the CLI's JSON contract and the web page all render the same data.
 */

/** A place in the input: 1-based line and column, 0-based UTF-16 offset. */
export interface Place {
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units). */
  column: number;
  /** 0-based UTF-16 offset into the input. */
  offset: number;
}

/** Kinds of token the tokeniser produces. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'punct'
  | 'space'
  | 'newline'
  | 'url'
  | 'email'
  | 'code'
  | 'symbol';

/**
 * One token. Tokens are lossless: concatenating `text` of all tokens gives the input back, and
 * `offset`/`end` index into the input.
 */
export interface Token {
  /** What kind of token this is. */
  kind: TokenKind;
  /** The exact input text of the token. */
  text: string;
  /** 0-based start offset (UTF-16). */
  offset: number;
  /** 0-based end offset, exclusive. */
  end: number;
  /** 1-based line of the start. */
  line: number;
  /** 1-based column of the start. */
  column: number;
  /** True when this token ends a sentence (a `.`, `!`, `?` that is not part of an abbreviation). */
  sentenceEnd?: boolean;
  /** True when the token must never be flagged (inside a URL, e-mail, code span or quoted mention). */
  protected?: boolean;
}

/** One finding: a suspicious span and its probable original. */
export interface Finding extends Place {
  /** Stable rule id, e.g. `unspin/synonym-swap`. */
  ruleId: string;
  /** One-sentence human explanation. */
  reason: string;
  /** End offset (exclusive) of the flagged span. */
  endOffset: number;
  /** The flagged text exactly as in the input. */
  actual: string;
  /** Suggested originals, best first, in the input's case. */
  expected: string[];
  /**
   * Calibrated probability in [0, 1] that the span was spun (machine-substituted): the accusation's
   * confidence, which thresholds and reporters use.
   */
  confidence: number;
  /**
   * Calibrated probability in [0, 1] that `expected[0]` is the original. Usually below `confidence`
   * (a span can be surely spun and its original uncertain), though the two calibrations are separate.
   */
  originalConfidence: number;
  /** The evidence: language-model and channel figures behind the finding. */
  note: string;
}

/** The document-level verdict. */
export interface Verdict {
  /**
   * Calibrated probability in [0, 1] that the document was machine-spun (for a collection in which
   * one document in five is; halved when no finding at the default threshold backs it); null when
   * the text, or most of it, is not English.
   */
  score: number | null;
  /** Estimated share of the document's words that were substituted. */
  spunShare: number;
  /** Detected language: `en`; `fr`, `de`, `es`, `nl`, `it` or `pt` when the text is one of those; else `und`. */
  language: string;
  /** Plain note: why no verdict was given, or which paragraphs in another language went unchecked. */
  note?: string;
}

/** The result of checking one text. */
export interface CheckResult extends Verdict {
  /** The restored text: the input with only the spun spans replaced. */
  restored: string;
  /** All findings at or above the confidence threshold, in input order. */
  messages: Finding[];
  /**
   * Number of words checked (metrics.md tokens): the input's, less paragraphs in another language
   * left out; with no verdict, all the input's words.
   */
  words: number;
}
