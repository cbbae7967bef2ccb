/**
 * The systems the benchmark compares: unspin itself and three baselines (no-op, fixed-list lookup in
 * the manner of the Problematic Paper Screener, language-model perplexity alone).
 */
import type { TrigramModel } from '../src/core/lm/trigram-model.js';
import { metricTokens } from '../src/core/metrics/tokens.js';
import { tokenize } from '../src/core/text/tokenize.js';
import type { TorturedPair } from './corpora.js';

/** A flagged span of the input with its suggested originals. */
export interface SystemFinding {
  /** Start offset in the input. */
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** Suggested originals, best first. */
  expected: string[];
}

/** What a system says about one text. */
export interface SystemOutput {
  /** The restored text (the input itself for systems that do not restore). */
  restored: string;
  /** Document score in [0, 1]: higher means more likely spun. */
  score: number;
  /** Flagged spans. */
  findings: SystemFinding[];
}

/** A system under test. */
export interface System {
  /** Short id used in tables and results.json. */
  id: string;
  /** Human label. */
  label: string;
  /** Whether the system restores text (otherwise it is left out of restoration tables). */
  restores: boolean;
  /** Whether the system reports findings (otherwise it is left out of phrase-detection tables). */
  flags: boolean;
  /** Runs the system on one text. */
  run(text: string): SystemOutput;
}

/** Baseline (a): changes nothing, scores every document 0. */
export const noop: System = {
  id: 'noop',
  label: 'no-op',
  restores: true,
  flags: true,
  run: (text) => ({ restored: text, score: 0, findings: [] }),
};

const WORD = /[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?/g;

/**
 * Baseline (b): fixed-list lookup, as the Problematic Paper Screener and torturedcheck do. Every
 * listed tortured phrase found in the text (case-insensitive, whole words, longest first) is
 * replaced by its expected phrase; the document score is hits per word.
 */
export function fixedListSystem(pairs: readonly TorturedPair[]): System {
  const list = new Map<string, string>();
  let longest = 1;
  for (const p of pairs) {
    const key = metricTokens(p.tortured).join(' ');
    if (!list.has(key)) list.set(key, p.expected);
    longest = Math.max(longest, key.split(' ').length);
  }
  return {
    id: 'fixed-list',
    label: 'fixed list (PPS-style)',
    restores: true,
    flags: true,
    run(text) {
      const words = [...text.matchAll(WORD)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        key: m[0].toLowerCase().replace(/\u2019/g, "'"),
      }));
      const findings: SystemFinding[] = [];
      let i = 0;
      while (i < words.length) {
        let hit = 0;
        for (let n = Math.min(longest, words.length - i); n >= 1 && hit === 0; n--) {
          const key = words.slice(i, i + n).map((w) => w.key).join(' ');
          const expected = list.get(key);
          const first = words[i];
          const last = words[i + n - 1];
          if (expected !== undefined && first && last) {
            findings.push({ start: first.start, end: last.end, expected: [expected] });
            hit = n;
          }
        }
        i += hit || 1;
      }
      let restored = '';
      let cursor = 0;
      for (const f of findings) {
        restored += text.slice(cursor, f.start) + (f.expected[0] ?? '');
        cursor = f.end;
      }
      restored += text.slice(cursor);
      return { restored, score: words.length ? Math.min(1, findings.length / words.length) : 0, findings };
    },
  };
}

/**
 * Baseline (c): language-model perplexity alone, no restoration. Each sentence (tokeniser sentence
 * ends) is scored with `<s>`…`</s>` markers on its lower-cased word tokens; H is the mean negative
 * log10 probability per scored word of the document (OOV words skipped), and the score is the
 * logistic 1 / (1 + 10^(3 − H)), a monotone map of per-word log10 perplexity into [0, 1].
 */
export function perplexitySystem(lm: TrigramModel): System {
  return {
    id: 'lm-perplexity',
    label: 'LM perplexity',
    restores: false,
    flags: false,
    run(text) {
      let total = 0;
      let scored = 0;
      let sentence: string[] = [];
      const flush = (): void => {
        if (sentence.length === 0) return;
        const s = lm.scoreSentence(sentence, { markers: true });
        total += s.total;
        scored += s.perWord.length - s.oovs + 1; // + 1 for </s>
        sentence = [];
      };
      for (const t of tokenize(text)) {
        if (t.kind === 'word') sentence.push(t.text.toLowerCase());
        if (t.sentenceEnd) flush();
      }
      flush();
      const h = scored > 0 ? -total / scored : 0;
      return { restored: text, score: 1 / (1 + 10 ** (3 - h)), findings: [] };
    },
  };
}
