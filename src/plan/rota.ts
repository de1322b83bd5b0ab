import { isShift, type LpModel, type ShiftVar } from '../model/lp.js';
import type { Scenario } from '../scenario/types.js';
import { compareText } from '../text/compareText.js';
import type { Rota, RotaShift } from './types.js';

/** The shifts of a solution with agents on them, in a fixed order (country, group, start, length). */
export function rotaFrom(s: Scenario, model: LpModel, x: readonly number[]): Rota | undefined {
  if (s.staffing !== 'rota' || !model.time) return undefined;
  const shifts: RotaShift[] = [];
  model.vars.forEach((v, j) => {
    if (!isShift(v)) return;
    const agents = Math.round(x[j] ?? 0);
    if (agents > 0) shifts.push(shiftOf(v, agents, model.time?.weeksPerPeriod ?? 1));
  });
  const rank = new Map(s.countries.map((c, i) => [c.code, i]));
  shifts.sort(
    (p, q) =>
      (rank.get(p.country) ?? 0) - (rank.get(q.country) ?? 0) ||
      compareText(p.group, q.group) ||
      p.start - q.start ||
      p.length - q.length,
  );
  return { shifts, weeksPerPeriod: model.time.weeksPerPeriod };
}

const shiftOf = (v: ShiftVar, agents: number, weeks: number): RotaShift => ({
  country: v.country,
  group: v.group,
  language: v.language,
  activities: v.activities,
  start: v.start,
  length: v.length,
  partTime: v.partTime,
  agents,
  paidHours: agents * v.length * weeks,
  premium: agents * v.premium,
});

/** Paid hours and premium per period of a rota's shifts, by `country\0group`. */
export function paidByGroup(
  rota: Rota,
): Map<string, { hours: number; premium: number; activities: readonly string[] }> {
  const out = new Map<string, { hours: number; premium: number; activities: readonly string[] }>();
  for (const sh of rota.shifts) {
    const key = `${sh.country}\u0000${sh.group}`;
    const prev = out.get(key) ?? { hours: 0, premium: 0, activities: sh.activities };
    out.set(key, { hours: prev.hours + sh.paidHours, premium: prev.premium + sh.premium, activities: sh.activities });
  }
  return out;
}
