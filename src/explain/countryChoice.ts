import { isHours, isPattern, type LpModel } from '../model/lp.js';
import { residencyRule, type Exclusion, type PairTable } from '../scenario/residency.js';
import type { Activity, Country, Scenario } from '../scenario/types.js';
import type { Sensitivity } from './sensitivity.js';
import type { CountryChoice } from './types.js';
import { whereOf } from './where.js';
import { ZERO_HOURS } from '../tolerances.js';

/** Where the rule that excludes a pair is written. */
function exclusionPath(a: Activity, c: Country, why: Exclusion): string[] {
  if (why === 'language') return ['countries', c.code, 'languages'];
  return why === 'allow-list' ? ['activities', a.id, 'countries'] : ['activities', a.id, 'data'];
}

/** The site rule that keeps a country's site closed in a mixed-integer plan, if any. */
function closedSite(model: LpModel, x: readonly number[], country: string): readonly string[] | undefined {
  const j = model.vars.findIndex((v) => v.role === 'site' && v.country === country);
  if (j < 0 || Math.round(x[j] ?? 0) === 1) return undefined;
  return (
    model.rows.find((r) => r.kind === 'site-link' && r.country === country)?.source.map(String) ?? [
      'countries',
      country,
    ]
  );
}

/** The model's variables by activity: its hours variables per country, all its hours, whether it has whole-agent patterns. */
type ByActivity = { readonly pair: Map<string, number[]>; planned: number; queue: boolean };

function indexVars(model: LpModel, x: readonly number[]): Map<string, ByActivity> {
  const out = new Map<string, ByActivity>();
  const of = (a: string): ByActivity => {
    let e = out.get(a);
    if (!e) {
      e = { pair: new Map(), planned: 0, queue: false };
      out.set(a, e);
    }
    return e;
  };
  model.vars.forEach((v, j) => {
    if (isPattern(v) && v.kind !== 'continuous') of(v.activity).queue = true;
    if (!isHours(v)) return;
    const e = of(v.activity);
    e.planned += x[j] ?? 0;
    const js = e.pair.get(v.country);
    if (js) js.push(j);
    else e.pair.set(v.country, [j]);
  });
  return out;
}

/**
 * How much cheaper per hour a pair's rate must be for it to enter the plan: its smallest reduced
 * cost, per unit of the rate (a variable's cost is the rate × its night/Sunday multiplier).
 */
function cheaperBy(
  model: LpModel,
  sens: Sensitivity | undefined,
  js: readonly number[],
  rate: number,
): number | undefined {
  if (!sens) return undefined;
  let best: number | undefined;
  for (const j of js) {
    const d = sens.reduced[j];
    const cost = model.vars[j]?.cost ?? 0;
    if (d === undefined || cost <= 0) continue;
    const perRate = (Math.max(0, d) * rate) / cost;
    best = best === undefined ? perRate : Math.min(best, perRate);
  }
  return best;
}

function choice(
  s: Scenario,
  pairs: PairTable,
  model: LpModel,
  x: readonly number[],
  sens: Sensitivity | undefined,
  a: Activity,
  c: Country,
  vars: ByActivity | undefined,
  closed: readonly string[] | undefined,
): CountryChoice {
  const base = {
    activity: a.id,
    country: c.code,
    rate: c.costPerHour,
    hours: 0,
    share: 0,
    exclusion: undefined,
    exclusionRule: undefined,
    where: undefined,
    cheaperBy: undefined,
  };
  const st = pairs.status(a, c);
  if (!st.allowed) {
    const rule =
      st.why === 'language'
        ? a.language
        : st.why === 'allow-list'
          ? `[${(a.allowList ?? []).join(', ')}]`
          : residencyRule(s, a);
    return {
      ...base,
      status: 'excluded',
      exclusion: st.why,
      exclusionRule: rule,
      where: whereOf(s, exclusionPath(a, c, st.why)),
    };
  }
  const js = vars?.pair.get(c.code) ?? [];
  const hours = js.reduce((t, j) => t + (x[j] ?? 0), 0);
  // A share of the hours the plan gives the activity (a queue's depend on its split).
  const planned = vars?.planned ?? 0;
  if (hours > ZERO_HOURS * Math.max(1, a.hours))
    return { ...base, status: 'used', hours, share: planned > 0 ? hours / planned : 0 };
  if (closed) return { ...base, status: 'closed', where: whereOf(s, closed) };
  // A queue staffed in whole agents has no reduced cost to read: its staffing is not a price.
  const queue = vars?.queue ?? false;
  return { ...base, status: 'unused', cheaperBy: queue ? undefined : cheaperBy(model, sens, js, c.costPerHour) };
}

/** For every activity, every country: used (with its share), unused (how much cheaper it must be), or excluded (by which rule). */
export function countryChoices(
  s: Scenario,
  model: LpModel,
  x: readonly number[],
  sens: Sensitivity | undefined,
  pairs: PairTable,
): CountryChoice[] {
  const vars = indexVars(model, x);
  const closed = new Map(s.countries.map((c) => [c.code, closedSite(model, x, c.code)]));
  return s.activities.flatMap((a) =>
    s.countries.map((c) => choice(s, pairs, model, x, sens, a, c, vars.get(a.id), closed.get(c.code))),
  );
}
