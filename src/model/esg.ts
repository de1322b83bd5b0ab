import { carbonCapPath, carbonPerHour, socialPath, teleworkShare } from '../scenario/esg.js';
import type { Scenario } from '../scenario/types.js';
import { isHours, type LpModel, type Row, type Term, type Var } from './lp.js';
import { sharesOfPlannedHours } from './plannedShares.js';

/** tCO2e of one productive hour of an hours variable (0 when the scenario asks no carbon). */
export const tonnesPerHour = (s: Scenario, activity: string, country: string): number =>
  (carbonPerHour(s, country, activity) ?? 0) / 1000;

/**
 * The ESG part of the model (top-level `esg`), added to the built model: the carbon price on
 * each productive hour's cost (price × tCO2e per hour), the carbon cap row (Σ tCO2e per hour × x
 * ≤ the cap per period) and the social-clause row (the home country's hours that people in
 * insertion can deliver cover the share of all hours: m·Σ x(home) ≥ k·Σ x). A scenario without
 * `esg` gets its model back unchanged.
 */
export function applyEsg(s: Scenario, model: LpModel): LpModel {
  const e = s.esg;
  if (!e) return model;
  const price = e.carbonPrice ?? 0;
  const vars: Var[] =
    price > 0
      ? model.vars.map((v) =>
          isHours(v) ? { ...v, cost: v.cost + price * tonnesPerHour(s, v.activity, v.country) } : v,
        )
      : [...model.vars];
  const rows: Row[] = model.rows.map((r) => (r.kind === 'seats' ? onSite(s, vars, r) : r));
  const cap = e.carbonCap?.perPeriod;
  if (cap !== undefined) {
    const terms: Term[] = vars
      .flatMap((v, j) => (isHours(v) ? [{ v: j, coef: tonnesPerHour(s, v.activity, v.country) }] : []))
      .filter((t) => t.coef !== 0);
    rows.push({ id: 'carbon_cap', kind: 'carbon-cap', op: '<=', rhs: cap, terms, source: carbonCapPath.map(String) });
  }
  if (e.social && e.social.minShare > 0)
    rows.push(socialRow(s, vars, e.social.minShare, e.social.insertionShareOfHome));
  return { ...model, vars, rows };
}

/**
 * A seats row of hours planned hour by hour counts only the hours worked on site: a telework
 * hour needs no seat. (A rota's seats rows count agents on shift, and a queue's staffing patterns
 * stay within the seats for every agent: both unchanged, conservative.)
 */
function onSite(s: Scenario, vars: readonly Var[], r: Row): Row {
  const terms = r.terms.flatMap((t) => {
    const v = vars[t.v];
    if (!isHours(v)) return [t];
    const k = 1 - teleworkShare(s, v.activity, v.country);
    return k === 1 ? [t] : k === 0 ? [] : [{ v: t.v, coef: t.coef * k }];
  });
  return terms.every((t, i) => t === r.terms[i]) && terms.length === r.terms.length ? r : { ...r, terms };
}

/** m·Σ x(home) − k·Σ x(queues) ≥ k·H(fixed): a queue's part of all hours is its planned hours. */
function socialRow(s: Scenario, vars: readonly Var[], k: number, m: number): Row {
  const planned = new Set(s.activities.filter(sharesOfPlannedHours).map((a) => a.id));
  const fixed = s.activities.filter((a) => !planned.has(a.id)).reduce((t, a) => t + a.hours, 0);
  const coef = new Map<number, number>();
  vars.forEach((v, j) => {
    if (!isHours(v)) return;
    const c = (v.country === s.home ? m : 0) - (planned.has(v.activity) ? k : 0);
    if (c !== 0) coef.set(j, c);
  });
  const terms: Term[] = [...coef].map(([v, c]) => ({ v, coef: c }));
  return {
    id: 'social_clause',
    kind: 'social-clause',
    op: '>=',
    rhs: k * fixed,
    terms,
    source: socialPath.map(String),
    country: s.home,
    ...(planned.size > 0 ? { valueInTerms: true as const } : {}),
  };
}
