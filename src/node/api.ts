/**
 * The Node library API: `check` and `restore` on the embedded default models, loaded once per
 * process from `models/` and `data/`. Browser users build the same pipeline from `unspin/core`.
 */
import { readFileSync } from 'node:fs';
import { decodeChannelIndex, type ChannelIndexData } from '../core/channel/index-format.js';
import { IndexedChannel } from '../core/channel/indexed.js';
import type { LearnedTable } from '../core/channel/types.js';
import { parseFunctionWords, type FunctionWords } from '../core/channel/function-words.js';
import { parsePhraseTable, type PhraseEntry } from '../core/channel/phrases.js';
import { DEFAULT_CHANNEL_WEIGHTS, type ChannelWeights } from '../core/channel/weights.js';
import { checkText, type CheckOptions, type Models } from '../core/check.js';
import type { Lexicon, Morphology } from '../core/lexicon/types.js';
import { WordNetMorphology } from '../core/lexicon/morphology.js';
import type { CheckResult } from '../core/types.js';
import type { ConfidenceModel } from '../core/decode/calibrate.js';
import { DEFAULT_VERDICT, type VerdictModel } from '../core/verdict.js';
import { loadLanguageModel } from './load-lm.js';
import { loadLexicon } from './load-lexicon.js';

/** Options of the Node `check` and `restore`. */
export interface NodeCheckOptions extends CheckOptions {
  /** A learned farm table to use on top of the built-in channel. */
  learned?: LearnedTable;
}

const ROOT = new URL('../../', import.meta.url);

let lexical: { lexicon: Lexicon; morphology: Morphology } | undefined;
let channelIndex: ChannelIndexData | undefined;
let languageModel: ReturnType<typeof loadLanguageModel> | undefined;
let defaults: Models | undefined;
const withTables = new WeakMap<LearnedTable, Models>();

/** The lexicon and morphology, loaded once. */
export function lexicalModels(): { lexicon: Lexicon; morphology: Morphology } {
  if (lexical === undefined) {
    const lexicon = loadLexicon();
    lexical = { lexicon, morphology: new WordNetMorphology(lexicon) };
  }
  return lexical;
}

/** The curated phrase entries of `data/phrases.tsv`. */
export function loadPhrases(): PhraseEntry[] {
  return parsePhraseTable(readFileSync(new URL('data/phrases.tsv', ROOT), 'utf8'));
}

/** The closed-class word list of `data/function-words.tsv`. */
export function loadFunctionWords(): FunctionWords {
  return parseFunctionWords(readFileSync(new URL('data/function-words.tsv', ROOT), 'utf8'));
}

/** Fitted channel weights (`models/channel.json`), or the defaults when the file is absent. */
export function loadChannelWeights(): ChannelWeights {
  const fitted = readJson<{ weights: Partial<ChannelWeights> }>('models/channel.json');
  return { ...DEFAULT_CHANNEL_WEIGHTS, ...(fitted?.weights ?? {}) };
}

/** Calibrated verdict coefficients (`models/verdict.json`), or the defaults. */
export function loadVerdict(): VerdictModel {
  return readJson<VerdictModel>('models/verdict.json') ?? DEFAULT_VERDICT;
}

/** The precomputed reverse paraphrase index (`models/channel.bin`), loaded once. */
export function loadChannelIndex(): ChannelIndexData {
  channelIndex ??= decodeChannelIndex(new Uint8Array(readFileSync(new URL('models/channel.bin', ROOT))));
  return channelIndex;
}

/** Builds the models, optionally with a learned table and overridden run-time weights. */
export function buildModels(options: { learned?: LearnedTable; weights?: ChannelWeights } = {}): Models {
  const { morphology } = lexicalModels();
  const channel = new IndexedChannel({
    index: loadChannelIndex(),
    morphology,
    phrases: loadPhrases(),
    weights: options.weights ?? loadChannelWeights(),
    ...(options.learned ? { learned: options.learned } : {}),
  });
  const confidence = readJson<ConfidenceModel>('models/confidence.json');
  const spunConfidence = readJson<ConfidenceModel>('models/spun-confidence.json');
  const weights = options.weights ?? loadChannelWeights();
  // One language model per process: models built with different tables share it (it is read-only).
  languageModel ??= loadLanguageModel();
  return { lm: languageModel, channel, verdict: loadVerdict(), weights, ...(confidence ? { confidence } : {}), ...(spunConfidence ? { spunConfidence } : {}) };
}

/** The default models, loaded on first use. */
export function defaultModels(learned?: LearnedTable): Models {
  if (learned !== undefined) {
    let models = withTables.get(learned);
    if (models === undefined) {
      models = buildModels({ learned });
      withTables.set(learned, models);
    }
    return models;
  }
  defaults ??= buildModels();
  return defaults;
}

/** Checks a text on the embedded models: findings, restored text and verdict. */
export function check(text: string, options: NodeCheckOptions = {}): CheckResult {
  return checkText(text, defaultModels(options.learned), options);
}

/** Restores a text: the input with only the spun spans replaced. */
export function restore(text: string, options: NodeCheckOptions = {}): string {
  return check(text, options).restored;
}

function readJson<T>(path: string): T | undefined {
  let text: string;
  try {
    text = readFileSync(new URL(path, ROOT), 'utf8');
  } catch {
    return undefined;
  }
  return JSON.parse(text) as T;
}
