/**
 * The unspin benchmark (docs/metrics.md definitions). Spins BBC News articles with the reference
 * spinner, runs unspin and the baselines, and writes BENCHMARKS.md, bench/results.json and
 * bench/restore-recall.svg.
 *
 *   npm run bench [-- --quick] [-- --baselines-only]     (builds dist/ first, then runs this file)
 *
 * Needs ../shared/corpora next to the repository (exit 2 otherwise). Without the unspin API
 * (src/node/api.ts) it exits 1 unless --baselines-only is given. The speed runs time the built
 * package in dist/ and exit 1 when it is missing or older than src/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { WordNetMorphology } from '../src/core/lexicon/morphology.js';
import { fprAtRecall, phrasePrecisionRecall, restoreRates, rocAuc } from '../src/core/metrics/index.js';
import { mulberry32, parseTable, spin } from '../src/core/spin/index.js';
import { loadLexicon } from '../src/node/load-lexicon.js';
import { restoreRecallSvg, type Series } from './chart.js';
import { CORPORA, corpusPath, readArticles, readTortured, ROOT, type Article } from './corpora.js';
import {
  carrierCases,
  RATES,
  SAMPLE_SEED,
  sampleArticles,
  spinCell,
  spinMixed,
  STYLES,
  wordCount,
  type SpinResources,
  type SpunDoc,
} from './datasets.js';
import { evaluateSpun, evaluateTortured, evaluateUntouched, type CellResult } from './evaluate.js';
import { renderMarkdown, type Results, type SpeedRun } from './report.js';
import { UnspinPool } from './pool.js';
import { fixedListSystem, noop, perplexitySystem, type System, type SystemOutput } from './systems.js';

const quick = process.argv.includes('--quick');
const baselinesOnly = process.argv.includes('--baselines-only');
/** Articles per cell (and untouched negatives). */
const N = quick ? 25 : 300;
/** Tortured phrases sampled (two carrier sentences each): all plain pairs in full runs. */
const TORTURED_N = quick ? 100 : Number.POSITIVE_INFINITY;
/** Words of the speed-test input. */
const SPEED_WORDS = quick ? 20_000 : 100_000;
/** Worker processes running unspin (`--jobs N`, default: all cores, at most 4). */
const JOBS = Number(process.argv[process.argv.indexOf('--jobs') + 1]) || Math.min(4, os.cpus().length);
const started = performance.now();

let progressWidth = 0;
function progress(label: string, done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const line = `${label} ${done}/${total}`;
  process.stderr.write(`\r${line.padEnd(progressWidth)}`);
  progressWidth = line.length;
  if (done === total) {
    process.stderr.write(`\r${''.padEnd(progressWidth)}\r`);
    progressWidth = 0;
  }
}
function ticker(label: string, total: number): () => void {
  let done = 0;
  progress(label, 0, total);
  return () => progress(label, ++done, total);
}

/** unspin's outputs, computed in the worker pool ahead of each evaluation and looked up by text. */
const unspinOutputs = new Map<string, SystemOutput>();
let pool: UnspinPool | undefined;

async function startUnspin(): Promise<System | undefined> {
  try {
    pool = await UnspinPool.start(JOBS);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (!baselinesOnly) {
      console.error(`bench: the unspin API (src/node/api.ts check) is not usable: ${why}; use --baselines-only to run the baselines alone`);
      process.exit(1);
    }
    console.error(`bench: unspin rows skipped (--baselines-only): ${why}`);
    return undefined;
  }
  return {
    id: 'unspin',
    label: 'unspin',
    restores: true,
    flags: true,
    run(text) {
      const out = unspinOutputs.get(text);
      if (!out) throw new Error('bench: unspin output missing (not precomputed)');
      return out;
    },
  };
}

/** Runs unspin over texts in the worker pool (once per distinct text). */
async function precompute(texts: readonly string[], label: string): Promise<void> {
  if (!pool) return;
  const todo = [...new Set(texts)].filter((t) => !unspinOutputs.has(t));
  const outputs = await pool.run(todo, ticker(`unspin ${label}`, todo.length));
  todo.forEach((t, i) => unspinOutputs.set(t, outputs[i] as SystemOutput));
}

