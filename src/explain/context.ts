import { buildModel } from '../model/buildModel.js';
import type { LpModel } from '../model/lp.js';
import type { Scenario } from '../scenario/types.js';
import { solveModel } from '../solver/solveModel.js';
import type { SolveOptions, SolveResult, Solver } from '../solver/solver.js';

/** What the analyses need from the outside world: an engine, its limits, a model builder. */
export type ExplainContext = {
  readonly solver: Solver;
  readonly options: SolveOptions;
  readonly build: (s: Scenario) => LpModel;
  /** Ask HiGHS for ranging (the range over which each marginal value holds). */
  readonly ranging: boolean;
  readonly solve: (model: LpModel) => Promise<SolveResult>;
};

export function explainContext(solver: Solver, options: SolveOptions): ExplainContext {
  return {
    solver, options, build: (s) => buildModel(s),
    // Ranging needs HiGHS's simplex; a user who picked javascript-lp-solver gets its duals only.
    ranging: solver.name !== 'javascript-lp-solver',
    solve: (m) => solveModel(m, solver, options),
  };
}

/** Tolerance under which costs are equal (relative to the plan's cost). */
export const COST_TOL = 1e-7;

export const isSolved = (r: SolveResult): r is Extract<SolveResult, { status: 'optimal' | 'feasible' }> =>
  r.status === 'optimal' || r.status === 'feasible';

/** The optimal cost of a model, or undefined when it has no plan. */
export async function costOf(ctx: ExplainContext, model: LpModel): Promise<number | undefined> {
  const r = await ctx.solve(model);
  return isSolved(r) ? r.objective : undefined;
}

export async function costOfScenario(ctx: ExplainContext, s: Scenario): Promise<number | undefined> {
  return costOf(ctx, ctx.build(s));
}
