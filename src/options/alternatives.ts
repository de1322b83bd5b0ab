import { basePlan } from '../explain/basePlan.js';
import { isSolved, type ExplainContext, type ExplainProgress } from '../explain/context.js';
import type { SweepBase } from '../sweep/sweepEval.js';
import { isHours } from '../model/lp.js';
import { proofOf } from '../plan/proof.js';
import type { Infeasible, Plan } from '../plan/types.js';
import { countryShares, differenceOf, distance } from './difference.js';
import { meanRisk } from './objectives.js';
import { aimedAt, budgetModel, pairHours, pairKey, type Direction } from './search.js';
import type { Alternative, AlternativesResult, Discarded } from './types.js';
import { oneThread, openPlanner, type OptionsThreads } from './threads.js';
import { NEGLIGIBLE_SHARE, variantOf, type VariantSet } from './variant.js';

export type AlternativesAsk = {
  /** Budget above the optimum, as a fraction (0.02 = 2 %). */
  readonly slack: number;
  /** Alternatives wanted. */
  readonly count: number;
};

/** Searches tried per alternative wanted (some find a plan already listed), plus the two named ones. */
const SEARCHES_PER_ALTERNATIVE = 2;

/** An alternative moves at least this share of the hours away from the optimum and every alternative before it. */
export const MIN_MOVED = 0.03;

function aimText(d: Direction): string {
  if (d.kind === 'home') return `as much at home (${d.country}) as the budget allows`;
  if (d.kind === 'less') return `as little in ${d.country} as the budget allows`;
  return 'away from the activity–country pairs used so far';
}

/** The optimum's countries other than home, largest first: the candidates for "less of it". */
function offshore(p: Plan): string[] {
  return [...p.countries]
    .filter((c) => c.country !== p.home && c.hours > 0)
    .sort((a, b) => b.hours - a.hours)
    .map((c) => c.country);
}

/**
 * Near-optimal alternatives (modelling to generate alternatives): plan the optimum, then search
 * plans costing at most (1 + slack) × its cost that move as far from it — and from each other —
 * as the budget allows: as much at home as possible, as little in its largest offshore country,
 * then away from the activity–country pairs already used (each weighted by how many plans use
 * it). A search is a linear program on the planner's own model with a budget row (solved in the
 * command's engine session, from the optimum's basis); what it finds becomes a scenario
 * variant — allow-lists, and a global share rule for the first two — that the planner plans,
 * certifies and verifies like any scenario. So each alternative's cost is what
 * `bestshore plan --set …` prints for it. Plans already listed or over the budget (a
 * mixed-integer variant may cost more than its search's relaxation) are discarded, with why.
 * Deterministic: the same scenario gives the same alternatives in the same order.
 */
