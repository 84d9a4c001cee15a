/**
 * Hostile and odd inputs at the analysis level. Each case runs in a worker thread with a generous
 * limit (HOSTILE_LIMIT_MS); a case that does not answer in time is a hang, and the worker is
 * terminated. Times are logged as test diagnostics, never asserted beyond "did not hang".
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { hostileCases } from './hostileCases';
import type { WorkerAnswer } from './hostileWorker';

/** A hang guard, not a speed limit (the bench measures speed): generous for two loaded cores. */
const HOSTILE_LIMIT_MS = 120_000;
/** The 10 MB cases get more room; a hang or a quadratic blow-up never finishes at all. */
const limitFor = (name: string) => (/^\d+ MB/.test(name) ? 600_000 : HOSTILE_LIMIT_MS);

let worker: Worker | undefined;
function startWorker(): Worker {
  const src = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(path.join(__dirname, 'hostileWorker.ts'))});`;
  return new Worker(src, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
}

function runCase(name: string): Promise<WorkerAnswer> {
  const w = (worker ??= startWorker());
  const limit = limitFor(name);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      cleanup();
      worker = undefined;
      void w.terminate();
      resolve({ name, ok: false, ms: limit, error: `did not finish within ${limit} ms (hang)` });
    }, limit);
    const onMessage = (a: WorkerAnswer) => {
      if (a.name !== name) return;
      cleanup();
      resolve(a);
    };
    const onError = (e: Error) => {
      cleanup();
      worker = undefined;
      resolve({ name, ok: false, ms: 0, error: `worker died: ${e.stack ?? e}` });
    };
    const cleanup = () => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.postMessage(name);
  });
}

after(() => worker?.terminate());

for (const c of hostileCases) {
  test(`hostile input (analysis, limit ${limitFor(c.name) / 1000} s): ${c.name}`, { timeout: limitFor(c.name) + 30_000 }, async (t) => {
    const a = await runCase(c.name);
    t.diagnostic(`${c.name}: ${a.ms} ms${a.summary ? `; ${a.summary}` : ''}`);
    assert.ok(a.ok, a.error);
  });
}
