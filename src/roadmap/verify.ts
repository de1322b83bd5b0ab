import { objectiveAt } from '../model/lp.js';
import { allocationFrom } from '../plan/buildPlan.js';
import { verifyAllocation } from '../plan/verify.js';
import type { RoadmapModel } from './buildRoadmap.js';
import { rampLoss } from './pools.js';
import type { RoadmapPath } from './types.js';

const TOL = 1e-6;
const near = (a: number, b: number, scale = 1): boolean => Math.abs(a - b) <= TOL * Math.max(1, Math.abs(scale));
const fmt = (n: number): string => String(Math.round(n * 1000) / 1000);

/**
 * Check a roadmap against the scenario, not the model: each month's allocation by the plan's
 * own verifier (every rule at that month's volume); the staff flows recomputed from today's
 * FTE, attrition, hires and releases; each month's hours within its trained agents' hours;
 * hiring limits and lead times; and the NPV recomputed from the month's cash against the
 * engine's objective. Returns the violations in words; empty means the roadmap holds.
 */
export function verifyRoadmap(rm: RoadmapModel, x: readonly number[], path: RoadmapPath): string[] {
  const out: string[] = [];
  for (const m of rm.months) {
    const local = m.model.vars.map((_, j) => x[m.offset + j] ?? 0);
    const rows = allocationFrom(m.scenario, m.model, local);
    out.push(
      ...verifyAllocation(
        m.scenario,
        rows,
        rows.reduce((t, r) => t + r.cost - r.premiumCost, 0),
      ).map((v) => `${m.label}: ${v}`),
    );
  }
  const pools = new Map(rm.pools.map((p) => [p.id, p]));
  // Staff flows, trained capacity and hiring limits, from the path's own numbers.
  const running = new Map<string, number>();
  for (const m of path.months) {
    const hiredIn = new Map<string, number>();
    const trained = new Map<string, number>();
    for (const r of m.staff) {
      const p = pools.get(r.pool);
      if (!p) {
        out.push(`${m.label}: unknown pool ${r.pool}`);
        continue;
      }
      const key = `${r.activity}\u0000${r.pool}`;
      const before = m.t === 1 ? (p.today.get(r.activity) ?? 0) : (running.get(key) ?? 0);
      const expected = before * (1 - p.terms.attrition) + r.hires - r.released;
      if (!near(expected, r.headcount, before))
        out.push(
          `${m.label}: ${r.activity} in ${r.pool}: headcount ${fmt(r.headcount)} is not ${fmt(before)} × (1 − ${p.terms.attrition}) + ${fmt(r.hires)} hired − ${fmt(r.released)} released = ${fmt(expected)}`,
        );
      if (r.hires > TOL && m.t <= p.terms.leadMonths)
        out.push(
          `${m.label}: ${fmt(r.hires)} agents start in ${r.pool} before its lead time of ${p.terms.leadMonths} months`,
        );
      if (r.released > TOL && !p.terms.canRelease)
        out.push(`${m.label}: ${fmt(r.released)} agents released in ${r.pool}, which may not release`);
      hiredIn.set(r.pool, (hiredIn.get(r.pool) ?? 0) + r.hires);
      // Productive FTE from this month's and earlier months' hires, recomputed from the ramp.
      let missing = 0;
      p.terms.ramp.forEach((_, k) => {
        const earlier = path.months[m.t - 1 - k]?.staff.find((q) => q.activity === r.activity && q.pool === r.pool);
        missing += rampLoss(p.terms, k) * (earlier?.hires ?? 0);
      });
      const tk = `${r.activity}\u0000${r.country}`;
      trained.set(tk, (trained.get(tk) ?? 0) + (r.headcount - missing) * p.hoursPerFte);
      running.set(key, r.headcount);
    }
    for (const [pool, n] of hiredIn) {
      const cap = pools.get(pool)?.terms.hiringPerMonth ?? Infinity;
      if (n > cap + TOL * Math.max(1, cap))
        out.push(`${m.label}: ${fmt(n)} agents start in ${pool}, above its hiring limit of ${cap} a month`);
    }
    for (const h of m.hours) {
      const can = trained.get(`${h.activity}\u0000${h.country}`) ?? 0;
      if (h.hours > can + 1e-5 * Math.max(1, h.hours))
        out.push(
          `${m.label}: ${h.activity} in ${h.country}: ${fmt(h.hours)} h is more than its trained agents give (${fmt(can)} h)`,
        );
    }
    // A pool in the path with staff it had not (missing rows): staff that vanished.
    for (const [key, n] of running) {
      const [activity, pool] = key.split('\u0000');
      if (n > TOL && !m.staff.some((r) => r.activity === activity && r.pool === pool))
        out.push(`${m.label}: ${activity} in ${pool}: ${fmt(n)} FTE vanished`);
    }
  }
  const objective = objectiveAt(rm.model, x);
  if (!near(path.npv, objective, objective))
    out.push(`the NPV recomputed from the months' cash, ${fmt(path.npv)}, is not the engine's ${fmt(objective)}`);
  return out;
}
