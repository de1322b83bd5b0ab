/**
 * A worker thread of a sweep (sweepPool.ts): reads the scenario from its YAML layer like the
 * main thread, waits for the base optimum the main thread found (its basis: the base model is
 * then re-solved in no iterations, the start of every block), then solves the blocks of points
 * it claims from the shared counter, posting one message per point (progress) and per block.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readLayer } from '../scenario/variants.js';
import { pickEngine } from '../solver/engines.js';
import { explainContext } from '../explain/context.js';
import { blockOf, claimBlock, type BaseMessage, type PoolJob, type WorkerMessage } from './sweepPool.js';
import { pointEvaluator, solveInBlocks } from './sweepEval.js';

const post = (m: WorkerMessage): void => parentPort?.postMessage(m);

const baseMessage = new Promise<BaseMessage>((resolve) => parentPort?.once('message', resolve));

async function run(job: PoolJob): Promise<WorkerMessage> {
  const engine = pickEngine(job.engine);
  const read = readLayer(job.layer, job.sets);
  if (!engine || !read.ok) return { kind: 'failed', message: 'the sweep worker could not read the scenario' };
  const ctx = explainContext(engine, { timeLimitSeconds: job.timeLimitSeconds });
  try {
    const evaluator = pointEvaluator({ layer: job.layer, sets: job.sets, scenario: read.scenario }, job.inputs, ctx);
    const { basis } = await baseMessage;
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
