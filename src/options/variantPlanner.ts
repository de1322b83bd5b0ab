import type { ExplainContext } from '../explain/context.js';
import type { SweepBase } from '../sweep/sweepEval.js';
import { buildModel } from '../model/buildModel.js';
import { hasIntegers } from '../model/lp.js';
import { planScenario } from '../plan/planScenario.js';
import type { Plan } from '../plan/types.js';
import { formatDiagnostic } from '../scenario/diagnostic.js';
import { readLayer } from '../scenario/variants.js';
import type { Solver } from '../solver/solver.js';
import { asSetOption, type VariantSet } from './variant.js';

/** What planning a variant of the scenario gave: a plan, no plan, or a variant that does not read. */
export type VariantOutcome =
  | { readonly kind: 'plan'; readonly plan: Plan }
  | { readonly kind: 'infeasible' }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * Plans variants of one scenario (each a list of `--set` changes), in this thread or in worker
 * threads (planPool.ts), with the same answers either way: outcomes come back in the order given.
 */
export type VariantPlanner = {
  /** Threads planning: 1 (this one) or more (this one and worker threads). */
  readonly threads: number;
  /**
   * The outcomes in the order given. With `last`, a planner may stop after the first outcome it
   * holds true (this thread does: what comes after is not read), or plan them all (worker threads).
   */
  plan(
    variants: readonly (readonly VariantSet[])[],
    onPlanned?: () => void,
    last?: (o: VariantOutcome) => boolean,
  ): Promise<VariantOutcome[]>;
  close(): Promise<void>;
};

/**
 * One variant, through the planner (certificate, verifier) in the engine session of `ctx`,
 * whose first solve was the base scenario: every LP starts from the base's optimal basis, every
 * MILP from the base's solution, whatever was solved before. A variant that has whole-number
 * variables when the base has none (a cap on the countries used) would start from whichever
 * MILP the session met first: its MILPs are solved by a fresh engine (`fresh`), so that its
 * answer does not depend on which variants a thread planned before it.
 */
export async function planVariant(
  base: SweepBase,
  sets: readonly VariantSet[],
  ctx: ExplainContext,
  fresh: Solver,
  baseHasIntegers: boolean,
): Promise<VariantOutcome> {
  const read = readLayer(base.layer, [...base.sets, ...sets.map(asSetOption)]);
  if (!read.ok)
    return {
      kind: 'invalid',
      message: read.diagnostics[0] ? formatDiagnostic(read.diagnostics[0]) : 'not a valid scenario',
    };
  // Each model the planner solves is routed by its own kind (a MILP's LP relaxation stays in the session).
  const solver: Solver = baseHasIntegers
    ? ctx.solver
    : { name: ctx.solver.name, solve: (m, o) => (hasIntegers(m) ? fresh : ctx.solver).solve(m, o) };
  const out = await planScenario(read.scenario, solver, ctx.options);
  return out.status === 'infeasible' ? { kind: 'infeasible' } : { kind: 'plan', plan: out };
}

/** Whether the base scenario's model has whole-number variables (then every variant's MILP starts from its solution). */
export const baseHasIntegers = (base: SweepBase): boolean => hasIntegers(buildModel(base.scenario));

/** Variants planned one after the other in this thread, in the command's session (its base already planned). */
export function inThread(base: SweepBase, ctx: ExplainContext, fresh: Solver): VariantPlanner {
  const mip = baseHasIntegers(base);
  return {
    threads: 1,
    async plan(variants, onPlanned, last) {
      const out: VariantOutcome[] = [];
      for (const v of variants) {
        const o = await planVariant(base, v, ctx, fresh, mip);
        out.push(o);
        onPlanned?.();
        if (last?.(o) === true) break;
      }
      return out;
    },
    close: async () => undefined,
  };
}
