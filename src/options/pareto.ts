import { basePlan } from '../explain/basePlan.js';
import { isSolved, type ExplainContext, type ExplainProgress } from '../explain/context.js';
import type { SweepBase } from '../sweep/sweepEval.js';
import { isHours, isPattern, type LpModel } from '../model/lp.js';
import { proofOf } from '../plan/proof.js';
import type { Infeasible, Plan } from '../plan/types.js';
import { differenceOf } from './difference.js';
import { kneeOf } from './knee.js';
import type { MostHours, Objective } from './objectives.js';
import type { ParetoPoint, ParetoResult } from './paretoTypes.js';
import { relaxedModel } from './search.js';
import { oneThread, openPlanner, type OptionsThreads } from './threads.js';
import type { VariantOutcome } from './variantPlanner.js';

/** Halvings between the last ε with a plan and the first without, to find where the front ends. */
const END_HALVINGS = 5;
/** ε is written with this many decimals (shares: 0.01 %). */
const EPS_DECIMALS = 4;

const roundEps = (x: number): number => Math.round(x * 10 ** EPS_DECIMALS) / 10 ** EPS_DECIMALS;

/** The most of some hours, as a share of all hours, on the relaxed model (a bound; 1 for queues, whose hours move). */
function mostHours(model: LpModel, ctx: ExplainContext): MostHours {
  const relaxed = relaxedModel(model);
  return async (which) => {
    if (model.vars.some(isPattern)) return 1;
    const vars = relaxed.vars.map((v) => (isHours(v) && which(v) ? { ...v, cost: -1 } : v));
    const r = await ctx.solver.solve({ ...relaxed, vars }, ctx.options);
    if (!isSolved(r)) return undefined;
    let all = 0;
    let mine = 0;
    vars.forEach((v, j) => {
      if (isHours(v)) {
        all += r.x[j] ?? 0;
        if (which(v)) mine += r.x[j] ?? 0;
      }
    });
    return all > 0 ? mine / all : undefined;
  };
}

/** ε values from the optimum's value `v0` towards `bound`, the optimum excluded. */
function grid(o: Objective, v0: number, bound: number | undefined, points: number): number[] {
  if (bound === undefined) return [];
  const better = o.sense === 'max' ? bound > v0 + 1e-9 : bound < v0 - 1e-9;
  if (!better) return [];
  if (o.integer) {
    const out: number[] = [];
    const step = o.sense === 'max' ? 1 : -1;
    for (let k = Math.round(v0) + step; o.sense === 'max' ? k <= bound : k >= bound; k += step) out.push(k);
    return out;
  }
  return Array.from({ length: points - 1 }, (_, i) => roundEps(v0 + ((bound - v0) * (i + 1)) / (points - 1)));
}

const atLeastAsGood = (o: Objective, a: number, b: number): boolean =>
  o.sense === 'max' ? a >= b - 1e-9 : a <= b + 1e-9;

/**
 * The front between cost and one more objective, by the ε-constraint method: the optimum, then
 * for each ε from its value towards the objective's bound the least-cost plan whose objective is
 * at least as good as ε — a variant of the scenario (objectives.ts says which `--set`) planned,
 * certified and verified by the planner. Past the last ε with a plan, the front's end is found
 * by halving. Points that repeat the one before, or that a later point dominates (as good, no
 * dearer: possible only for plans stopped at a gap), are skipped, so the front is monotone:
 * cost non-decreasing as the objective improves.
 */
