import type { ExplainContext } from '../explain/context.js';
import type { SweepBase } from '../sweep/sweepEval.js';
import type { Solver } from '../solver/solver.js';
import { optionsWorkerCount, pooledPlanner } from './planPool.js';
import { inThread, type VariantPlanner } from './variantPlanner.js';

/** How `alternatives` and `pareto` spread their variants: --workers (undefined: decide), the engine, the worker module. */
export type OptionsThreads = {
  readonly workers: number | undefined;
  /** The engine as the command picked it (not a session): variants that must start afresh use it. */
  readonly engine: Solver;
  /** dist/options/planWorker.js, or undefined (everything in this thread). */
  readonly script: string | undefined;
};

/** Everything in this thread (tests, and the library's default). */
export const oneThread = (engine: Solver): OptionsThreads => ({ workers: 1, engine, script: undefined });

/** The planner of the variants: worker threads when they pay (planPool.ts), else this thread. */
export function openPlanner(
  base: SweepBase,
  ctx: ExplainContext,
  threads: OptionsThreads,
  jobs: number,
  baseMs: number,
): VariantPlanner {
  const n = optionsWorkerCount(jobs, threads.workers, baseMs);
  const here = inThread(base, ctx, threads.engine);
  if (n <= 1 || threads.script === undefined) return here;
  return pooledPlanner(
    { layer: base.layer, sets: base.sets, engine: ctx.solver.name, timeLimitSeconds: ctx.options.timeLimitSeconds },
    n,
    threads.script,
    here,
  );
}
