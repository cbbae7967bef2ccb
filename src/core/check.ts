/**
 * The check pipeline: text -> tokens -> sentences of slots -> candidate lattice -> beam decoder ->
 * changes with calibrated confidences (that the span is spun, that its original is right) ->
 * findings, restored text and verdict. Pure: models come in.
 */
import { AdaptedChannel } from './channel/adapted.js';
import type { Channel } from './channel/types.js';
import type { ChannelWeights } from './channel/weights.js';
import { ADAPT_MIN_RATE, ADAPT_WEIGHT, documentPairs, rescoreEdge, sourceScale, spunPhrase } from './decode/adapt.js';
import { documentGuards } from './guards.js';
import { decodeSentence } from './decode/beam.js';
import { calibratedConfidence, logit, type ChangeFeatures, type ConfidenceModel } from './decode/calibrate.js';
import type { Change } from './decode/change.js';
import { anyLikely, buildEdges, edgeCost, estimateRate, localRatio, pruneUnlikely, rateTerms, toSentences, type Edge, type Sentence, type Slot } from './decode/lattice.js';
import { alternativesAt } from './decode/posterior.js';
import type { NgramScorer } from './decode/scorer.js';
import { applyChanges, lineStarts, placeOf, toFinding } from './findings.js';
import { chunks } from './text/chunks.js';
import { englishPart, mainLanguage, partsNote } from './text/foreign.js';
import type { LanguageCode } from './text/language.js';
import { tokenize } from './text/tokenize.js';
import { countMetricWords } from './text/words.js';
import type { CheckResult } from './types.js';
import { verdictScore, type VerdictModel } from './verdict.js';

export type { Change } from './decode/change.js';

/** The models a check needs. */
export interface Models {
  /** Trigram language model. */
  lm: NgramScorer;
  /** Reverse paraphrase index. */
  channel: Channel;
  /** Calibrated verdict coefficients. */
  verdict: VerdictModel;
  /** Calibration of the chosen original's confidence; raw posteriors when absent. */
  confidence?: ConfidenceModel;
  /** Calibration of the probability that a changed span was spun at all; raw posteriors when absent. */
  spunConfidence?: ConfidenceModel;
  /** The channel's global source weights, the prior of per-document adaptation (none when absent). */
  weights?: ChannelWeights;
}

/** Options of {@link checkText}. */
export interface CheckOptions {
  /**
   * Findings whose span is spun with less than this probability are dropped and not restored
   * (default {@link DEFAULT_MIN_CONFIDENCE}); so are those whose original is less likely than
   * {@link MIN_ORIGINAL_CONFIDENCE}, whatever this is.
   */
  minConfidence?: number;
  /** Prior substitution rate; `auto` (default) estimates it from the document's local evidence. */
  rate?: number | 'auto';
  /** Distinct language-model states kept per word (default 6). */
  beamWidth?: number;
  /** Candidate originals kept per span before local ranking (default 6). */
  maxCandidates?: number;
  /** Candidates kept per slot after ranking in local context (default 6). */
  localKeep?: number;
  /** Called after each chunk (about 10,000 words) of a text with the characters done and in all: progress bars. */
  onProgress?: (done: number, total: number) => void;
}

/** Candidates kept per slot after ranking in local context, unless {@link CheckOptions.localKeep} says otherwise. */
export const DEFAULT_LOCAL_KEEP = 6;

/** Replacements whose local posterior is below this are not decoded (see pruneUnlikely). */
const LOCAL_FLOOR = 1e-3;
/** Characters per chunk of a long input (about 10,000 words). */
const CHUNK_CHARS = 60_000;
/** Slots per decoding block: a typical news article fits in one or two; smaller blocks keep peak memory low. */
const BLOCK_SLOTS = 600;

/**
 * How much a change counts toward the verdict: the probability that its span was spun and that its
 * original is right. Either alone counted too much on text that a news model finds odd: the spun
 * probability runs high where no original is clear (technical text), the original's where a
 * British or legal phrase has a plainer synonym (scripts/fit-confidence.ts).
 */
export function verdictWeight(c: Change): number {
  return c.confidence * c.spunConfidence;
}

