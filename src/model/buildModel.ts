import { pairStatus } from '../scenario/residency.js';
import type { Scenario } from '../scenario/types.js';
import type { HoursVar, LpModel, Row, Term } from './lp.js';
import { siteEconomics } from './siteEconomics.js';

export type ModelOptions = {
  /** Staff whole FTEs per country (integer), priced as people rather than hours. */
  readonly wholeFte: boolean;
};

export const DEFAULT_MODEL_OPTIONS: ModelOptions = { wholeFte: false };

/** Variables x[a,c] for the allowed pairs only, with their indices by activity and by country. */
function hoursVars(s: Scenario): { vars: HoursVar[]; byActivity: Map<string, number[]>; byCountry: Map<string, number[]> } {
  const vars: HoursVar[] = [];
  const byActivity = new Map<string, number[]>();
  const byCountry = new Map<string, number[]>();
  for (const a of s.activities) {
    const list: number[] = [];
    for (const c of s.countries) {
      const st = pairStatus(s, a, c);
      if (!st.allowed) continue;
      const j = vars.length;
      const quality = c.languages[a.language]?.quality ?? 0;
      vars.push({ role: 'hours', id: `x[${a.id},${c.code}]`, activity: a.id, country: c.code, cost: c.costPerHour, quality, basis: st.basis, kind: 'continuous', lower: 0, upper: Infinity, impliedUpper: a.hours });
      list.push(j);
      const inCountry = byCountry.get(c.code);
      if (inCountry) inCountry.push(j); else byCountry.set(c.code, [j]);
    }
    byActivity.set(a.id, list);
  }
  return { vars, byActivity, byCountry };
}

/** Build the contract's LP (§3), plus the mixed-integer site rules when the scenario has any. */
export function buildModel(s: Scenario, options: ModelOptions = DEFAULT_MODEL_OPTIONS): LpModel {
  const { vars, byActivity, byCountry } = hoursVars(s);
  const rows: Row[] = [];
  const languageOf = new Map(s.activities.map((a) => [a.id, a.language]));
  const ones = (js: readonly number[]): Term[] => js.map((v) => ({ v, coef: 1 }));
  for (const a of s.activities) {
    const js = byActivity.get(a.id) ?? [];
    const path = ['activities', a.id];
    rows.push({ id: `demand[${a.id}]`, kind: 'demand', op: '=', rhs: a.hours, terms: ones(js), source: [...path, 'hours'], activity: a.id });
    if (a.minQuality !== undefined && a.minQuality > 0) {
      const terms = js.map((v) => ({ v, coef: vars[v]?.quality ?? 0 }));
      rows.push({ id: `quality[${a.id}]`, kind: 'quality', op: '>=', rhs: a.minQuality * a.hours, terms, source: [...path, 'min_quality'], activity: a.id });
    }
    if (a.maxShare !== undefined && a.maxShare < 1) {
      for (const v of js) {
        const country = vars[v]?.country ?? '';
        rows.push({ id: `max_share[${a.id},${country}]`, kind: 'max-share', op: '<=', rhs: a.maxShare * a.hours, terms: [{ v, coef: 1 }], source: [...path, 'max_share'], activity: a.id, country });
      }
    }
    if (a.minHomeShare !== undefined && a.minHomeShare > 0) {
      const terms = js.filter((v) => vars[v]?.country === s.home).map((v) => ({ v, coef: 1 }));
      rows.push({ id: `min_home_share[${a.id}]`, kind: 'min-home-share', op: '>=', rhs: a.minHomeShare * a.hours, terms, source: [...path, 'min_home_share'], activity: a.id, country: s.home });
    }
  }
  for (const c of s.countries) {
    const js = byCountry.get(c.code) ?? [];
    const path = ['countries', c.code];
    if (c.capacityHours !== undefined) {
      rows.push({ id: `capacity[${c.code}]`, kind: 'capacity', op: '<=', rhs: c.capacityHours, terms: ones(js), source: [...path, 'capacity_hours'], country: c.code });
    }
    for (const [lang, skill] of Object.entries(c.languages)) {
      if (skill.capacityHours === undefined) continue;
      const terms = ones(js.filter((v) => languageOf.get(vars[v]?.activity ?? '') === lang));
      rows.push({ id: `language_capacity[${c.code},${lang}]`, kind: 'language-capacity', op: '<=', rhs: skill.capacityHours, terms, source: [...path, 'languages', lang, 'capacity_hours'], country: c.code, language: lang });
    }
  }
  return siteEconomics(s, { vars, rows }, byActivity, byCountry, options.wholeFte);
}
