import type { Scenario } from '../scenario/types.js';
import { pricedOf, type ExplainContext, type ExplainProgress, type Priced } from './context.js';
import { savingBounds } from './bounds.js';
import { liftLevers, type Lever } from './levers.js';
import { ruleField } from './ruleValues.js';
import type { RulePrice } from './types.js';
import { COST_NOISE } from '../tolerances.js';
import type { ZeroPrice } from './zeroPrice.js';
import { ruleThreads, type RulesWorker } from './rulesPool.js';

/** Worker threads started for the rules (rulesPool.ts), and the fewest re-plans worth a thread. */
export type RulesPool = { readonly workers: readonly RulesWorker[]; readonly least?: number };

/** The rule's value as written, for the reader: `0.93`, `personal`, `[FR, RO]`. */
export function leverValue(s: Scenario, l: Lever): string {
  const activity = s.activities.find((a) => a.id === l.path[1]);
  if (l.kind === 'residency') return activity?.data ?? '';
  if (l.kind === 'allow-list') return `[${(activity?.allowList ?? []).join(', ')}]`;
  if (l.kind === 'open') return String(s.countries.find((c) => c.code === l.path[1])?.open ?? '');
  if (l.kind === 'coverage') return activity?.coverage?.text ?? '';
  if (l.kind === 'working-hours') return s.countries.find((c) => c.code === l.path[1])?.time.workingText ?? '';
  if (l.kind === 'shift-lengths')
    return `[${(s.countries.find((c) => c.code === l.path[1])?.shifts.fullTime ?? []).join(', ')}]`;
  const v = ruleField(l.path)?.get(s);
  return v === undefined ? '' : String(v);
}

/**
 * The optimal cost without one rule: the scenario's model without the rule's rows, solved
 * exactly like the plan (contact queues included: their splitting loss is in the model), with
 * the bound its certificate proves.
 */
export async function costWithout(s: Scenario, l: Lever, ctx: ExplainContext): Promise<Priced | undefined> {
  return pricedOf(ctx, liftLevers(s, [l], ctx.build).model);
}

/**
 * Price of each rule: re-solve without it (one lever at a time) and compare with the plan's
 * cost. A rule that the plan's duals prove free (`free`, zeroPrice.ts) is not re-solved: its
 * lifted cost is the plan's, which is what re-solving finds. With a `pool`, the re-plans are
 * shared with its worker threads (rulesPool.ts), the main thread taking the first share. Ranked by
 * saving, largest first; rules that cost nothing keep their file order. A plan proven only within
 * a gap (the base or a lifted one) gives each saving the range that gap allows (bounds.ts).
 */
export async function priceOfRules(
  s: Scenario,
  levers: readonly Lever[],
  base: Priced,
  ctx: ExplainContext,
  progress?: ExplainProgress,
  free: ZeroPrice = () => false,
  pool?: RulesPool,
): Promise<RulePrice[]> {
  let done = 0;
  const tick = (): void => progress?.(++done, levers.length, 'rules');
  const baseCost = base.cost;
  const lifted = new Map<Lever, Priced | undefined>();
  const todo: Lever[] = [];
  for (const l of levers) {
    if (free(l)) {
      // Proven free by the plan's duals: the lifted optimum is the plan's, exactly.
      lifted.set(l, { cost: baseCost, bound: baseCost });
      tick();
    } else todo.push(l);
  }
  // As many threads as there are shares worth one (the workers were started with the plan).
  const count = Math.min(
    1 + (pool?.workers.length ?? 0),
    ruleThreads(todo.length, 1 + (pool?.workers.length ?? 0), pool?.least),
  );
  const size = Math.ceil(todo.length / count);
  const shares = Array.from({ length: count }, (_, k) => todo.slice(k * size, (k + 1) * size));
  const [mine = [], ...theirs] = shares;
  pool?.workers.slice(theirs.length).forEach((w) => w.stop());
  // A worker that fails (it could not start, say) leaves its share to this thread.
  const elsewhere = theirs.map((share, k) =>
    (
      pool?.workers[k]?.price(
        share.map((l) => l.key),
        tick,
        ctx.solver.basis(),
      ) ?? Promise.reject(new Error('no worker'))
    ).catch(() => undefined),
  );
  for (const l of mine) {
    lifted.set(l, await costWithout(s, l, ctx));
    tick();
  }
  const answers = await Promise.all(elsewhere);
  for (const [k, share] of theirs.entries()) {
    const costs = answers[k];
    for (const [i, l] of share.entries()) lifted.set(l, costs ? costs[i] : await costWithout(s, l, ctx));
  }
  const out = levers.map((l): RulePrice => {
    const plan = lifted.get(l);
    const liftedCost = plan?.cost;
    const raw = liftedCost === undefined ? 0 : baseCost - liftedCost;
    const saving = raw <= COST_NOISE * Math.max(1, Math.abs(baseCost)) ? 0 : raw;
    const share = liftedCost !== undefined && liftedCost > 0 ? saving / liftedCost : 0;
    const bounds = plan && (free(l) ? undefined : savingBounds(base, plan));
    return { rule: l.key, kind: l.kind, where: l.where, value: leverValue(s, l), liftedCost, saving, share, bounds };
  });
  return out
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.saving - a.r.saving || a.i - b.i)
    .map(({ r }) => r);
}