/**
 * Default threshold on the probability that a span is spun: precision first. On fitting-split
 * articles the fits never saw (200-299), spun at rate 0.3, it keeps false changes at 0.35 % of unspun
 * words (0.85 gave 0.47 %, too close to the 0.5 % goal, and a third more findings on technical text).
 */
export const DEFAULT_MIN_CONFIDENCE = 0.88;

/**
 * A change is made only when its original is at least this likely, whatever the spun probability:
 * on 47 technical documents (READMEs, licences, release notes) it took false findings from 76 to 60;
 * on fitting-split articles at rate 0.3, wordnet recall 59.7 -> 59.6 % (false change 0.38 -> 0.34 %),
 * table recall at 0.25 14.4 -> 13.4 %.
 */
export const MIN_ORIGINAL_CONFIDENCE = 0.3;

/** Checks one text: findings, restored text and verdict. */
export function checkText(text: string, models: Models, options: CheckOptions = {}): CheckResult {
  return checkWith(text, models, options, false).result;
}

/** {@link checkText} plus every change the decoder made, before thresholding (for fitting and tools). */
export function checkDetailed(text: string, models: Models, options: CheckOptions = {}): { result: CheckResult; changes: Change[] } {
  return checkWith(text, models, options, true);
}

/**
 * The check; with `detail` false each change keeps only the feature the verdict reads, once it is
 * calibrated: a long spun text has tens of thousands of changes, and their thirty-odd features
 * each were half of what a check held on to.
 */
function checkWith(text: string, models: Models, options: CheckOptions, detail: boolean): { result: CheckResult; changes: Change[] } {
  // Callers from plain JavaScript get a plain error, not a failure deep inside the tokeniser.
  if (typeof text !== 'string') throw new TypeError(`unspin: the text to check must be a string, got ${text === null ? 'null' : typeof text}`);
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new RangeError(`unspin: minConfidence must be a number from 0 to 1, got ${String(minConfidence)}`);
  // Paragraphs (failing that, sentences) in another language are left out, blanked with their
  // offsets kept; the rest is checked.
  const { whole, parts, checked, language, foreignWords, englishWords } = englishPart(text);
  const words = countMetricWords(checked);
  const leftOut = parts.length === 0 ? undefined : partsNote(parts, foreignWords, foreignWords + englishWords);
  if (language.language !== 'en' || foreignWords > englishWords) {
    // Say why in the whole text's terms when it is foreign as a whole, else in its parts'.
    const named: { language: LanguageCode; note?: string | undefined } =
      whole.language !== 'en'
        ? whole
        : foreignWords > englishWords
          ? { language: mainLanguage(parts), note: `Most of the text is not English: ${leftOut ?? ''}` }
          : { language: language.language, note: `${leftOut ?? ''} ${language.note ?? ''}`.trim() };
    const result: CheckResult = {
      score: null,
      spunShare: 0,
      language: named.language,
      note: named.note ?? 'The text does not look like English; unspin only checks English, so there is no verdict.',
      restored: text,
      messages: [],
      words: parts.length === 0 ? words : countMetricWords(text),
    };
    return { result, changes: [] };
  }
  // Long inputs are read in chunks of whole paragraphs, so memory stays bounded whatever the size.
  let changes: Change[] = [];
  const guards = documentGuards(checked, models.lm);
  for (const [start, chunk] of chunks(checked, CHUNK_CHARS)) {
    for (const change of decodeChunk(chunk, models, options)) {
      change.start += start;
      change.end += start;
      // What the text is about, or its register, is not a spinner's pick (guards.ts).
      if (guards.drop(change, spunPhrase(text, change))) continue;
      if (!detail) change.features = { gain: change.features['gain'] ?? 0 };
      changes.push(change);
    }
    options.onProgress?.(start + chunk.length, text.length);
  }
  // A text that has shown two subjects of its own shows more of them (guards.ts); most have none.
  if (guards.technicalText()) changes = changes.filter((c) => !guards.technical(c, spunPhrase(text, c)));
  // Precision first, on what a reader is told: that the span was spun. Which original it was is
  // less certain, but a spun span replaced by a wrong original loses nothing the spinner had not;
  // an accusation needs some original to point to, though (MIN_ORIGINAL_CONFIDENCE).
  const kept = changes.filter((c) => isFinding(c, minConfidence));
  const lines = lineStarts(text);
  const spunShare = words === 0 ? 0 : Math.min(1, changes.reduce((s, c) => s + verdictWeight(c) * c.words, 0) / words);
  // Language-model gain of the changes, weighted the same way (as scripts/fit-confidence.ts).
  const gain = changes.reduce((s, c) => s + verdictWeight(c) * Math.max(0, c.features['gain'] ?? 0), 0);
  // Precision first: a verdict fewer than two findings back (at the default thresholds, whatever
  // the caller shows) is no accusation, so its score is halved and stays below 0.5. Short informal
  // texts with a few doubtful words had scored 0.8 with nothing to show, and one sentence with one
  // doubtful phrase 0.83 ("successful the moment"); rankings (ROC AUC) barely move.
  let evidence = 0;
  for (const c of changes) if (isFinding(c, DEFAULT_MIN_CONFIDENCE)) evidence++;
  const fitted = verdictScore(models.verdict, { spunShare, gainPerWord: words === 0 ? 0 : gain / words, words });
  const score = evidence >= MIN_EVIDENCE ? fitted : fitted / 2;
  const result: CheckResult = {
    score,
    spunShare,
    language: 'en',
    restored: applyChanges(text, kept),
    messages: kept.map((c) => toFinding(text, placeOf(lines, c.start), c)),
    words,
  };
  if (leftOut !== undefined) result.note = leftOut;
  return { result, changes };
}

