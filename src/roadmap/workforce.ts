import type { Row, Term, Var } from '../model/lp.js';
import type { Scenario } from '../scenario/types.js';
import { pairKey, type MonthBlock } from './monthBlocks.js';
import type { Horizon } from '../scenario/horizon.js';
import { converted, fxIndex, wageIndex } from './months.js';
import { rampLoss, type Pool } from './pools.js';

/** The staff of one activity in one pool, month by month (variable indices; index t − 1). */
export type PairVars = {
  readonly activity: string;
  readonly pool: Pool;
  /** FTE today (before the first month). */
  readonly today: number;
  readonly headcount: readonly number[];
  /** New agents starting in the month (undefined before the pool's lead time has passed). */
  readonly arrivals: readonly (number | undefined)[];
  /** Agents released in the month (undefined when the pool may not release). */
  readonly releases: readonly (number | undefined)[];
};

/** Open/closed state of a pool with one-off opening or exit costs. */
export type PoolSites = {
  readonly pool: Pool;
  readonly open: readonly number[];
  readonly openings: readonly number[];
  readonly exits: readonly number[];
};

/** Unserved hours of the diagnosis model (elastic): one per activity, country and month. */
export type Shortfall = { readonly t: number; readonly activity: string; readonly country: string; readonly v: number };

export type WorkforceOptions = {
  /** Keep today's delivery: only today's pairs, each country with today's share of each activity. */
  readonly asIs: boolean;
  /** Let work go unserved at a high price, to find the months short of trained agents. */
  readonly elastic: boolean;
};

const SHORTFALL_PER_HOUR = 1e4;

/**
 * Staff flows over the horizon (docs/roadmap.md): for each activity and pool,
 * H[t] = (1 − attrition)·H[t−1] + A[t] − R[t], H[0] = today's FTE; the month's hours of the pair
 * ≤ hours per FTE × (H[t] − Σk (1 − ramp[k])(1 − attrition)^k A[t−k]); Σ A[t] ≤ hiring per month.
 * Headcount is paid every month (rate × hours per FTE × wage index), hires their recruitment
 * (and knowledge transfer on an activity the pool does not deliver today), releases their cost.
 */