async function loadPerplexity(): Promise<System | undefined> {
  try {
    const { loadLanguageModel } = await import('../src/node/load-lm.js');
    return perplexitySystem(loadLanguageModel());
  } catch (e) {
    console.error(`bench: LM perplexity baseline skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return undefined;
  }
}

function ensureTable(): string {
  const path = join(ROOT, 'bench/.cache/ppdb-table.tsv');
  corpusPath('ppdb-xl/ppdb-xl.txt');
  if (!existsSync(path)) {
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build-ppdb-table.ts')], { stdio: 'inherit' });
  }
  return path;
}

/** True when `taskset` (util-linux) can pin a process to one CPU here. */
function canPin(): boolean {
  return spawnSync('taskset', ['-c', '0', process.execPath, '-e', '0']).status === 0;
}

/** Rounds of speed runs; each configuration keeps its fastest, as other load on a shared machine only slows a run. */
const SPEED_ROUNDS = 5;

/** One speed configuration: a command on an input file, pinned to one CPU or not. */
interface SpeedConfig {
  mode: 'check' | 'restore';
  input: string;
  label: string;
  pin: boolean;
}

/** Writes a speed input where it stays after the run, so a figure can be reproduced. */
function speedInput(mode: 'check' | 'restore', docs: string[], name: string): string {
  const dir = join(ROOT, 'bench/.cache');
  mkdirSync(dir, { recursive: true });
  // node --max-old-space-size=1024 bench/speed-child.mjs MODE FILE reruns one configuration.
  const input = join(dir, `speed-${mode}-${name}.json`);
  writeFileSync(input, JSON.stringify(docs));
  return input;
}

/**
 * One run of bench/speed-child.mjs in a fresh process. With `pin`, the process and all its threads
 * (V8's garbage collector and compiler included) share CPU 0.
 */
function speedRun(config: SpeedConfig): SpeedRun {
  // The same heap limit as bin/unspin.js, so peak RSS is what the CLI shows.
  const node = [process.execPath, '--max-old-space-size=1024', join(ROOT, 'bench/speed-child.mjs'), config.mode, config.input];
  const [command, ...args] = config.pin ? ['taskset', '-c', '0', ...node] : node;
  const out = execFileSync(command as string, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20, timeout: 600_000 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as SpeedRun;
}

/** Newest modification time of the files under `dir`, in ms. */
function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

/** Exits with a plain message when dist/ (what the speed runs time) is missing or older than src/. */
function requireFreshBuild(): void {
  const api = join(ROOT, 'dist/node/api.js');
  if (!existsSync(api) || statSync(api).mtimeMs < newest(join(ROOT, 'src'))) {
    console.error('bench: dist/ is missing or older than src/; run `npm run bench` (it builds first) or `npm run build`');
    process.exit(1);
  }
}

/** Speed runs on three disjoint inputs of about SPEED_WORDS words each (articles in the given order). */
function speedTest(articles: readonly Article[], res: SpinResources): SpeedRun[] {
  // Three inputs of about SPEED_WORDS words each, from disjoint articles: untouched, spun, spun.
  const inputs: string[][] = [[], [], []];
  const words = [0, 0, 0];
  let k = 0;
  for (const which of [0, 1, 2]) {
    while ((words[which] as number) < SPEED_WORDS && k < articles.length) {
      const a = articles[k] as Article;
      const text = which === 0 ? a.text : spin(a.text, { style: 'wordnet', rate: 0.3, seed: 7_000_000 + k, ...res }).text;
      inputs[which]?.push(text);
      words[which] = (words[which] as number) + wordCount(text);
      k++;
    }
  }
  if (process.stderr.isTTY) process.stderr.write(`speed test on 3 × ${SPEED_WORDS} words…`);
  const files = [
    { mode: 'check' as const, input: speedInput('check', inputs[0] ?? [], 'untouched'), label: 'untouched' },
    { mode: 'check' as const, input: speedInput('check', inputs[1] ?? [], 'spun'), label: 'spun (wordnet 0.3)' },
    { mode: 'restore' as const, input: speedInput('restore', inputs[2] ?? [], 'spun'), label: 'spun (wordnet 0.3)' },
  ];
  const configs: SpeedConfig[] = (canPin() ? [false, true] : [false]).flatMap((pin) => files.map((f) => ({ ...f, pin })));
  // Round robin, so that a slow spell of the machine hits every configuration alike.
  const best = new Map<SpeedConfig, SpeedRun>();
  for (let round = 0; round < SPEED_ROUNDS; round++) {
    for (const config of configs) {
      const run = speedRun(config);
      const prev = best.get(config);
      if (prev === undefined || run.wordsPerSec > prev.wordsPerSec) best.set(config, run);
    }
  }
  const runs: SpeedRun[] = configs.map((c) => ({ ...(best.get(c) as SpeedRun), input: c.label, cpus: c.pin ? 'one (taskset -c 0)' : 'any' }));
  if (process.stderr.isTTY) process.stderr.write(`\r${''.padEnd(40)}\r`);
  return runs;
}

async function main(): Promise<void> {
  const articles = readArticles();
  const tortured = readTortured();
  const tablePath = ensureTable();
  const lexicon = loadLexicon();
  const res: SpinResources = {
    lexicon,
    morphology: new WordNetMorphology(lexicon),
    table: parseTable(readFileSync(tablePath, 'utf8')),
  };
  // Speed first, while the machine is otherwise idle: each command in a fresh child process on its own input.
  if (!baselinesOnly) requireFreshBuild();
  const speed = baselinesOnly ? undefined : speedTest([...articles].reverse(), res);
  const unspin = await startUnspin();
  const perplexity = await loadPerplexity();
  const systems = [unspin, noop, fixedListSystem(tortured), perplexity].filter((s): s is System => s !== undefined);
  const restorers = systems.filter((s) => s.restores);

  const sample = sampleArticles(articles, N);
  const results: Results = {
    meta: {
      date: new Date().toISOString(),
      command: `npm run bench${quick || baselinesOnly ? ' --' : ''}${quick ? ' --quick' : ''}${baselinesOnly ? ' --baselines-only' : ''}`,
      mode: quick ? 'quick' : 'full',
      node: process.version,
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        memoryGB: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.platform()} ${os.release()}`,
      },
      corpora: CORPORA,
      articlesPerCell: N,
      sampleSeed: SAMPLE_SEED,
      tortured: { plainPairs: tortured.length, sampled: Math.min(TORTURED_N, tortured.length) },
      systems: systems.map((s) => s.label),
      seconds: 0,
    },
    restore: [],
    detection: [],
    phrase: [],
    tortured: [],
    untouched: [],
    speed: undefined,
  };

  // Restoration and phrase detection, per style and rate.
  const positives = new Map<string, Map<string, number[]>>();
  for (const style of STYLES) {
    for (const rate of RATES) {
      const docs = spinCell(sample.spun, style, rate, res);
      const words = docs.reduce((s, d) => s + wordCount(d.original), 0);
      await precompute(docs.map((d) => d.spun), `${style}@${rate}`);
      for (const system of systems) {
        if (!system.restores && rate !== 0.3) continue;
        const r: CellResult = evaluateSpun(system, docs, ticker(`${system.id} ${style}@${rate}`, docs.length));
        if (system.restores) results.restore.push({ system: system.label, style, rate, docs: docs.length, words, ...restoreRates(r.counts) });
        if (system.flags) results.phrase.push({ system: system.label, style, rate, ...r.phrases, ...phrasePrecisionRecall(r.phrases) });
        if (rate === 0.3) {
          const set = `${style}@0.3`;
          if (!positives.has(set)) positives.set(set, new Map());
          positives.get(set)?.set(system.label, r.scores);
        }
      }
    }
  }

  // Mixed detection set: styles and rates drawn per article.
  const mixed: SpunDoc[] = spinMixed(sample.spun, res);
  positives.set('mixed', new Map());
  await precompute(mixed.map((d) => d.spun), 'mixed');
  for (const system of systems) {
    positives.get('mixed')?.set(system.label, evaluateSpun(system, mixed, ticker(`${system.id} mixed`, mixed.length)).scores);
  }

  // Untouched articles: negatives for detection, false alarms.
  const untouched = sample.untouched.map((a) => a.text);
  const negatives = new Map<string, number[]>();
  await precompute(untouched, 'untouched');
  for (const system of systems) {
    const u = evaluateUntouched(system, untouched, ticker(`${system.id} untouched`, untouched.length));
    negatives.set(system.label, u.scores);
    results.untouched.push({
      system: system.label,
      docs: untouched.length,
      words: u.words,
      findings: u.findings,
      findingsPer1000: u.words ? (1000 * u.findings) / u.words : NaN,
      changedShare: u.words ? u.changed / u.words : NaN,
    });
  }
  for (const [set, bySystem] of positives) {
    for (const [system, pos] of bySystem) {
      const neg = negatives.get(system) ?? [];
      results.detection.push({ system, set, positives: pos.length, negatives: neg.length, auc: rocAuc(pos, neg), fpr95: fprAtRecall(pos, neg) });
    }
  }

  // Tortured phrases in carrier sentences.
  const order = [...tortured];
  const random = mulberry32(SAMPLE_SEED + 2);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as (typeof order)[number], order[i] as (typeof order)[number]];
  }
  const cases = carrierCases(order.slice(0, TORTURED_N));
  await precompute(cases.map((c) => c.text), 'tortured');
  pool?.close();
  for (const system of restorers) {
    const t = evaluateTortured(system, cases, ticker(`${system.id} tortured`, cases.length));
    results.tortured.push({ system: system.label, phrases: cases.length / 2, ...t });
  }

  if (unspin) results.speed = speed;

  results.meta.seconds = Math.round((performance.now() - started) / 1000);
  const series: Series[] = [];
  for (const style of STYLES) {
    for (const system of restorers) {
      series.push({
        label: `${system.label}, ${style}`,
        dashed: style !== 'wordnet',
        points: results.restore.filter((r) => r.style === style && r.system === system.label).map((r) => ({ x: r.rate, y: r.restoreRecall })),
      });
    }
  }
  writeFileSync(join(ROOT, 'bench/restore-recall.svg'), restoreRecallSvg(series, `Restore recall vs spin rate (${results.meta.mode} run, ${N} articles per point)`));
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n');
  const markdown = renderMarkdown(results);
  // Source retrieval and farm tables are measured by bench/source.ts (slower, its own index); its
  // latest sections are included as they stand, with their own command and date.
  const sections = ['bench/source-results.md', 'bench/source-results-1m.md']
    .map((f) => join(ROOT, f))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, 'utf8').trim());
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), [markdown.trimEnd(), ...sections].join('\n\n') + '\n');
  console.log(markdown);
}

await main();