export async function findAlternatives(
  base: SweepBase,
  ask: AlternativesAsk,
  ctx: ExplainContext,
  progress?: ExplainProgress,
  threads: OptionsThreads = oneThread(ctx.solver),
): Promise<AlternativesResult | Infeasible> {
  const s = base.scenario;
  const started = performance.now();
  // The plan `plan` gives (a mixed-integer one by the engine alone: explain/basePlan.ts).
  const { outcome: first } = await basePlan(ctx, s, ctx.options);
  if (first.status === 'infeasible') return first;
  const baseMs = performance.now() - started;
  const optimum = first;
  const riskOf = (p: Plan): number | undefined =>
    s.countries.every((c) => c.risk !== undefined) ? meanRisk(s, p) : undefined;
  const budget = optimum.totalCost * (1 + ask.slack);
  const model = ctx.build(s);
  const search = budgetModel(model, budget);
  const allowed = new Map<string, string[]>();
  for (const a of s.activities) {
    const here = new Set(model.vars.flatMap((v) => (isHours(v) && v.activity === a.id ? [v.country] : [])));
    allowed.set(
      a.id,
      s.countries.map((c) => c.code).filter((c) => here.has(c)),
    );
  }
  const hoursOf = new Map(optimum.activities.map((a) => [a.activity, a.hours]));
  const reference = countryShares(optimum);
  const weights = new Map<string, number>();
  // Each pair weighs the share of its activity it carried in the plans so far (the optimum and
  // every search): the objective changes after each search, unlike 0/1 weights.
  const activityOf = new Map<string, string>();
  for (const a of s.activities) for (const c of allowed.get(a.id) ?? []) activityOf.set(pairKey(a.id, c), a.id);
  const count = (hours: ReadonlyMap<string, number>): void => {
    for (const [k, h] of hours) {
      const share = h / Math.max(1e-9, hoursOf.get(activityOf.get(k) ?? '') ?? optimum.totalHours);
      if (share > NEGLIGIBLE_SHARE) weights.set(k, (weights.get(k) ?? 0) + Math.min(1, share));
    }
  };
  count(new Map(optimum.allocation.map((r) => [pairKey(r.activity, r.country), r.hours])));
  const named: Direction[] = [];
  if (allowed.size > 0 && [...allowed.values()].some((cs) => cs.includes(s.home)))
    named.push({ kind: 'home', country: s.home });
  for (const c of offshore(optimum)) named.push({ kind: 'less', country: c });
  const listed: { plan: Plan; name: string }[] = [{ plan: optimum, name: 'the optimum' }];
  const alternatives: Alternative[] = [];
  const discarded: Discarded[] = [];
  const maxSearches = named.length + SEARCHES_PER_ALTERNATIVE * ask.count;
  let searches = 0;
  progress?.(0, ask.count, 'alternatives');
  // In rounds: as many searches as alternatives still wanted (each one's objective depends on the
  // searches before it, not on the plans), then their variants planned together (worker threads
  // when they pay), then kept or discarded in search order, as if planned one after the other.
  const planner = openPlanner(base, ctx, threads, ask.count, baseMs);
  try {
    while (alternatives.length < ask.count && searches < maxSearches) {
      const round: { aim: string; sets: VariantSet[] }[] = [];
      while (round.length < ask.count - alternatives.length && searches < maxSearches) {
        const d: Direction = named[searches] ?? { kind: 'spread', weights: new Map(weights) };
        searches++;
        const aim = aimText(d);
        const r = await ctx.solver.solve(aimedAt(search, model, d, hoursOf, optimum.totalHours, budget), ctx.options);
        if (!isSolved(r)) {
          discarded.push({ aim, reason: r.status === 'error' ? r.message : `the search found no plan (${r.status})` });
          continue;
        }
        const hours = pairHours(search, r.x);
        const sets = variantOf(s, hours, allowed, reference, weights);
        count(hours);
        if (sets.length === 0) {
          discarded.push({ aim, reason: "the search kept the optimum's countries and shares" });
          continue;
        }
        round.push({ aim, sets });
      }
      const outcomes = await planner.plan(round.map((v) => v.sets));
      round.forEach(({ aim, sets }, k) => {
        const out = outcomes[k];
        if (alternatives.length >= ask.count || out === undefined) return;
        if (out.kind === 'invalid') {
          discarded.push({ aim, reason: out.message });
          return;
        }
        if (out.kind === 'infeasible') {
          discarded.push({ aim, reason: 'its variant has no plan (the search relaxes whole-agent and site choices)' });
          return;
        }
        const planned = out.plan;
        const twin = listed.find((l) => distance(l.plan, planned) < MIN_MOVED);
        if (twin !== undefined) {
          discarded.push({ aim, reason: `less than ${MIN_MOVED * 100}% of hours away from ${twin.name}` });
          return;
        }
        if (planned.totalCost > budget * (1 + 1e-9)) {
          discarded.push({
            aim,
            reason: `its plan costs ${Math.round(planned.totalCost)}, over the budget ${Math.round(budget)}`,
          });
          return;
        }
        const rank = alternatives.length + 1;
        listed.push({ plan: planned, name: `alternative ${rank}` });
        alternatives.push({
          rank,
          aim,
          plan: planned,
          above: (planned.totalCost - optimum.totalCost) / Math.max(1e-9, optimum.totalCost),
          difference: differenceOf(optimum, planned),
          sets,
          proof: proofOf(planned),
          countries: planned.countries.filter((c) => c.hours > 0).length,
          risk: riskOf(planned),
        });
        progress?.(alternatives.length, ask.count, 'alternatives');
      });
    }
  } finally {
    await planner.close();
  }
  progress?.(ask.count, ask.count, 'alternatives');
  return {
    status: 'alternatives',
    name: s.name,
    currency: s.currency,
    period: s.period,
    home: s.home,
    slack: ask.slack,
    budget,
    optimum,
    optimumProof: proofOf(optimum),
    optimumRisk: riskOf(optimum),
    alternatives,
    discarded,
    searches,
  };
}
