import type { Scenario } from '../scenario/types.js';
import { costOf, type ExplainContext, type ExplainProgress } from './context.js';
import { liftLevers, type Lever } from './levers.js';
import { ruleField } from './ruleValues.js';
import type { RulePrice } from './types.js';
import { COST_NOISE } from '../tolerances.js';
import type { ZeroPrice } from './zeroPrice.js';

/** The rule's value as written, for the reader: `0.93`, `personal`, `[FR, RO]`. */
export function leverValue(s: Scenario, l: Lever): string {
  const activity = s.activities.find((a) => a.id === l.path[1]);
  if (l.kind === 'residency') return activity?.data ?? '';
  if (l.kind === 'allow-list') return `[${(activity?.allowList ?? []).join(', ')}]`;
  if (l.kind === 'open') return String(s.countries.find((c) => c.code === l.path[1])?.open ?? '');
  if (l.kind === 'coverage') return activity?.coverage?.text ?? '';
  if (l.kind === 'working-hours') return s.countries.find((c) => c.code === l.path[1])?.time.workingText ?? '';
  const v = ruleField(l.path)?.get(s);
  return v === undefined ? '' : String(v);
}

/**
 * The optimal cost without one rule: the scenario's model without the rule's rows, solved
 * exactly like the plan (contact queues included: their splitting loss is in the model).
 */
async function costWithout(s: Scenario, l: Lever, ctx: ExplainContext): Promise<number | undefined> {
  return costOf(ctx, liftLevers(s, [l], ctx.build).model);
}

/**
 * Price of each rule: re-solve without it (one lever at a time) and compare with the plan's
 * cost. A rule that the plan's duals prove free (`free`, zeroPrice.ts) is not re-solved: its
 * lifted cost is the plan's, which is what re-solving finds. Ranked by saving, largest first;
 * rules that cost nothing keep their file order.
 */
export async function priceOfRules(
  s: Scenario,
  levers: readonly Lever[],
  baseCost: number,
  ctx: ExplainContext,
  progress?: ExplainProgress,
  free: ZeroPrice = () => false,
): Promise<RulePrice[]> {
  const out: RulePrice[] = [];
  for (const l of levers) {
    const liftedCost = free(l) ? baseCost : await costWithout(s, l, ctx);
    const raw = liftedCost === undefined ? 0 : baseCost - liftedCost;
    const saving = raw <= COST_NOISE * Math.max(1, Math.abs(baseCost)) ? 0 : raw;
    const share = liftedCost !== undefined && liftedCost > 0 ? saving / liftedCost : 0;
    out.push({ rule: l.key, kind: l.kind, where: l.where, value: leverValue(s, l), liftedCost, saving, share });
    progress?.(out.length, levers.length, 'rules');
  }
  return out
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.saving - a.r.saving || a.i - b.i)
    .map(({ r }) => r);
}
