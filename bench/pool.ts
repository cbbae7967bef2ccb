/**
 * A pool of forked unspin workers (bench/unspin-worker.ts): spreads `check` calls over the cores and
 * returns outputs in input order.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SystemOutput } from './systems.js';

const WORKER = fileURLToPath(new URL('./unspin-worker.ts', import.meta.url));
/** Texts per message: small enough to balance the load, large enough to keep messaging cheap. */
const BATCH = 8;

type WorkerMessage =
  | { type: 'ready' }
  | { type: 'error'; message: string }
  | { type: 'done'; id: number; outputs: SystemOutput[] };

/** Runs unspin's `check` in `jobs` child processes. */
export class UnspinPool {
  private constructor(private readonly workers: ChildProcess[]) {}

  /** Starts the workers; rejects with the first worker's load error (e.g. the API is missing). */
  static async start(jobs: number): Promise<UnspinPool> {
    const workers = Array.from({ length: jobs }, () =>
      fork(WORKER, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
    try {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve, reject) => {
              w.once('message', (m: WorkerMessage) => (m.type === 'ready' ? resolve() : reject(new Error(m.type === 'error' ? m.message : 'unexpected message'))));
              w.once('exit', (code) => reject(new Error(`worker exited with code ${code}`)));
            }),
        ),
      );
    } catch (e) {
      for (const w of workers) w.kill();
      throw e;
    }
    for (const w of workers) w.removeAllListeners('exit');
    return new UnspinPool(workers);
  }

  /** Checks every text; `tick` is called once per text as results come back. */
  async run(texts: readonly string[], tick: () => void = () => undefined): Promise<SystemOutput[]> {
    const outputs = new Array<SystemOutput>(texts.length);
    let next = 0;
    const loop = (w: ChildProcess): Promise<void> =>
      new Promise((resolve, reject) => {
        const sendNext = (): void => {
          if (next >= texts.length) {
            w.off('message', onMessage);
            w.off('exit', onExit);
            resolve();
            return;
          }
          const id = next;
          next = Math.min(texts.length, next + BATCH);
          w.send({ type: 'run', id, texts: texts.slice(id, next) });
        };
        const onMessage = (m: WorkerMessage): void => {
          if (m.type !== 'done') return;
          m.outputs.forEach((o, k) => {
            outputs[m.id + k] = o;
            tick();
          });
          sendNext();
        };
        const onExit = (code: number | null): void => reject(new Error(`unspin worker exited with code ${code}`));
        w.on('message', onMessage);
        w.once('exit', onExit);
        sendNext();
      });
    await Promise.all(this.workers.map(loop));
    return outputs;
  }

  /** Stops the workers. */
  close(): void {
    for (const w of this.workers) w.disconnect();
  }
}
