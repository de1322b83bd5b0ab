import {
  capGroups,
  maxRiskPath,
  maxSharePath,
  minHomeSharePath,
  ruleActivities,
  type GlobalRule,
} from '../scenario/globalRules.js';
import type { Scenario } from '../scenario/types.js';
import { isHours, type Row, type RowKind, type Term, type Var } from './lp.js';
import { sharesOfPlannedHours } from './plannedShares.js';

/**
 * Rows of the scenario's global rules (top-level `rules`): a share k of the hours of a group of
 * activities in some countries. With fixed hours H the row is Σ x(in the countries) ≤ k·H; a
 * contact queue's hours depend on its split, so its part of the basis is its planned hours,
 * moved to the left: Σ x(in) − k·Σ x(queue) ≤ k·H(fixed).
 */
export function globalRuleRows(s: Scenario, vars: readonly Var[]): Row[] {
  return s.globalRules.flatMap((r) => rowsOf(s, r, vars));
}

function rowsOf(s: Scenario, r: GlobalRule, vars: readonly Var[]): Row[] {
  const group = ruleActivities(s, r);
  const inGroup = new Set(group.map((a) => a.id));
  const planned = new Set(group.filter(sharesOfPlannedHours).map((a) => a.id));
  const fixedHours = group.filter((a) => !planned.has(a.id)).reduce((t, a) => t + a.hours, 0);
  const mine = (countries: readonly string[]): number[] =>
    vars.flatMap((v, j) => (isHours(v) && inGroup.has(v.activity) && countries.includes(v.country) ? [j] : []));
  const flexible = vars.flatMap((v, j) => (isHours(v) && planned.has(v.activity) ? [j] : []));
  const row = (
    id: string,
    kind: RowKind,
    op: '<=' | '>=',
    k: number,
    js: readonly number[],
    source: readonly string[],
    country: string | undefined,
  ): Row => {
    const coef = new Map<number, number>();
    for (const j of js) coef.set(j, 1);
    for (const j of flexible) coef.set(j, (coef.get(j) ?? 0) - k);
    const terms: Term[] = [...coef].filter(([, c]) => c !== 0).map(([v, c]) => ({ v, coef: c }));
    return {
      id,
      kind,
      op,
      rhs: k * fixedHours,
      terms,
      source,
      ...(country !== undefined ? { country } : {}),
      ...(flexible.length > 0 ? { valueInTerms: true as const } : {}),
    };
  };
  const out: Row[] = [];
  const k = r.maxShare;
  if (k !== undefined && k < 1) {
    for (const countries of capGroups(s, r)) {
      const js = mine(countries);
      if (js.length === 0) continue; // nothing of the group may go there: the cap holds by itself
      out.push(
        row(
          `global_max_share[${r.name},${countries.join('+')}]`,
          'global-max-share',
          '<=',
          k,
          js,
          maxSharePath(r).map(String),
          countries.length === 1 ? countries[0] : undefined,
        ),
      );
    }
  }
  const h = r.minHomeShare;
  if (h !== undefined && h > 0) {
    out.push(
      row(
        `global_min_home_share[${r.name}]`,
        'global-min-home-share',
        '>=',
        h,
        mine([s.home]),
        minHomeSharePath(r).map(String),
        s.home,
      ),
    );
  }
  const e = r.maxRiskExposure;
  if (e !== undefined) {
    // Σ risk·x ≤ e·(hours of the group): Σ (risk)·x − e·Σ x(queue) ≤ e·H(fixed).
    const risk = new Map(s.countries.map((c) => [c.code, c.risk ?? 0]));
    const coef = new Map<number, number>();
    vars.forEach((v, j) => {
      if (isHours(v) && inGroup.has(v.activity)) coef.set(j, risk.get(v.country) ?? 0);
    });
    for (const j of flexible) coef.set(j, (coef.get(j) ?? 0) - e);
    const terms: Term[] = [...coef].filter(([, c]) => c !== 0).map(([v, c]) => ({ v, coef: c }));
    out.push({
      id: `global_max_risk[${r.name}]`,
      kind: 'global-max-risk',
      op: '<=',
      rhs: e * fixedHours,
      terms,
      source: maxRiskPath(r).map(String),
      valueInTerms: true,
    });
  }
  return out;
}
