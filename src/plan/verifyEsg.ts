import type { Scenario } from '../scenario/types.js';
import type { Plan } from './types.js';

const TOL = 1e-6;
const within = (lhs: number, rhs: number): boolean => lhs <= rhs + TOL * Math.max(1, Math.abs(rhs));
const fmt = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/**
 * Check a plan's ESG rules and figures from the scenario's own factors, apart from the model: each
 * row's hours × (site share × (grid × kWh per workstation hour + commuting) + telework share ×
 * grid × kWh per telework hour), summed and held against the carbon cap and the plan's reported
 * tonnes; the home country's insertion hours against the social clause's share of all hours.
 */
export function verifyEsg(s: Scenario, plan: Plan): string[] {
  const e = s.esg;
  if (!e) return plan.esg === undefined ? [] : ['the plan reports ESG figures the scenario does not ask for'];
  const out: string[] = [];
  const rows = plan.allocation;
  const total = rows.reduce((t, r) => t + r.hours, 0);
  if (e.carbonAsked) {
    let kg = 0;
    for (const r of rows) {
      const f = e.factors[r.country];
      if (
        !f ||
        f.gridGPerKwh === undefined ||
        f.kwhSite === undefined ||
        f.kwhHome === undefined ||
        f.commuteKg === undefined
      ) {
        out.push(`${r.country}: no carbon factors to check its hours against`);
        continue;
      }
      const tw = e.teleworkByActivity[r.activity]?.[r.country] ?? e.telework[r.country] ?? 0;
      kg +=
        r.hours *
        ((1 - tw) * ((f.gridGPerKwh * f.kwhSite) / 1000 + f.commuteKg) + (tw * f.gridGPerKwh * f.kwhHome) / 1000);
    }
    const tonnes = kg / 1000;
    const cap = e.carbonCap?.perPeriod;
    if (cap !== undefined && !within(tonnes, cap))
      out.push(
        `esg.carbon_cap: ${fmt(tonnes)} tCO2e per ${s.period} exceeds the cap of ${fmt(cap)} (${fmt(e.carbonCap?.tonnes ?? 0)} t per ${e.carbonCap?.per ?? ''})`,
      );
    const reported = plan.esg?.carbon?.tonnes;
    if (reported === undefined || Math.abs(reported - tonnes) > TOL * Math.max(1, tonnes))
      out.push(
        `reported carbon ${reported === undefined ? 'missing' : fmt(reported)} tCO2e does not match the recomputed ${fmt(tonnes)}`,
      );
    const cost = plan.esg?.carbon?.carbonCost ?? 0;
    const expected = (e.carbonPrice ?? 0) * tonnes;
    if (Math.abs(cost - expected) > TOL * Math.max(1, expected))
      out.push(`reported carbon cost ${fmt(cost)} does not match the recomputed ${fmt(expected)}`);
  }
  if (e.social && e.social.minShare > 0) {
    const home = rows.reduce((t, r) => t + (r.country === s.home ? r.hours : 0), 0);
    const need = e.social.minShare * total;
    if (!within(need, e.social.insertionShareOfHome * home)) {
      out.push(
        `esg.social_clause.min_share: ${fmt(need)} h in insertion needed (${e.social.minShare} of ${fmt(total)} h), but ${s.home}'s ${fmt(home)} h allow only ${fmt(e.social.insertionShareOfHome * home)} h`,
      );
    }
  }
  return out;
}
