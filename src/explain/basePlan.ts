import { hasIntegers } from '../model/lp.js';
import { planWithSolution } from '../plan/planScenario.js';
import { proofOf } from '../plan/proof.js';
import type { Outcome } from '../plan/types.js';
import type { Scenario } from '../scenario/types.js';
import type { SolveOptions } from '../solver/solver.js';
import type { ExplainContext, Priced } from './context.js';

/** The plan explain analyses: `plan`'s outcome, and for a mixed-integer plan its solution and proven bound. */
export type BasePlan = {
  readonly outcome: Outcome;
  /** Mixed-integer models: the plan's own solution and cost with its bound; undefined for an LP. */
  readonly mip: { readonly x: readonly number[]; readonly priced: Priced } | undefined;
};

/**
 * The scenario planned as `plan` plans it, for explain's main thread and each of its workers alike.
 * An LP is planned through the analysis's engine session (its optimum, the same cost whatever the
 * path, becomes the session's reference: every re-plan starts there). A mixed-integer plan is
 * planned by the engine alone, exactly as `plan` does: a search that stops within its gap finds a
 * plan that depends on its path, and a session's MILPs start from earlier solutions. The session
 * then solves the base model once too, as its reference: every re-plan starts from that solve and
 * is changed in place from that model (measured: 35.7 s of CPU for explain on the tourism rota,
 * against 53 s when the session started from the first re-plan instead).
 */
export async function basePlan(ctx: ExplainContext, s: Scenario, options: SolveOptions): Promise<BasePlan> {
  const model = ctx.build(s);
  const mixed = hasIntegers(model);
  const { outcome, x } = await planWithSolution(ctx.prepare(s), mixed ? ctx.plain : ctx.solver, options);
  if (!mixed || !x || outcome.status === 'infeasible') return { outcome, mip: undefined };
  await ctx.solve(model);
  const proof = proofOf(outcome);
  const cost = outcome.totalCost;
  const bound = proof.proven
    ? cost
    : proof.gap === undefined
      ? undefined
      : cost - proof.gap * Math.max(1, Math.abs(cost));
  return { outcome, mip: { x, priced: { cost, bound } } };
}
