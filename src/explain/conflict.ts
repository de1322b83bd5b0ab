import { deletionFilter } from '../plan/deletionFilter.js';
import type { Scenario } from '../scenario/types.js';
import { costOf, type ExplainContext } from './context.js';
import { liftLevers, type Lever } from './levers.js';

/** More levers than this and the deletion filter (one solve per lever) is not attempted. */
export const MAX_CONFLICT_LEVERS = 150;

/** Does the scenario have a plan once these levers are lifted? */
export async function feasibleWithout(s: Scenario, lifted: readonly Lever[], ctx: ExplainContext): Promise<boolean> {
  return (await costOf(ctx, liftLevers(s, lifted, ctx.build).model)) !== undefined;
}

/**
 * The levers of a minimal conflict (plan/deletionFilter.ts): they cannot hold together, and
 * lifting any one of them gives a plan. Undefined when even lifting every rule leaves no plan
 * (demand and languages alone conflict) or there are too many rules.
 */
export async function minimalConflict(
  s: Scenario,
  levers: readonly Lever[],
  ctx: ExplainContext,
): Promise<Lever[] | undefined> {
  return deletionFilter(levers, async (lifted) => feasibleWithout(s, lifted, ctx), MAX_CONFLICT_LEVERS);
}
