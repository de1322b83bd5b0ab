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
 * Deletion filter over the rules: lift each in turn for good while the scenario stays without a
 * plan; the rules left cannot hold together, and lifting any one of them (with the others
 * already lifted) gives a plan — a minimal conflict. Undefined when even lifting every rule
 * leaves no plan (demand and languages alone conflict) or there are too many rules.
 */
export async function minimalConflict(
  s: Scenario,
  levers: readonly Lever[],
  ctx: ExplainContext,
): Promise<Lever[] | undefined> {
  if (levers.length > MAX_CONFLICT_LEVERS) return undefined;
  if (!(await feasibleWithout(s, levers, ctx))) return undefined;
  let kept = [...levers];
  for (const l of levers) {
    const trial = kept.filter((k) => k !== l);
    const lifted = levers.filter((k) => !trial.includes(k));
    if (!(await feasibleWithout(s, lifted, ctx))) kept = trial;
  }
  return kept;
}
