import { hourWeight } from '../time/timeTypes.js';
import { weeksOrMonth } from '../scenario/countryTable.js';
import type { Scenario } from '../scenario/types.js';
import { weekGrid } from '../time/weekGrid.js';
import { localDayHour } from '../time/zoneTime.js';
import type { Plan } from './types.js';
import { VERIFY_TOLERANCE as TOL } from '../tolerances.js';
import { teleworkShare } from '../scenario/esg.js';

const fmt = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/**
 * Re-check the per-hour schedule from the scenario, hour by hour (not through the model's merged
 * classes): each covered hour gets exactly its share of the volume, only from a country working
 * then in its own local time, within its seats; premiums recomputed from local night/Sunday.
 */
export function verifyCoverage(s: Scenario, plan: Plan): string[] {
  const covered = s.activities.filter((a) => a.coverage !== undefined);
  if (covered.length === 0) return [];
  const out: string[] = [];
  const grid = weekGrid(s.time.week, s.time.rule);
  const weeks = weeksOrMonth(s.period);
  const got = new Map<string, number>();
  const seats = new Map<string, number>();
  const premium = new Map<string, number>();
  // Local time of a country at an hour: one time-zone lookup per (country, hour), not per schedule row.
  const locals = new Map<string, { day: number; hour: number }>();
  for (const r of plan.schedule) {
    const t = grid[r.interval];
    const c = s.countries.find((k) => k.code === r.country);
    if (!t || !c) {
      out.push(`schedule row ${r.activity}/${r.country}/${r.interval} names an unknown hour or country`);
      continue;
    }
    const lkey = `${c.code}@${r.interval}`;
    let local = locals.get(lkey);
    if (!local) locals.set(lkey, (local = localDayHour(c.time.rule, t.utcMs)));
    if (!c.time.working[local.day * 24 + local.hour])
      out.push(`${r.activity} in ${c.code} at ${t.iso}: ${c.code} does not work then (${c.time.workingText} local)`);
    got.set(`${r.activity}@${r.interval}`, (got.get(`${r.activity}@${r.interval}`) ?? 0) + r.hours);
    // Telework hours (esg.telework) need no seat on site.
    seats.set(
      `${c.code}@${r.interval}`,
      (seats.get(`${c.code}@${r.interval}`) ?? 0) + r.hours * (1 - teleworkShare(s, r.activity, c.code)),
    );
    const uplift =
      (c.time.night[local.hour] ? c.time.premiums.night : 0) + (local.day === 6 ? c.time.premiums.sunday : 0);
    premium.set(
      `${r.activity}@${c.code}`,
      (premium.get(`${r.activity}@${c.code}`) ?? 0) + r.hours * c.costPerHour * uplift,
    );
  }
  for (const a of covered) {
    const cov = a.coverage;
    if (!cov) continue;
    const weight = grid.map((t) => hourWeight(cov, t.slot));
    const total = weight.reduce((p, q) => p + q, 0);
    // Queues have no fixed hours per hour of the week: verifyStaffing checks their traffic instead.
    if (!a.contacts?.queued)
      grid.forEach((t, i) => {
        const need = total > 0 ? (a.hours * (weight[i] ?? 0)) / total : 0;
        const have = got.get(`${a.id}@${i}`) ?? 0;
        if (Math.abs(have - need) > TOL * Math.max(1, need))
          out.push(`${a.id} at ${t.iso}: ${fmt(have)} h planned, ${fmt(need)} h needed`);
      });
    // On a rota the premiums are the shifts' (verifyRota.ts).
    if (s.staffing !== 'rota')
      for (const row of plan.allocation.filter((r) => r.activity === a.id)) {
        const p = premium.get(`${a.id}@${row.country}`) ?? 0;
        if (Math.abs(p - row.premiumCost) > TOL * Math.max(1, p))
          out.push(
            `${a.id} in ${row.country}: premium ${fmt(row.premiumCost)} does not match the recomputed ${fmt(p)}`,
          );
      }
  }
  // On a rota seats hold agent by agent on shift (verifyRota.ts).
  if (s.staffing !== 'rota')
    for (const [key, used] of seats) {
      const [code, interval] = key.split('@');
      const c = s.countries.find((k) => k.code === code);
      if (c?.time.seats !== undefined && used > c.time.seats * weeks * (1 + TOL)) {
        out.push(
          `${code} at ${grid[Number(interval)]?.iso}: ${fmt(used / weeks)} agents at once on site, above its ${c.time.seats} seats`,
        );
      }
    }
  return out;
}
