import { isHours } from '../model/lp.js';
import type { Scenario } from '../scenario/types.js';
import type { RoadmapModel } from './buildRoadmap.js';
import { converted, fxIndex, wageIndex } from './months.js';
import { rampLoss } from './pools.js';
import {
  ONE_OFF_KINDS,
  type MonthCost,
  type MonthResult,
  type RoadmapPath,
  type StaffRow,
  type Transfer,
} from './types.js';

/** Below this, a value is solver noise. */
const NOISE = 1e-6;
const clean = (v: number): number => (Math.abs(v) < NOISE ? 0 : v);

/**
 * The path in domain terms, with each month's cash recomputed from the scenario's terms (rates,
 * wage inflation, hire, transfer, release, opening and exit costs), not from the model's costs:
 * the verifier compares the two.
 */
export function pathFrom(s: Scenario, rm: RoadmapModel, x: readonly number[]): RoadmapPath {
  const val = (j: number | undefined): number => (j === undefined ? 0 : clean(x[j] ?? 0));
  const h = rm.horizon;
  const months: MonthResult[] = rm.months.map((m) => {
    const hours = new Map<string, { activity: string; country: string; hours: number }>();
    let premiums = 0;
    let sites = 0;
    m.model.vars.forEach((v, j) => {
      const value = val(m.offset + j);
      if (isHours(v)) {
        if (value <= 0) return;
        const key = `${v.activity}\u0000${v.country}`;
        const row = hours.get(key) ?? { activity: v.activity, country: v.country, hours: 0 };
        row.hours += value;
        hours.set(key, row);
        const terms = h.countries.get(v.country);
        premiums += value * v.premium * wageIndex(terms?.wageInflation ?? 0, m.t) * fxIndex(h, terms?.currency, m.t);
      } else if (v.role === 'site') {
        sites +=
          value *
          (s.countries.find((c) => c.code === v.country)?.fixedCost ?? 0) *
          fxIndex(h, h.countries.get(v.country)?.currency, m.t);
      }
    });
    const cost: Record<keyof MonthCost, number> = {
      salaries: 0,
      premiums,
      sites,
      hiring: 0,
      transfer: 0,
      opening: 0,
      exit: 0,
      release: 0,
    };
    const staff: StaffRow[] = [];
    for (const q of rm.pairs) {
      const w = q.pool.terms;
      const headcount = val(q.headcount[m.t - 1]);
      const before = m.t === 1 ? q.today : val(q.headcount[m.t - 2]);
      const hires = val(q.arrivals[m.t - 1]);
      const released = val(q.releases[m.t - 1]);
      const productive = headcount - w.ramp.reduce((t, _, k) => t + rampLoss(w, k) * val(q.arrivals[m.t - 1 - k]), 0);
      const money = (amount: number): number => converted(h, w.currency, amount, m.t);
      cost.salaries +=
        headcount *
        q.pool.hoursPerFte *
        q.pool.costPerHour *
        wageIndex(w.wageInflation, m.t) *
        fxIndex(h, w.currency, m.t);
      cost.hiring += hires * money(w.hireCost);
      if (q.today <= 0) cost.transfer += hires * money(w.transferCost);
      cost.release += released * money(w.releaseCost);
      if (headcount > 0 || before > 0 || hires > 0) {
        staff.push({
          activity: q.activity,
          pool: q.pool.id,
          country: q.pool.country,
          headcount,
          productive: clean(productive),
          hires,
          leavers: before * w.attrition,
          released,
        });
      }
    }
    for (const site of rm.sites) {
      const open = val(site.open[m.t - 1]) > 0.5 ? 1 : 0;
      const before = m.t === 1 ? (site.pool.today.size > 0 ? 1 : 0) : val(site.open[m.t - 2]) > 0.5 ? 1 : 0;
      const w = site.pool.terms;
      if (open > before) cost.opening += converted(h, w.currency, w.openingCost, m.t);
      if (open < before) cost.exit += converted(h, w.currency, w.exitCost, m.t);
    }
    const oneOff = ONE_OFF_KINDS.reduce((t, k) => t + cost[k], 0);
    const total = Object.values(cost).reduce((t, c) => t + c, 0);
    return { t: m.t, label: m.label, hours: [...hours.values()], staff, cost, total, oneOff, discount: m.discount };
  });
  return summarise(months);
}

export function summarise(months: readonly MonthResult[]): RoadmapPath {
  let sum = 0;
  const cumulative = months.map((m) => (sum += m.total));
  return { months, npv: months.reduce((t, m) => t + m.total * m.discount, 0), cumulative };
}

/** Half an agent: a pool with fewer on an activity has stopped delivering it (or not started). */
const PRESENT_FTE = 0.5;

/** Months each pool starts or stops delivering each activity (at least half an FTE), against today. */
export function transfersOf(rm: RoadmapModel, path: RoadmapPath): Transfer[] {
  const out: Transfer[] = [];
  for (const q of rm.pairs) {
    let before = q.today >= PRESENT_FTE;
    for (const m of path.months) {
      const row = m.staff.find((r) => r.activity === q.activity && r.pool === q.pool.id);
      const now = (row?.headcount ?? 0) >= PRESENT_FTE;
      if (now !== before)
        out.push({
          activity: q.activity,
          pool: q.pool.id,
          country: q.pool.country,
          kind: now ? 'starts' : 'ends',
          month: m.label,
          t: m.t,
        });
      before = now;
    }
  }
  return out.sort((a, b) => a.t - b.t);
}
