import type { Scenario } from '../scenario/types.js';
import { isHours, isShift, type HoursVar, type LpModel, type Row, type Term, type Var } from './lp.js';
import { sharesOfPlannedHours } from './plannedShares.js';

/**
 * The mixed-integer extension (site economics): a binary "site open" per country that pays its
 * fixed cost and enforces its minimum volume; a cap on the number of countries; business
 * continuity (an activity from at least k countries, each with a minimum share); whole FTEs.
 * A scenario without these keys (and without --whole-fte) gets back the plain LP unchanged.
 */
export function siteEconomics(
  s: Scenario,
  base: { vars: readonly Var[]; rows: Row[] },
  byActivity: ReadonlyMap<string, readonly number[]>,
  /** A country's terms of hours worked, and of hours paid (asked for only when a rule needs them). */
  volume: {
    readonly worked: (code: string) => readonly Term[];
    readonly paid: (code: string) => readonly Term[];
  },
  wholeFte: boolean,
): LpModel {
  // Under --whole-fte the people are paid through their FTE; hours and shifts keep only their night/Sunday uplift.
  const vars: Var[] = wholeFte
    ? base.vars.map((v) => (isHours(v) || isShift(v) ? { ...v, cost: v.premium } : v))
    : [...base.vars];
  const hoursVar = (j: number): HoursVar | undefined => {
    const v = base.vars[j];
    return isHours(v) ? v : undefined;
  };
  const rows: Row[] = [...base.rows];
  /** A country's hours of work (or, `paid`, its paid hours: on a rota, its shift hours), and the most they can be. */
  const volumeIn = (code: string, kind: 'worked' | 'paid' = 'worked'): { terms: Term[]; most: number } => {
    const terms = [...volume[kind](code)];
    const c = s.countries.find((k) => k.code === code);
    const reachable = terms.reduce((t, { v, coef }) => t + coef * (base.vars[v]?.impliedUpper ?? 0), 0);
    return { terms, most: Math.min(c?.capacityHours ?? Infinity, reachable) };
  };

  const siteVars: number[] = [];
  for (const c of s.countries) {
    const needed = c.fixedCost > 0 || (c.minHours ?? 0) > 0 || c.open !== undefined || s.maxCountries !== undefined;
    if (!needed) continue;
    const { terms, most } = volumeIn(c.code);
    if (terms.length === 0 && c.open !== true) continue;
    const y = vars.length;
    siteVars.push(y);
    vars.push({
      role: 'site',
      id: `open[${c.code}]`,
      country: c.code,
      cost: c.fixedCost,
      kind: 'binary',
      lower: c.open === true ? 1 : 0,
      upper: c.open === false ? 0 : 1,
      impliedUpper: 1,
    });
    const key =
      c.fixedCost > 0 ? 'fixed_cost' : (c.minHours ?? 0) > 0 ? 'min_hours' : c.open !== undefined ? 'open' : undefined;
    const source = key ? ['countries', c.code, key] : ['max_countries'];
    rows.push({
      id: `site[${c.code}]`,
      kind: 'site-link',
      op: '<=',
      rhs: 0,
      terms: [...terms, { v: y, coef: -most }],
      source,
      country: c.code,
    });
    if ((c.minHours ?? 0) > 0) {
      rows.push({
        id: `min_hours[${c.code}]`,
        kind: 'min-hours',
        op: '>=',
        rhs: 0,
        terms: [...terms, { v: y, coef: -(c.minHours ?? 0) }],
        source: ['countries', c.code, 'min_hours'],
        country: c.code,
      });
    }
  }
  if (s.maxCountries !== undefined) {
    rows.push({
      id: 'max_countries',
      kind: 'max-countries',
      op: '<=',
      rhs: s.maxCountries,
      terms: siteVars.map((v) => ({ v, coef: 1 })),
      source: ['max_countries'],
    });
  }

  for (const a of s.activities) {
    if (a.minCountries === undefined) continue;
    // One "uses" binary per country (not per hour class): all of the country's hours of a count.
    const byCountryOfA = new Map<string, number[]>();
    for (const j of byActivity.get(a.id) ?? []) {
      const x = hoursVar(j);
      if (x) byCountryOfA.set(x.country, [...(byCountryOfA.get(x.country) ?? []), j]);
    }
    const uses: number[] = [];
    const all = byActivity.get(a.id) ?? [];
    const planned = sharesOfPlannedHours(a);
    // A queue's share is of the hours planned (Σx, which depends on the split): with z = 1,
    // Σx_c − k·Σx ≥ 0; with z = 0 the row must hold whatever the plan, hence + k·U·(1 − z),
    // U bounding Σx (per hour class, the most hours any one country could take).
    const bound = planned ? mostHours(all.map(hoursVar).filter((x) => x !== undefined)) : 0;
    for (const [country, js] of byCountryOfA) {
      const z = vars.length;
      uses.push(z);
      vars.push({
        role: 'use',
        id: `uses[${a.id},${country}]`,
        activity: a.id,
        country,
        cost: 0,
        kind: 'binary',
        lower: 0,
        upper: 1,
        impliedUpper: 1,
      });
      // z = 1 counts the country as one of the k, and then it must carry at least the share.
      const k = a.minCountryShare;
      const share = planned
        ? {
            terms: [
              ...js.map((v) => ({ v, coef: 1 })),
              ...all.map((v) => ({ v, coef: -k })),
              { v: z, coef: -k * bound },
            ],
            rhs: -k * bound,
            valueInTerms: true as const,
          }
        : { terms: [...js.map((v) => ({ v, coef: 1 })), { v: z, coef: -k * a.hours }], rhs: 0 };
      rows.push({
        id: `min_country_share[${a.id},${country}]`,
        kind: 'min-country-share',
        op: '>=',
        ...share,
        source: ['activities', a.id, 'min_country_share'],
        activity: a.id,
        country,
      });
    }
    rows.push({
      id: `min_countries[${a.id}]`,
      kind: 'min-countries',
      op: '>=',
      rhs: a.minCountries,
      terms: uses.map((v) => ({ v, coef: 1 })),
      source: ['activities', a.id, 'min_countries'],
      activity: a.id,
    });
  }

  if (wholeFte) {
    for (const c of s.countries) {
      const { terms, most } = volumeIn(c.code, 'paid');
      if (terms.length === 0) continue;
      const n = vars.length;
      // Paid hours = whole FTEs × hours per FTE, at the country's rate; productive hours cost nothing more.
      vars.push({
        role: 'staff',
        id: `fte[${c.code}]`,
        country: c.code,
        cost: c.costPerHour * c.hoursPerFte,
        kind: 'integer',
        lower: 0,
        upper: Infinity,
        impliedUpper: Math.ceil(most / c.hoursPerFte),
      });
      rows.push({
        id: `staffing[${c.code}]`,
        kind: 'staffing',
        op: '<=',
        rhs: 0,
        terms: [...terms, { v: n, coef: -c.hoursPerFte }],
        source: ['countries', c.code, 'hours_per_fte'],
        country: c.code,
      });
    }
  }
  return { vars, rows };
}

/**
 * An upper bound on a queue's planned hours: every country at the most it can take in every
 * class. (Not the largest single country per class: an hour split between countries can need
 * more agents in all than any one of them could take alone.)
 */
function mostHours(xs: readonly HoursVar[]): number {
  return xs.reduce((t, x) => t + x.impliedUpper, 0);
}
