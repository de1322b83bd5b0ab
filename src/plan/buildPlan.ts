import type { LpModel } from '../model/lp.js';
import type { Scenario } from '../scenario/types.js';
import { homeOnly } from './homeOnly.js';
import type { ActivitySummary, AllocationRow, Certificate, CountryTotal, Plan } from './types.js';

/** Hours below this are solver noise, not work. */
const ZERO_HOURS = 1e-7;

/** Turn an engine's solution into a plan in domain terms (rows with zero hours left out). */
export function allocationFrom(s: Scenario, model: LpModel, x: readonly number[]): AllocationRow[] {
  const rows: AllocationRow[] = [];
  model.vars.forEach((v, j) => {
    const hours = x[j] ?? 0;
    if (hours <= ZERO_HOURS * Math.max(1, v.impliedUpper)) return;
    const c = s.countries.find((k) => k.code === v.country);
    if (!c) return;
    rows.push({ activity: v.activity, country: v.country, hours, fte: hours / c.hoursPerFte, cost: hours * c.costPerHour, quality: v.quality, basis: v.basis });
  });
  return rows;
}

function countryTotals(s: Scenario, rows: readonly AllocationRow[]): CountryTotal[] {
  return s.countries.flatMap((c) => {
    const mine = rows.filter((r) => r.country === c.code);
    if (mine.length === 0) return [];
    const hours = mine.reduce((t, r) => t + r.hours, 0);
    return [{ country: c.code, name: c.name, hours, fte: hours / c.hoursPerFte, cost: mine.reduce((t, r) => t + r.cost, 0), costPerHour: c.costPerHour }];
  });
}

function activitySummaries(s: Scenario, rows: readonly AllocationRow[]): ActivitySummary[] {
  return s.activities.map((a) => {
    const mine = rows.filter((r) => r.activity === a.id);
    const hours = mine.reduce((t, r) => t + r.hours, 0);
    return {
      activity: a.id, language: a.language, data: a.data, hours,
      fte: mine.reduce((t, r) => t + r.fte, 0),
      cost: mine.reduce((t, r) => t + r.cost, 0),
      quality: hours > 0 ? mine.reduce((t, r) => t + r.quality * r.hours, 0) / hours : 0,
      minQuality: a.minQuality,
    };
  });
}

export function buildPlan(s: Scenario, rows: readonly AllocationRow[], engine: string, certificate: Certificate): Plan {
  const totalCost = rows.reduce((t, r) => t + r.cost, 0);
  return {
    status: 'optimal', name: s.name, currency: s.currency, period: s.period, home: s.home,
    totalCost,
    totalHours: rows.reduce((t, r) => t + r.hours, 0),
    totalFte: rows.reduce((t, r) => t + r.fte, 0),
    allocation: rows,
    countries: countryTotals(s, rows),
    activities: activitySummaries(s, rows),
    homeOnly: homeOnly(s, totalCost),
    engine,
    certificate,
  };
}