export async function paretoFront(
  base: SweepBase,
  o: Objective,
  points: number,
  ctx: ExplainContext,
  progress?: ExplainProgress,
  threads: OptionsThreads = oneThread(ctx.solver),
): Promise<ParetoResult | Infeasible> {
  const s = base.scenario;
  const started = performance.now();
  // The plan `plan` gives (a mixed-integer one by the engine alone: explain/basePlan.ts).
  const { outcome: first } = await basePlan(ctx, s, ctx.options);
  if (first.status === 'infeasible') return first;
  const baseMs = performance.now() - started;
  const model = ctx.build(s);
  const v0 = o.measure(s, first);
  const epsilons = grid(o, v0, await o.bound(s, model, mostHours(model, ctx)), points);
  const front: { eps: number; plan: Plan; sets: ParetoPoint['sets'] }[] = [{ eps: v0, plan: first, sets: [] }];
  const skipped: { eps: number; reason: string }[] = [];
  let solves = 1;
  const read = (eps: number, out: VariantOutcome): { plan: Plan; sets: ParetoPoint['sets'] } | string => {
    if (out.kind === 'invalid') return out.message;
    solves++;
    return out.kind === 'infeasible' ? 'no plan' : { plan: out.plan, sets: o.constrain(s, eps) };
  };
  // Every ε of the grid at once (worker threads when they pay); the front is then read in order,
  // as if planned one after the other: what lies past its end is not used.
  const planner = openPlanner(base, ctx, threads, epsilons.length, baseMs);
  let planned = 0;
  progress?.(0, epsilons.length, 'points');
  let outcomes: VariantOutcome[];
  try {
    outcomes = await planner.plan(
      epsilons.map((eps) => o.constrain(s, eps)),
      () => progress?.(++planned, epsilons.length, 'points'),
      // Past the first ε without a plan the front has ended: nothing after it is read.
      (out) => out.kind === 'infeasible',
    );
  } catch (e) {
    await planner.close();
    throw e;
  }
  const planAt = async (eps: number): Promise<{ plan: Plan; sets: ParetoPoint['sets'] } | string> => {
    const [out] = await planner.plan([o.constrain(s, eps)]);
    return out ? read(eps, out) : 'no plan';
  };
  const add = (eps: number, got: { plan: Plan; sets: ParetoPoint['sets'] }): void => {
    const last = front[front.length - 1];
    if (
      last &&
      Math.abs(o.measure(s, last.plan) - o.measure(s, got.plan)) < 1e-9 &&
      Math.abs(last.plan.totalCost - got.plan.totalCost) <= 1e-6 * Math.max(1, got.plan.totalCost)
    ) {
      skipped.push({ eps, reason: 'the same plan as the point before' });
      return;
    }
    front.push({ eps, ...got });
  };
  let lastGood = v0;
  try {
    for (const [k, eps] of epsilons.entries()) {
      const outcome = outcomes[k];
      if (outcome === undefined) break;
      const got = read(eps, outcome);
      if (typeof got !== 'string') {
        add(eps, got);
        lastGood = eps;
        continue;
      }
      skipped.push({ eps, reason: got });
      if (got !== 'no plan') continue;
      // Feasibility is monotone in ε: the front ends between lastGood and eps.
      if (!o.integer) {
        let lo = lastGood;
        let hi = eps;
        let end: { eps: number; plan: Plan; sets: ParetoPoint['sets'] } | undefined;
        for (let h = 0; h < END_HALVINGS; h++) {
          const mid = roundEps((lo + hi) / 2);
          if (mid === lo || mid === hi) break;
          const at = await planAt(mid);
          if (typeof at === 'string') hi = mid;
          else {
            lo = mid;
            end = { eps: mid, ...at };
          }
        }
        if (end) add(end.eps, end);
      }
      break;
    }
  } finally {
    await planner.close();
  }
  progress?.(epsilons.length, epsilons.length, 'points');
  // Monotone: drop a point that a later one dominates (as good or better, no dearer).
  const kept = front.filter((p, k) => {
    const dominated = front
      .slice(k + 1)
      .some(
        (q) =>
          atLeastAsGood(o, o.measure(s, q.plan), o.measure(s, p.plan)) && q.plan.totalCost <= p.plan.totalCost + 1e-6,
      );
    if (dominated) skipped.push({ eps: p.eps, reason: 'dominated by a later point (a plan stopped at its gap)' });
    return !dominated;
  });
  const pts: ParetoPoint[] = kept.map((p, k) => {
    const before = kept[k - 1];
    return {
      eps: p.eps,
      value: o.measure(s, p.plan),
      plan: p.plan,
      proof: proofOf(p.plan),
      sets: p.sets,
      change: before ? differenceOf(before.plan, p.plan).summary : 'the optimum',
    };
  });
  return {
    status: 'pareto',
    name: s.name,
    currency: s.currency,
    period: s.period,
    home: s.home,
    objective: { id: o.id, label: o.label, unit: o.unit, sense: o.sense },
    points: pts,
    knee: kneeOf(pts.map((p) => ({ cost: p.plan.totalCost, value: p.value }))),
    skipped,
    solves,
  };
}
