import type { Scenario } from '../scenario/types.js';
import { costOf, type ExplainContext, type ExplainProgress } from './context.js';
import { liftLevers, type Lever } from './levers.js';
import { ruleField } from './ruleValues.js';
import type { RulePrice } from './types.js';
import { COST_NOISE } from '../tolerances.js';
import type { ZeroPrice } from './zeroPrice.js';
import { priceInWorker, ruleThreads, type RuleThreads } from './rulesPool.js';

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
export async function costWithout(s: Scenario, l: Lever, ctx: ExplainContext): Promise<number | undefined> {
  return costOf(ctx, liftLevers(s, [l], ctx.build).model);
}

/**
 * Price of each rule: re-solve without it (one lever at a time) and compare with the plan's
 * cost. A rule that the plan's duals prove free (`free`, zeroPrice.ts) is not re-solved: its
 * lifted cost is the plan's, which is what re-solving finds. With `threads`, the re-plans are
 * shared with worker threads (rulesPool.ts), the main thread taking the first share. Ranked by
 * saving, largest first; rules that cost nothing keep their file order.
 */
export async function priceOfRules(
  s: Scenario,
  levers: readonly Lever[],
  baseCost: number,
  ctx: ExplainContext,
  progress?: ExplainProgress,
  free: ZeroPrice = () => false,
  threads?: RuleThreads,
): Promise<RulePrice[]> {
  let done = 0;
  const tick = (): void => progress?.(++done, levers.length, 'rules');
  const lifted = new Map<Lever, number | undefined>();
  const todo: Lever[] = [];
  for (const l of levers) {
    if (free(l)) {
      lifted.set(l, baseCost);
      tick();
    } else todo.push(l);
  }
  const count = threads ? ruleThreads(todo.length, threads.workers, threads.minPerThread) : 1;
  const size = Math.ceil(todo.length / count);
  const shares = Array.from({ length: count }, (_, k) => todo.slice(k * size, (k + 1) * size));
  const [mine = [], ...theirs] = shares;
  // A worker that fails (it could not start, say) leaves its share to this thread.
  const elsewhere = theirs.map((share) =>
    threads
      ? priceInWorker(
          {
            layer: threads.layer,
            sets: threads.sets,
            keys: share.map((l) => l.key),
            engine: ctx.solver.name,
            timeLimitSeconds: ctx.options.timeLimitSeconds,
          },
          threads.script,
          tick,
        ).catch(() => undefined)
      : Promise.resolve(undefined),
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
    const liftedCost = lifted.get(l);
    const raw = liftedCost === undefined ? 0 : baseCost - liftedCost;
    const saving = raw <= COST_NOISE * Math.max(1, Math.abs(baseCost)) ? 0 : raw;
    const share = liftedCost !== undefined && liftedCost > 0 ? saving / liftedCost : 0;
    return { rule: l.key, kind: l.kind, where: l.where, value: leverValue(s, l), liftedCost, saving, share };
  });
  return out
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.saving - a.r.saving || a.i - b.i)
    .map(({ r }) => r);
}