/** Fewest findings (at the default thresholds) that let a verdict reach 0.5. */
const MIN_EVIDENCE = 2;

/** True when a change is reported at this threshold: surely enough spun, with an original to point to. */
function isFinding(change: Change, minConfidence: number): boolean {
  return change.spunConfidence >= minConfidence && change.confidence >= MIN_ORIGINAL_CONFIDENCE;
}

interface Decoded {
  changes: Change[];
  /** The substitution rate the document was decoded at. */
  rate: number;
}

/**
 * Decodes one chunk of text: tokens, sentences, then blocks of sentences (an article is one or two
 * blocks), each with its own rate: a crawl dump mixes clean and spun pages. Offsets are the chunk's.
 */
function decodeChunk(text: string, models: Models, options: CheckOptions): Change[] {
  const sentences = toSentences(tokenize(text), models.lm);
  // How often each word occurs: topic words recur, so an original the document also uses elsewhere
  // is more plausible, and a spun form that recurs may be a farm's fixed substitution.
  const counts = new Map<string, number>();
  for (const slots of sentences) for (const slot of slots) counts.set(slot.lower, (counts.get(slot.lower) ?? 0) + 1);
  const changes: Change[] = [];
  for (const block of blocks(sentences, BLOCK_SLOTS)) {
    const editable = block.reduce((n, s) => n + s.filter((slot) => slot.editable).length, 0);
    changes.push(...decodeBlock({ text, sentences: block, editable, counts, models, options }).changes);
  }
  return changes;
}

/** Decodes one block, then again with a channel adapted to it when it looks spun. */
function decodeBlock(context: DocumentContext): Decoded {
  const { text, models } = context;
  const { decoded, lattices } = decodeDocument(context, models.channel);
  // Second pass with the block's own substitution table, when the first found a farm's habits.
  if (decoded.rate < ADAPT_MIN_RATE) return decoded;
  const pairs = documentPairs(text, decoded.changes);
  const scale = models.weights === undefined ? {} : sourceScale(decoded.changes, models.weights);
  if (pairs.size === 0 && Object.keys(scale).length === 0) return decoded;
  // The adapted channel only reweights candidates, so the first pass's lattice is rescored rather
  // than rebuilt: the language-model windows stay as they were.
  const adapted = new AdaptedChannel(models.channel, pairs, ADAPT_WEIGHT, scale);
  const ratios: number[] = [];
  const rescored: Sentence[] = [];
  for (const sentence of lattices) {
    const edges: Edge[][] = [];
    for (const list of sentence.edges) {
      // Most lists have no edge the adapted channel reweighs: keep them as they are.
      let out = list;
      for (let k = 0; k < list.length; k++) {
        const edge = list[k] as Edge;
        const rescored = rescoreEdge(edge, sentence.slots, adapted);
        if (rescored === edge) continue;
        if (out === list) out = list.slice();
        out[k] = rescored;
      }
      if (out.length > 1) ratios.push(localRatio(out));
      edges.push(out);
    }
    rescored.push({ slots: sentence.slots, edges });
  }
  return decodeLattices(context, rescored, ratios);
}