export function workforce(
  s: Scenario,
  h: Horizon,
  pools: readonly Pool[],
  months: readonly MonthBlock[],
  vars: Var[],
  rows: Row[],
  options: WorkforceOptions,
): { pairs: PairVars[]; sites: PoolSites[]; shortfalls: Shortfall[] } {
  const add = (
    v: Omit<Var, 'role' | 'impliedUpper' | 'kind'> & Partial<Pick<Var, 'kind' | 'impliedUpper'>>,
  ): number => {
    vars.push({ role: 'aux', kind: 'continuous', impliedUpper: v.upper === Infinity ? 1e9 : v.upper, ...v });
    return vars.length - 1;
  };
  const pairs: PairVars[] = [];
  const byCountry = new Map<string, PairVars[]>();
  for (const a of s.activities) {
    const need = Math.max(0, ...months.map((m) => m.scenario.activities.find((x) => x.id === a.id)?.hours ?? 0));
    for (const p of pools) {
      const today = p.today.get(a.id) ?? 0;
      const worked = months.some((m) => m.worked.has(pairKey(a.id, p.country)));
      if (today <= 0 && (options.asIs || !worked)) continue;
      const w = p.terms;
      const slowest = Math.min(1, ...w.ramp);
      // No optimum has more agents than today's and the peak need at the slowest ramp (more only
      // cost): a bound for the certificate (impliedUpper), not given to the engine, where bounds
      // on every headcount and release slow the interior-point method by 15% on large roadmaps
      // (solvePath checks that the optimum keeps within it).
      const upper = today + need / p.hoursPerFte / slowest + 1;
      const transfer = today > 0 ? 0 : w.transferCost;
      const headcount: number[] = [];
      const arrivals: (number | undefined)[] = [];
      const releases: (number | undefined)[] = [];
      for (const m of months) {
        const t = m.t;
        headcount.push(
          add({
            id: `fte[${a.id},${p.id},${t}]`,
            cost:
              p.costPerHour * p.hoursPerFte * wageIndex(w.wageInflation, t) * fxIndex(h, w.currency, t) * m.discount,
            lower: 0,
            upper: Infinity,
            impliedUpper: upper,
          }),
        );
        const canHire = t > w.leadMonths && w.hiringPerMonth > 0;
        arrivals.push(
          canHire
            ? add({
                id: `hires[${a.id},${p.id},${t}]`,
                cost: converted(h, w.currency, w.hireCost + transfer, t) * m.discount,
                lower: 0,
                upper: Math.min(upper, w.hiringPerMonth),
              })
            : undefined,
        );
        releases.push(
          w.canRelease
            ? add({
                id: `released[${a.id},${p.id},${t}]`,
                cost: converted(h, w.currency, w.releaseCost, t) * m.discount,
                lower: 0,
                upper: Infinity,
                impliedUpper: upper,
              })
            : undefined,
        );
        const terms: Term[] = [{ v: headcount[t - 1] ?? 0, coef: 1 }];
        if (t > 1) terms.push({ v: headcount[t - 2] ?? 0, coef: -(1 - w.attrition) });
        const hired = arrivals[t - 1];
        if (hired !== undefined) terms.push({ v: hired, coef: -1 });
        const released = releases[t - 1];
        if (released !== undefined) terms.push({ v: released, coef: 1 });
        rows.push({
          id: `flow[${a.id},${p.id},${t}]`,
          kind: 'staff-flow',
          op: '=',
          rhs: t === 1 ? today * (1 - w.attrition) : 0,
          terms,
          source: ['horizon', 'countries', p.country, 'attrition'],
          activity: a.id,
          country: p.country,
        });
      }
      const pair = { activity: a.id, pool: p, today, headcount, arrivals, releases };
      pairs.push(pair);
      byCountry.set(pairKey(a.id, p.country), [...(byCountry.get(pairKey(a.id, p.country)) ?? []), pair]);
    }
  }
  const shortfalls: Shortfall[] = [];
  for (const m of months) {
    for (const [key, xs] of m.worked) {
      const [activity = '', country = ''] = key.split('\u0000');
      const staff = byCountry.get(key) ?? [];
      const terms: Term[] = xs.map((v) => ({ v, coef: 1 }));
      for (const pair of staff) {
        const hpf = pair.pool.hoursPerFte;
        terms.push({ v: pair.headcount[m.t - 1] ?? 0, coef: -hpf });
        pair.pool.terms.ramp.forEach((_, k) => {
          const a = pair.arrivals[m.t - 1 - k];
          if (a !== undefined) terms.push({ v: a, coef: hpf * rampLoss(pair.pool.terms, k) });
        });
      }
      if (options.elastic) {
        const v = add({
          id: `short[${activity},${country},${m.t}]`,
          cost: SHORTFALL_PER_HOUR,
          lower: 0,
          upper: Infinity,
        });
        terms.push({ v, coef: -1 });
        shortfalls.push({ t: m.t, activity, country, v });
      }
      rows.push({
        id: `trained[${activity},${country},${m.t}]`,
        kind: 'trained-staff',
        op: '<=',
        rhs: 0,
        terms,
        source: ['horizon', 'countries', country],
        activity,
        country,
      });
    }
    for (const p of pools) {
      if (!(p.terms.hiringPerMonth < Infinity)) continue;
      const terms = pairs
        .filter((q) => q.pool === p)
        .flatMap((q) => {
          const a = q.arrivals[m.t - 1];
          return a === undefined ? [] : [{ v: a, coef: 1 }];
        });
      if (terms.length > 1)
        rows.push({
          id: `hiring[${p.id},${m.t}]`,
          kind: 'hiring',
          op: '<=',
          rhs: p.terms.hiringPerMonth,
          terms,
          source: ['horizon', 'countries', p.country, 'hiring_per_month'],
          country: p.country,
        });
    }
  }
  if (options.asIs) rows.push(...todayShares(s, pools, months));
  return { pairs, sites: poolSites(h, pools, pairs, months, vars, rows), shortfalls };
}

