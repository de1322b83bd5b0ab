/**
 * A worker thread of a sweep (sweepPool.ts): starts with the command, takes the scenario as the
 * main thread read it and builds its model, waits for the base optimum the main thread found
 * (its basis: the base model is then re-solved in no iterations, the start of every block),
 * then solves the blocks of points it claims from the shared counter, posting one message per
 * point (progress) and per block.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pickEngine } from '../solver/engines.js';
import { explainContext } from '../explain/context.js';
import { blockOf, claimBlock, type BaseMessage, type PoolJob, type WorkerMessage } from './sweepPool.js';
import { pointEvaluator, solveInBlocks } from './sweepEval.js';

const post = (m: WorkerMessage): void => parentPort?.postMessage(m);

const baseMessage = new Promise<BaseMessage>((resolve) => parentPort?.once('message', resolve));

async function run(job: PoolJob): Promise<WorkerMessage> {
  const engine = pickEngine(job.engine);
  if (!engine) return { kind: 'failed', message: `the sweep worker has no engine ${job.engine}` };
  const ctx = explainContext(engine, { timeLimitSeconds: job.timeLimitSeconds });
  try {
    const evaluator = pointEvaluator({ layer: job.layer, sets: job.sets, scenario: job.scenario }, job.inputs, ctx);
    // HiGHS and the base model loaded while the main thread solves it.
    const [{ basis }] = await Promise.all([baseMessage, evaluator.warm()]);
    if (basis) ctx.solver.seed(basis);
    await evaluator.start();
    for (
      let k = claimBlock(job.counter, job.values.length);
      k !== undefined;
      k = claimBlock(job.counter, job.values.length)
    ) {
      const before = evaluator.patched();
      const points = await solveInBlocks(evaluator, ctx, blockOf(job.values, k), () => post({ kind: 'point' }));
      post({ kind: 'block', index: k, points, patched: evaluator.patched() - before });
    }
    return { kind: 'done' };
  } finally {
    ctx.close();
  }
}

const reply = await run(workerData as PoolJob).catch((e: unknown): WorkerMessage => ({
  kind: 'failed',
  message: e instanceof Error ? e.message : String(e),
}));
post(reply);
