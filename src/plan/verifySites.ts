import type { Scenario } from '../scenario/types.js';
import { shareBasis } from './shareBasis.js';
import type { Plan } from './types.js';
import { VERIFY_TOLERANCE as TOL } from '../tolerances.js';

const fmt = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/**
 * Check the plan's site and staffing decisions against the scenario, and recompute its total:
 * sites forced open/closed, minimum volumes, the country cap, business continuity, whole FTEs,
 * and total = Σ paid hours × rate + premiums (checked by verifyCoverage) + fixed costs of open sites.
 */
export function verifySites(s: Scenario, plan: Plan): string[] {
  const out: string[] = [];
  const hoursIn = new Map<string, number>();
  // Paid hours: the work, and on a rota the idle shift hours too (checked against the shifts by verifyRota).
  const paidIn = new Map<string, number>();
  for (const r of plan.allocation) {
    hoursIn.set(r.country, (hoursIn.get(r.country) ?? 0) + r.hours);
    paidIn.set(r.country, (paidIn.get(r.country) ?? 0) + r.hours + r.idleHours);
  }
  let total = 0;
  for (const c of s.countries) {
    const hours = hoursIn.get(c.code) ?? 0;
    const row = plan.countries.find((k) => k.country === c.code);
    const open = row?.open ?? false;
    if (hours > TOL && !open) out.push(`${c.code} carries ${fmt(hours)} h but is not reported open`);
    if (c.open === false && (hours > TOL || open)) out.push(`${c.code} is closed (open: false) but is used`);
    if (c.open === true && !open) out.push(`${c.code} must be open (open: true) but is not`);
    if (open && c.minHours !== undefined && hours < c.minHours - TOL * Math.max(1, c.minHours)) {
      out.push(`${c.code} is used for ${fmt(hours)} h, below its min_hours ${c.minHours}`);
    }
    if (!row) continue;
    let paid = paidIn.get(c.code) ?? 0;
    if (plan.wholeFte) {
      if (Math.abs(row.fte - Math.round(row.fte)) > TOL) out.push(`${c.code}: ${row.fte} FTE is not a whole number`);
      const shifts = paid;
      paid = Math.round(row.fte) * c.hoursPerFte;
      if (paid < shifts - TOL * Math.max(1, shifts))
        out.push(`${c.code}: ${row.fte} FTE give ${fmt(paid)} h, less than the ${fmt(shifts)} h planned`);
    }
    const premium = plan.allocation.filter((r) => r.country === c.code).reduce((t, r) => t + r.premiumCost, 0);
    total += paid * c.costPerHour + premium + (open ? c.fixedCost : 0);
  }
  const openCount = plan.countries.filter((c) => c.open).length;
  if (s.maxCountries !== undefined && openCount > s.maxCountries)
    out.push(`${openCount} countries used, above max_countries ${s.maxCountries}`);
  const base = shareBasis(plan.allocation);
  for (const a of s.activities) {
    if (a.minCountries === undefined) continue;
    const floor = a.minCountryShare * base(a);
    const carrying = plan.allocation.filter(
      (r) => r.activity === a.id && r.hours >= floor - TOL * Math.max(1, floor),
    ).length;
    if (carrying < a.minCountries)
      out.push(
        `${a.id} is carried by ${carrying} countries with at least ${a.minCountryShare} of it (${fmt(floor)} h); min_countries is ${a.minCountries}`,
      );
  }
  if (Math.abs(total - plan.totalCost) > TOL * Math.max(1, total))
    out.push(`total cost ${fmt(plan.totalCost)} does not match the recomputed ${fmt(total)}`);
  return out;
}
