/**
 * Forked worker of the benchmark: loads the unspin API once and runs `check` on batches of texts sent
 * by the parent, so the benchmark can use every core. Reports load failures instead of crashing.
 */
import type { SystemOutput } from './systems.js';

type Api = typeof import('../src/node/api.js');

/** Message from the parent: texts to check. */
interface RunMessage {
  type: 'run';
  id: number;
  texts: string[];
}

const send = (msg: unknown): void => {
  process.send?.(msg);
};

let api: Api;
try {
  api = (await import('../src/node/api.js')) as Api;
  if (typeof api.check !== 'function') throw new Error('src/node/api.ts does not export check()');
  api.check('The committee met on Monday.');
  send({ type: 'ready' });
} catch (e) {
  send({ type: 'error', message: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) });
  process.exit(0);
}

process.on('message', (msg: RunMessage) => {
  if (msg.type !== 'run') return;
  const outputs: SystemOutput[] = msg.texts.map((text) => {
    const r = api.check(text);
    return {
      restored: r.restored,
      score: r.score ?? 0,
      findings: r.messages.map((m) => ({ start: m.offset, end: m.endOffset, expected: m.expected })),
    };
  });
  send({ type: 'done', id: msg.id, outputs });
});
process.on('disconnect', () => process.exit(0));
