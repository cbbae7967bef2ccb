/**
 * Validation of the curated data files (`data/phrases.tsv`, `data/function-words.tsv`): the
 * parsers' own checks on every line (not only the first bad one), plus checks that need the real
 * morphology: both sides of an inflected entry inflect, and each example shows its side.
 */
import { readFileSync } from 'node:fs';
import { parseFunctionWords } from '../core/channel/function-words.js';
import { parsePhraseTable, PhraseTableError, type PhraseEntry } from '../core/channel/phrases.js';
import type { Form, Morphology, Pos } from '../core/lexicon/types.js';
import { lexicalModels } from './api.js';

/** Forms tried when looking for an inflection of an entry in its example. */
const FORMS: Readonly<Record<Pos, readonly Form[]>> = {
  n: ['base', 'plural'],
  v: ['base', '3sg', 'past', 'pastpart', 'gerund'],
  a: ['base', 'comparative', 'superlative'],
  r: ['base', 'comparative', 'superlative'],
};

/** One line-numbered failure of a parser that stops at the first bad line. */
interface LineProblem {
  line: number;
  message: string;
}

/**
 * Runs `parse` over `text` again and again, blanking each line it rejects, so that every bad line
 * is reported by the real parser with its real line number. Returns what the parser accepts once
 * the bad lines are gone, and the problems.
 */
function parseAll<T>(text: string, parse: (text: string) => T, lineOf: (error: unknown) => LineProblem | undefined): { value: T | undefined; problems: LineProblem[] } {
  const lines = text.split(/\r?\n/);
  const problems: LineProblem[] = [];
  // Each round blanks one line, so this terminates within lines.length + 1 rounds.
  for (let round = 0; round <= lines.length; round++) {
    try {
      return { value: parse(lines.join('\n')), problems };
    } catch (error) {
      const problem = lineOf(error);
      if (problem === undefined || problem.line < 1 || problem.line > lines.length || lines[problem.line - 1] === '') {
        problems.push({ line: problem?.line ?? 0, message: problem?.message ?? String(error) });
        return { value: undefined, problems };
      }
      problems.push(problem);
      lines[problem.line - 1] = '';
    }
  }
  return { value: undefined, problems };
}

function phraseLine(error: unknown): LineProblem | undefined {
  if (!(error instanceof PhraseTableError)) return undefined;
  return { line: error.line, message: error.message.replace(/^line \d+: /, '') };
}

function functionWordLine(error: unknown): LineProblem | undefined {
  if (!(error instanceof Error)) return undefined;
  const m = /^function-words line (\d+): (.*)$/.exec(error.message);
  return m ? { line: Number(m[1]), message: m[2] ?? '' } : undefined;
}

/** Every inflection of `lemma` as `pos` (lower case), or just the phrase for `x`. */
function inflections(lemma: string, pos: PhraseEntry['pos'], morphology: Morphology): string[] {
  if (pos === 'x') return [lemma];
  const out = new Set<string>([lemma]);
  for (const form of FORMS[pos]) {
    const f = morphology.inflect(lemma, pos, form);
    if (f !== null) out.add(f.toLowerCase());
  }
  return [...out];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `sentence` contains one of `phrases` as whole words, ignoring case. */
function containsPhrase(sentence: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => new RegExp(`(?<![\\p{L}\\p{N}'])${escapeRegExp(p).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu').test(sentence));
}

/**
 * Problems of a curated phrase file, each `file:line: message`, in line order: everything
 * {@link parsePhraseTable} rejects, inflected entries (n, v, a, r) whose sides the morphology
 * cannot inflect, and examples that do not contain an inflection of their side of the entry.
 * @param text - the file's content
 * @param file - the name used in messages
 * @param morphology - the morphology that inflects the entries (the embedded one by default)
 */
export function validatePhraseTable(text: string, file = 'data/phrases.tsv', morphology: Morphology = lexicalModels().morphology): string[] {
  const { value, problems } = parseAll(text, parsePhraseTable, phraseLine);
  for (const e of value ?? []) {
    if (e.pos !== 'x') {
      for (const [side, lemma] of [['spun', e.spun], ['original', e.original]] as const) {
        if (morphology.inflect(lemma, e.pos, 'base') === null) {
          problems.push({ line: e.line, message: `${side} "${lemma}" does not inflect as pos ${e.pos}` });
        }
      }
    }
    for (const [column, side, sentence] of [['example-spun', e.spun, e.exampleSpun], ['example-original', e.original, e.exampleOriginal]] as const) {
      if (!containsPhrase(sentence, inflections(side, e.pos, morphology))) {
        problems.push({ line: e.line, message: `${column} "${sentence}" does not contain ${e.pos === 'x' ? '' : 'an inflection of '}"${side}"` });
      }
    }
  }
  return sorted(problems).map((p) => `${file}:${p.line}: ${p.message}`);
}

/**
 * Problems of a function-word list, each `file:line: message`, in line order: everything
 * {@link parseFunctionWords} rejects.
 * @param text - the file's content
 * @param file - the name used in messages
 */
export function validateFunctionWords(text: string, file = 'data/function-words.tsv'): string[] {
  const { problems } = parseAll(text, parseFunctionWords, functionWordLine);
  return sorted(problems).map((p) => `${file}:${p.line}: ${p.message}`);
}

function sorted(problems: LineProblem[]): LineProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}

/** The repository's root, where `data/` is. */
const ROOT = new URL('../../', import.meta.url);

/** Problems of the committed data files (`data/phrases.tsv`, `data/function-words.tsv`); empty when valid. */
export function validateData(): string[] {
  const read = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');
  return [
    ...validatePhraseTable(read('data/phrases.tsv'), 'data/phrases.tsv'),
    ...validateFunctionWords(read('data/function-words.tsv'), 'data/function-words.tsv'),
  ];
}