/** Splits sentences into consecutive blocks of at least `size` slots (the last may be smaller). */
function blocks(sentences: readonly Slot[][], size: number): Slot[][][] {
  const out: Slot[][][] = [];
  let current: Slot[][] = [];
  let slots = 0;
  for (const sentence of sentences) {
    current.push(sentence);
    slots += sentence.length;
    if (slots >= size) {
      out.push(current);
      current = [];
      slots = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

interface DocumentContext {
  text: string;
  sentences: Slot[][];
  editable: number;
  counts: ReadonlyMap<string, number>;
  models: Models;
  options: CheckOptions;
}

/** Lattice, rate estimate, decoding and calibrated features of a whole document on one channel. */
function decodeDocument(context: DocumentContext, channel: Channel): { decoded: Decoded; lattices: Sentence[] } {
  const { sentences, models, options } = context;
  const stats = { ratios: [] as number[] };
  const settings = { maxCandidates: options.maxCandidates ?? 6, maxSpan: 4, localKeep: options.localKeep ?? DEFAULT_LOCAL_KEEP };
  const lattices: Sentence[] = [];
  for (const slots of sentences) {
    if (slots.some((slot) => slot.editable)) lattices.push({ slots, edges: buildEdges(slots, channel, models.lm, settings, stats) });
  }
  return { decoded: decodeLattices(context, lattices, stats.ratios), lattices };
}

/** Rate estimate, decoding, features and calibration of a block's lattices. */
function decodeLattices(context: DocumentContext, lattices: readonly Sentence[], ratios: readonly number[]): Decoded {
  const { text, editable, counts, models, options } = context;
  // Unless told, decode at the document's own rate, estimated from the local posteriors: clean
  // text gets a low prior (few false changes), heavily spun text a high one (more restored).
  const rate =
    options.rate === undefined || options.rate === 'auto' ? estimateRate(ratios, editable) : options.rate;
  const decoded: Decoded = decodeAll(lattices, models, rate, options.beamWidth ?? 6);
  decoded.changes.forEach((change, i) => {
    // Spinners change runs of words; a lone change in clean text is more often a false alarm.
    const prev = decoded.changes[i - 1];
    const next = decoded.changes[i + 1];
    change.features['neighbour'] = (prev !== undefined && change.start - prev.end <= 1) || (next !== undefined && next.start - change.end <= 1) ? 1 : 0;
  });
  for (const change of decoded.changes) {
    change.features['logRate'] = Math.log10(rate);
    // The posterior means more where the document is clearly spun.
    change.features['posteriorAtRate'] = (change.features['posterior'] ?? 0) * (1 + Math.log10(rate) / 3);
    const original = change.alternatives[0]?.edge.candidate?.original ?? '';
    const originalCount = counts.get(original) ?? 0;
    const spunCount = counts.get(spunPhrase(text, change)) ?? 0;
    change.features['originalInDocument'] = originalCount > 0 ? 1 : 0;
    change.features['spunRecurs'] = spunCount > 1 ? 1 : 0;
    // A spinner at rate r leaves most of an original's occurrences as they were: a form used again
    // and again while its supposed original never appears is more likely the writer's own word.
    change.features['repeatsAlone'] = originalCount === 0 ? Math.log(Math.max(1, spunCount)) : 0;
    change.features['originalCount'] = Math.log(1 + originalCount);
    if (models.confidence !== undefined) change.confidence = calibratedConfidence(models.confidence, change.features);
    // Whether the span was spun at all builds on the original's confidence.
    change.features['calibrated'] = logit(change.confidence);
    if (models.spunConfidence !== undefined) change.spunConfidence = calibratedConfidence(models.spunConfidence, change.features);
  }
  return decoded;
}

function decodeAll(lattices: readonly Sentence[], models: Models, rate: number, beamWidth: number): Decoded {
  const changes: Change[] = [];
  const terms = rateTerms(rate);
  for (const full of lattices) {
    // Nothing left to replace (most sentences of clean text): the best path keeps every word.
    if (!anyLikely(full, terms, LOCAL_FLOOR)) continue;
    const sentence = pruneUnlikely(full, terms, LOCAL_FLOOR);
    const slots = sentence.slots;
    const path = decodeSentence(sentence, models.lm, beamWidth, terms);
    path.edges.forEach((edge, index) => {
      if (edge.candidate === null) return;
      const alternatives = alternativesAt(sentence, path.edges, index, models.lm, terms);
      const chosen = alternatives.find((a) => a.edge === edge);
      const keep = alternatives.find((a) => a.edge.candidate === null);
      if (chosen === undefined) return;
      const first = slots[edge.start];
      const last = slots[edge.start + edge.len - 1];
      if (first === undefined || last === undefined) return;
      const replacements = alternatives.filter((a) => a.edge.candidate !== null);
      const top = replacements[0] ?? chosen;
      const spunPosterior = replacements.reduce((sum, a) => sum + a.posterior, 0);
      changes.push({
        start: first.start,
        end: last.end,
        alternatives: replacements,
        confidence: top.posterior,
        spunConfidence: spunPosterior,
        words: edge.len,
        lmGain: keep === undefined ? 0 : top.score - edgeCost(top.edge, terms) - (keep.score - edgeCost(keep.edge, terms)),
        features: {
          ...changeFeatures(slots, top.edge, top.posterior, top.score - (keep?.score ?? top.score), models.lm),
          // Language-model scores of the window alone (channel terms removed), per word of window.
          keepFit: keep === undefined ? 0 : (keep.score - edgeCost(keep.edge, terms)) / (keep.edge.ids.length + 2),
          originalFit: (top.score - edgeCost(top.edge, terms)) / (top.edge.ids.length + 2),
          alternatives: Math.log(1 + replacements.length),
          spunPosterior: logit(spunPosterior),
        },
      });
    });
  }
  return { changes, rate };
}

/** Features of a change for the confidence calibration (see decode/calibrate.ts). */
function changeFeatures(slots: readonly Slot[], edge: Edge, posterior: number, gain: number, lm: NgramScorer): ChangeFeatures {
  const candidate = edge.candidate as NonNullable<Edge['candidate']>;
  const spunIds: number[] = [];
  for (let i = edge.start; i < edge.start + edge.len; i++) spunIds.push(...(slots[i] as Slot).ids);
  const unigram = (ids: readonly number[]): number => ids.reduce((s, id) => s + lm.logProb(-1, -1, id), 0);
  const first = slots[edge.start] as Slot;
  const features: ChangeFeatures = {
    posterior: logit(posterior),
    gain: Math.min(10, gain),
    channel: candidate.logP,
    frequencyShift: unigram(edge.ids) - unigram(spunIds),
    multiword: edge.len > 1 ? 1 : 0,
    shorter: edge.ids.length < spunIds.length ? 1 : 0,
    longer: edge.ids.length > spunIds.length ? 1 : 0,
    oov: spunIds.some((id) => id < 0) ? 1 : 0,
    capitalised: edge.start > 0 && /^\p{Lu}/u.test(first.text) ? 1 : 0,
    // The replacement's advantage in its own window (neighbours as they stand), and how rare the
    // spun words are: a spinner's pick is often a word news text seldom uses.
    local: Math.max(-10, Math.min(10, edge.local ?? 0)),
    spunUnigram: Math.max(-8, unigram(spunIds) / Math.max(1, spunIds.length)),
  };
  features[`source:${candidate.source}`] = 1;
  return features;
}

