import type { Highs } from 'highs';
import { hasIntegers, type LpModel } from '../model/lp.js';
import type { SolveOptions, SolveResult } from './solver.js';

/** A HiGHS model instance (the runtime's `createModel()` result). */
export type HighsModel = ReturnType<Highs['createModel']>;

/** HiGHS's own default node limit (its largest integer): none. */
const NO_NODE_LIMIT = 2147483647;

/** The options bestshore runs HiGHS with. */
export function highsOptions(model: LpModel, options: SolveOptions): Record<string, string | number | boolean> {
  return {
    output_flag: false,
    time_limit: options.timeLimitSeconds,
    // HiGHS's own choice (simplex for LPs, branch and bound for MILPs): on the merged-hours
    // model simplex beats the interior-point method at every size the benchmark runs.
    solver: model.method === 'interior-point' && !hasIntegers(model) ? 'ipm' : 'choose',
    // Every MILP option always, HiGHS's default where the solve asks for none: a session's engine
    // keeps what an earlier solve set (highsSession.ts).
    ...(hasIntegers(model)
      ? { mip_rel_gap: options.mipGap ?? 0, mip_abs_gap: 1e-6, mip_max_nodes: options.nodeLimit ?? NO_NODE_LIMIT }
      : {}),
  };
}

/**
 * A plain array of the values: `Array.from` on a typed array goes through its iterator and boxes
 * every value, ~0.5 MB of garbage per solve at 10,000 columns (a sweep solves hundreds).
 */
export function numbersOf(values: Float64Array): number[] {
  const out = new Array<number>(values.length);
  for (let j = 0; j < values.length; j++) out[j] = values[j] ?? 0;
  return out;
}

/** What a finished `run()` says about `model`, in the engine-neutral terms of solver.ts (`mip`: whether it has integers). */
export function readResult(m: HighsModel, model: LpModel, mip = hasIntegers(model)): SolveResult {
  const status = m.getModelStatus();
  if (status === 8 || status === 9) return { status: 'infeasible' };
  if (status === 10) return { status: 'unbounded' };
  const info = (name: string): number | undefined => {
    try {
      return Number(m.info.get(name));
    } catch {
      return undefined;
    }
  };
  const hasSolution = info('primal_solution_status') === 2;
  const gap = mip ? info('mip_gap') : undefined;
  const mipGap = gap === undefined || !Number.isFinite(gap) ? undefined : gap;
  if (status === 6 && model.vars.length === 0)
    return { status: 'optimal', engine: 'highs', objective: 0, x: [], duals: model.rows.map(() => 0), mipGap };
  // Stopped by its time limit (13) or its node limit (16, HiGHS's solution limit) with a plan in hand.
  const stopped = status === 13 || status === 16;
  if (stopped && mip && hasSolution) {
    return {
      status: 'feasible',
      engine: 'highs',
      objective: m.getObjectiveValue(),
      x: numbersOf(m.getSolution().colValue),
      mipGap,
    };
  }
  if (status !== 7) {
    const limit = status === 13 ? 'time limit' : 'node limit';
    return {
      status: 'error',
      message: `HiGHS stopped with model status ${status}${stopped ? ` (${limit} reached with no solution)` : ''}`,
      ...(stopped ? { stoppedBy: limit } : {}),
    };
  }
  const sol = m.getSolution();
  return {
    status: 'optimal',
    engine: 'highs',
    objective: m.getObjectiveValue(),
    x: numbersOf(sol.colValue),
    duals: mip ? undefined : numbersOf(sol.rowDual),
    mipGap,
  };
}
