/**
 * A worker thread of `alternatives` and `pareto` (planPool.ts): reads the scenario from its
 * YAML layer like the main thread, solves it first (the start of every variant's solve), then
 * plans the variants it is sent, in order, posting one message per variant and the outcomes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { explainContext } from '../explain/context.js';
import { buildModel } from '../model/buildModel.js';
import { readLayer } from '../scenario/variants.js';
import { pickEngine } from '../solver/engines.js';
import { solveModel } from '../solver/solveModel.js';
import type { PlanPoolJob, PlanReply, PlanRequest } from './planPool.js';
import { baseHasIntegers, planVariant } from './variantPlanner.js';

const job = workerData as PlanPoolJob;
const engine = pickEngine(job.engine);
const read = readLayer(job.layer, job.sets);
const post = (m: PlanReply): void => parentPort?.postMessage(m);

if (!engine || !read.ok) {
  parentPort?.on('message', () => post({ kind: 'failed', message: 'the options worker could not read the scenario' }));
} else {
  const base = { layer: job.layer, sets: job.sets, scenario: read.scenario };
  const ctx = explainContext(engine, { timeLimitSeconds: job.timeLimitSeconds });
  const mip = baseHasIntegers(base);
  // The base model solved first, as the main thread's plan solved it: every variant's solve
  // starts from its optimum (its certificate and verification are the main thread's).
  const ready = solveModel(buildModel(base.scenario), ctx.solver, ctx.options);
  parentPort?.on('message', (m: PlanRequest) => {
    void (async () => {
      try {
        await ready;
        const outcomes = [];
        for (const v of m.variants) {
          outcomes.push(await planVariant(base, v, ctx, engine, mip));
          post({ kind: 'planned-one' });
        }
        post({ kind: 'planned', outcomes });
      } catch (e) {
        post({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    })();
  });
}
