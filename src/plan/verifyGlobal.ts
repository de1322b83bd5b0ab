import { capGroups, ruleActivities } from '../scenario/globalRules.js';
import type { Scenario } from '../scenario/types.js';
import { shareBasis } from './shareBasis.js';
import type { AllocationRow } from './types.js';
import { VERIFY_TOLERANCE as TOL } from '../tolerances.js';

const within = (lhs: number, rhs: number): boolean => lhs <= rhs + TOL * Math.max(1, Math.abs(rhs));
const fmt = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/**
 * Check the scenario's global rules (top-level `rules`) on a plan's rows, from the scenario
 * itself: the hours of each rule's activities summed per country and compared with the share of
 * their total (fixed hours, or a queue's planned hours). Violations in words; empty means met.
 */
export function verifyGlobalRules(s: Scenario, rows: readonly AllocationRow[]): string[] {
  const out: string[] = [];
  const base = shareBasis(rows);
  for (const r of s.globalRules) {
    const group = ruleActivities(s, r);
    const ids = new Set(group.map((a) => a.id));
    const total = group.reduce((t, a) => t + base(a), 0);
    const inCountries = (codes: readonly string[]): number =>
      rows.reduce((t, x) => t + (ids.has(x.activity) && codes.includes(x.country) ? x.hours : 0), 0);
    if (r.maxShare !== undefined) {
      for (const codes of capGroups(s, r)) {
        const got = inCountries(codes);
        if (!within(got, r.maxShare * total))
          out.push(
            `rules.${r.name}: ${fmt(got)} h in ${codes.join(' + ')} exceeds max_share ${r.maxShare} of ${fmt(total)} h`,
          );
      }
    }
    if (r.maxRiskExposure !== undefined) {
      const risk = new Map(s.countries.map((c) => [c.code, c.risk ?? 0]));
      const weighted = rows.reduce((t, x) => t + (ids.has(x.activity) ? x.hours * (risk.get(x.country) ?? 0) : 0), 0);
      if (!within(weighted, r.maxRiskExposure * total))
        out.push(
          `rules.${r.name}: mean risk ${fmt(total > 0 ? weighted / total : 0)} of ${fmt(total)} h exceeds max_risk_exposure ${r.maxRiskExposure}`,
        );
    }
    if (r.minHomeShare !== undefined) {
      const got = inCountries([s.home]);
      if (!within(r.minHomeShare * total, got))
        out.push(
          `rules.${r.name}: ${fmt(got)} h in ${s.home}, below min_home_share ${r.minHomeShare} of ${fmt(total)} h`,
        );
    }
  }
  return out;
}
