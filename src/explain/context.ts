import { buildPreparedModel } from '../model/buildModel.js';
import { prepare, type PreparedScenario } from '../model/prepare.js';
import type { LpModel } from '../model/lp.js';
import { sharesWeek } from '../model/timeClasses.js';
import { HoursVarRecords } from '../model/hoursVarRecord.js';
import type { Scenario } from '../scenario/types.js';
import { sessionOf } from '../solver/engines.js';
import type { SolverSession } from '../solver/highsSession.js';
import { solveModel } from '../solver/solveModel.js';
import type { SolveOptions, SolveResult, Solver } from '../solver/solver.js';
import { MIP_PROVEN_GAP } from '../tolerances.js';

/** What the analyses need from the outside world: an engine, its limits, a model builder. */
export type ExplainContext = {
  /** The engine, kept open for the analysis (solver/highsSession.ts). */
  readonly solver: SolverSession;
  /** The engine alone, as `plan` uses it: a mixed-integer plan is planned with it (basePlan.ts). */
  readonly plain: Solver;
  readonly options: SolveOptions;
  /**
   * The model of a scenario, built once. With `weekOf` (the scenario `s` was derived from, one
   * rule lifted), on `weekOf`'s hour classes when they serve (model/timeClasses.ts, sharesWeek):
   * the same optimum, and ids that match the plan's, so a re-plan starts from the plan's basis
   * as it is and skips building the week again.
   */
  readonly build: (s: Scenario, weekOf?: Scenario) => LpModel;
  /** The scenario's derived facts (model/prepare.ts), prepared once per scenario like its model. */
  readonly prepare: (s: Scenario) => PreparedScenario;
  /** Ask HiGHS for ranging (the range over which each marginal value holds). */
  readonly ranging: boolean;
  readonly solve: (model: LpModel) => Promise<SolveResult>;
  /** Frees the engine kept open for the analysis (it stays usable: it would start afresh). */
  readonly close: () => void;
};

/**
 * The analyses solve many models that differ from the plan's by one rule or one value: they
 * share one engine session (solver/highsSession.ts: models changed in place, solves started
 * from the plan's basis, a model solved again answered at once), and a scenario's model is
 * built once however often it is asked for.
 */
export function explainContext(solver: Solver, options: SolveOptions): ExplainContext {
  const session = sessionOf(solver);
  const built = new WeakMap<Scenario, LpModel>();
  const prepared = new WeakMap<Scenario, PreparedScenario>();
  const records = new HoursVarRecords();
  const prepareOnce = (s: Scenario): PreparedScenario => {
    const known = prepared.get(s);
    if (known) return known;
    const p = prepare(s);
    prepared.set(s, p);
    return p;
  };
  return {
    solver: session,
    plain: solver,
    options,
    build: (s, weekOf) => {
      const known = built.get(s);
      if (known) return known;
      const week = weekOf && weekOf !== s && sharesWeek(weekOf, s) ? prepareOnce(weekOf).time : undefined;
      const model = buildPreparedModel(week ? prepare(s, week) : prepareOnce(s), { wholeFte: false, records });
      built.set(s, model);
      return model;
    },
    prepare: prepareOnce,
    // Ranging needs HiGHS's simplex; a user who picked javascript-lp-solver gets its duals only.
    ranging: solver.name !== 'javascript-lp-solver',
    solve: (m) => solveModel(m, session, options),
    close: session.close,
  };
}

/** Called as an analysis advances: done of total, and what is counted (for a progress bar). */
export type ExplainProgress = (done: number, total: number, unit: string) => void;

export const isSolved = (r: SolveResult): r is Extract<SolveResult, { status: 'optimal' | 'feasible' }> =>
  r.status === 'optimal' || r.status === 'feasible';

/** The optimal cost of a model, or undefined when it has no plan. */
export async function costOf(ctx: ExplainContext, model: LpModel): Promise<number | undefined> {
  return (await pricedOf(ctx, model))?.cost;
}

/**
 * A plan's cost and what bounds the optimum from below: the cost itself when the plan is proven
 * optimal (an LP, or a branch and bound closed to MIP_PROVEN_GAP), the cost less the gap the
 * search proves when it stopped short (a rota or a queue plan within its gap), undefined when
 * nothing bounds it (a search stopped with no gap stated).
 */
export type Priced = { readonly cost: number; readonly bound: number | undefined };

export const pricedResult = (r: Extract<SolveResult, { status: 'optimal' | 'feasible' }>): Priced => {
  const gap = r.mipGap ?? (r.status === 'optimal' ? 0 : undefined);
  if (gap === undefined) return { cost: r.objective, bound: undefined };
  return { cost: r.objective, bound: gap <= MIP_PROVEN_GAP ? r.objective : r.objective - gap * scaleOf(r.objective) };
};

/** The scale gaps are relative to (plan/planScenario.ts: the cost, at least 1). */
const scaleOf = (cost: number): number => Math.max(1, Math.abs(cost));

/** The cost of a model's plan and the bound on its optimum, or undefined when it has no plan. */
export async function pricedOf(ctx: ExplainContext, model: LpModel): Promise<Priced | undefined> {
  const r = await ctx.solve(model);
  return isSolved(r) ? pricedResult(r) : undefined;
}

export async function costOfScenario(ctx: ExplainContext, s: Scenario): Promise<number | undefined> {
  return costOf(ctx, ctx.build(s));
}
