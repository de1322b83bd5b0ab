import type { LpModel } from '../model/lp.js';
import { varFacts } from '../model/varFacts.js';
import { pathKey } from '../scenario/path.js';
import type { Scenario } from '../scenario/types.js';
import { pricedOf, type ExplainContext, type Priced } from './context.js';
import { changeBounds } from './bounds.js';
import type { Lever } from './levers.js';
import { ruleField } from './ruleValues.js';
import type { Marginal } from './types.js';
import { whereOf } from './where.js';

/** Changes below half a cent per step are not worth a sentence. */
const NEGLIGIBLE = 0.005;

/** Does the model staff contact queues in whole agents (patterns) or a rota of shifts? Its duals are then not prices. */
export const staffsWholeAgents = (m: LpModel): boolean => {
  const { patterns, shifts } = varFacts(m.vars);
  return patterns > 0 || shifts > 0;
};

/**
 * Marginal values of a whole-agent plan, re-planned: a mixed-integer plan has no dual prices
 * (fixing its staffing and reading the duals would price a plan that cannot change), so each
 * value is the cost of the whole scenario planned again with the rule one step higher — one
 * more hour of an activity, +0.01 on a share or floor, one more hour of capacity — minus the
 * plan's cost. The same planner, so the figure is what `plan` would say of that variant; plans
 * proven only within a gap give it the range that gap allows (bounds.ts).
 */
export async function replannedMarginals(
  s: Scenario,
  levers: readonly Lever[],
  base: Priced,
  ctx: ExplainContext,
): Promise<Marginal[]> {
  const out: Marginal[] = [];
  const paths = [
    ...s.activities.filter((a) => !a.contacts?.queued).map((a) => ['activities', a.id, 'hours']),
    ...levers.filter((l) => !l.lift).map((l) => [...l.path]),
  ];
  for (const path of paths) {
    const field = ruleField(path);
    const value = field?.get(s);
    if (!field || value === undefined) continue;
    const step = field.unit === 'share' ? 0.01 : 1;
    const next = field.unit === 'share' ? Math.min(1, value + step) : value + step;
    if (next === value) continue;
    const stepped = await pricedOf(ctx, ctx.build(field.set(s, next)));
    if (stepped === undefined) continue;
    const steps = (next - value) / step;
    const change = (stepped.cost - base.cost) / steps;
    const hours = path[2] === 'hours';
    if (!hours && !(Math.abs(change) >= NEGLIGIBLE)) continue;
    const lever = levers.find((l) => l.key === pathKey(path));
    const activity = path[0] === 'activities' ? path[1] : undefined;
    const country = path[0] === 'countries' ? path[1] : undefined;
    out.push({
      rule: pathKey(path),
      kind: hours ? 'hours' : (lever?.kind ?? 'hours'),
      where: lever?.where ?? whereOf(s, path),
      value,
      step,
      rowUnit: false,
      change,
      range: undefined,
      bounds: changeBounds(base, stepped, steps),
      activity,
      country,
      language: path[2] === 'languages' ? path[3] : undefined,
    });
  }
  return out;
}