/** As-is: each country keeps today's share of each activity's hours, month by month. */
function todayShares(s: Scenario, pools: readonly Pool[], months: readonly MonthBlock[]): Row[] {
  const out: Row[] = [];
  for (const a of s.activities) {
    const hoursToday = new Map<string, number>();
    for (const p of pools)
      hoursToday.set(p.country, (hoursToday.get(p.country) ?? 0) + (p.today.get(a.id) ?? 0) * p.hoursPerFte);
    const total = [...hoursToday.values()].reduce((x, y) => x + y, 0);
    if (total <= 0) continue;
    for (const m of months) {
      const all = [...m.worked].filter(([k]) => k.startsWith(`${a.id}\u0000`)).flatMap(([, xs]) => xs);
      for (const [country, hours] of hoursToday) {
        const mine = new Set(m.worked.get(pairKey(a.id, country)) ?? []);
        const share = hours / total;
        out.push({
          id: `today_share[${a.id},${country},${m.t}]`,
          kind: 'today-share',
          op: '=',
          rhs: 0,
          terms: all.map((v) => ({ v, coef: (mine.has(v) ? 1 : 0) - share })),
          source: ['horizon', 'current', a.id],
          activity: a.id,
          country,
        });
      }
    }
  }
  return out;
}

/**
 * Pools with an opening or exit cost get a binary "delivers" per month: the headcount needs it,
 * an opening is paid when it goes from 0 to 1 (today counts as month 0), an exit from 1 to 0.
 */
function poolSites(
  h: Horizon,
  pools: readonly Pool[],
  pairs: readonly PairVars[],
  months: readonly MonthBlock[],
  vars: Var[],
  rows: Row[],
): PoolSites[] {
  const out: PoolSites[] = [];
  for (const p of pools) {
    if (p.terms.openingCost <= 0 && p.terms.exitCost <= 0) continue;
    const mine = pairs.filter((q) => q.pool === p);
    if (mine.length === 0) continue;
    const open: number[] = [];
    const openings: number[] = [];
    const exits: number[] = [];
    const today = mine.some((q) => q.today > 0) ? 1 : 0;
    for (const m of months) {
      const u = vars.length;
      vars.push({
        role: 'aux',
        id: `delivers[${p.id},${m.t}]`,
        kind: 'binary',
        cost: 0,
        lower: 0,
        upper: 1,
        impliedUpper: 1,
      });
      open.push(u);
      for (const q of mine) {
        const hv = q.headcount[m.t - 1] ?? 0;
        rows.push({
          id: `delivers[${q.activity},${p.id},${m.t}]`,
          kind: 'site-link',
          op: '<=',
          rhs: 0,
          terms: [
            { v: hv, coef: 1 },
            { v: u, coef: -(vars[hv]?.impliedUpper ?? 0) },
          ],
          source: ['horizon', 'countries', p.country],
          country: p.country,
        });
      }
      const before = open[m.t - 2];
      // Opening (sign +1) pays when the pool delivers this month and did not the month before
      // (or today); an exit (sign −1) when it delivered and no longer does.
      const change = (name: 'opening' | 'exit', cost: number, sign: 1 | -1): number => {
        const v = vars.length;
        vars.push({
          role: 'aux',
          id: `${name}[${p.id},${m.t}]`,
          kind: 'continuous',
          cost: converted(h, p.terms.currency, cost, m.t) * m.discount,
          lower: 0,
          upper: 1,
          impliedUpper: 1,
        });
        rows.push({
          id: `${name}[${p.id},${m.t}]`,
          kind: 'site-link',
          op: '>=',
          rhs: before === undefined ? -sign * today : 0,
          terms: [{ v, coef: 1 }, { v: u, coef: -sign }, ...(before === undefined ? [] : [{ v: before, coef: sign }])],
          source: ['horizon', 'countries', p.country, `${name}_cost`],
          country: p.country,
        });
        return v;
      };
      openings.push(change('opening', p.terms.openingCost, 1));
      exits.push(change('exit', p.terms.exitCost, -1));
    }
    out.push({ pool: p, open, openings, exits });
  }
  return out;
}
