/**
 * The language-model surface the decoder needs. `TrigramModel` (src/core/lm) implements it; keeping
 * the decoder on this narrow interface lets tests drive it with tiny hand-made models.
 */
export interface NgramScorer {
  /** Vocabulary id of a lower-case word, or -1 when it is out of vocabulary. */
  wordId(word: string): number;
  /** Id of the sentence-start marker `<s>`. */
  readonly bos: number;
  /** Id of the sentence-end marker `</s>`. */
  readonly eos: number;
  /** Id of the unknown-word marker `<unk>`. */
  readonly unk: number;
  /** log10 P(w3 | w1 w2) with back-off; -1 for a missing context word. */
  logProb(w1: number, w2: number, w3: number): number;
}
