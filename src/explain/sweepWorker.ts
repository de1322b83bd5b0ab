/**
 * A worker thread of a sweep (sweepPool.ts): reads the scenario from its YAML layer like the
 * main thread, solves its base model (the start of every point), then its share of the points in
 * order, posting one message per point (progress) and the points at the end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readLayer } from '../scenario/variants.js';
import { pickEngine } from '../solver/engines.js';
import { explainContext } from './context.js';
import type { PoolJob, WorkerMessage } from './sweepPool.js';
import { pointEvaluator, solveInBlocks } from './sweepEval.js';

async function run(job: PoolJob): Promise<WorkerMessage> {
  const engine = pickEngine(job.engine);
  const read = readLayer(job.layer, job.sets);
  if (!engine || !read.ok) return { kind: 'failed', message: 'the sweep worker could not read the scenario' };
  const ctx = explainContext(engine, { timeLimitSeconds: job.timeLimitSeconds });
  try {
    const evaluator = pointEvaluator({ layer: job.layer, sets: job.sets, scenario: read.scenario }, job.inputs, ctx);
    await evaluator.start();
    const points = await solveInBlocks(evaluator, ctx, job.values, () =>
      parentPort?.postMessage({ kind: 'point' } satisfies WorkerMessage),
    );
    return { kind: 'done', points, patched: evaluator.patched() };
  } finally {
    ctx.close();
  }
}

const reply = await run(workerData as PoolJob).catch((e: unknown): WorkerMessage => ({
  kind: 'failed',
  message: e instanceof Error ? e.message : String(e),
}));
parentPort?.postMessage(reply);
