import { isHours, isPattern, type LpModel } from '../model/lp.js';
import { queueSchedule } from './queueSchedule.js';
import type { TimeModel } from '../model/timeClasses.js';
import type { Scenario } from '../scenario/types.js';
import { homeOnly } from './homeOnly.js';
import type { ActivitySummary, AllocationRow, Certificate, CountryTotal, Plan, PlanWeek, Pooling, ScheduleRow } from './types.js';
import { compareText } from '../text/compareText.js';

/** Hours below this are solver noise, not work. */
const ZERO_HOURS = 1e-7;

/** Turn an engine's solution into a plan in domain terms: one row per (activity, country), zero rows left out. */
export function allocationFrom(s: Scenario, model: LpModel, x: readonly number[]): AllocationRow[] {
  const byPair = new Map<string, { activity: string; country: string; hours: number; premium: number; quality: number; basis: AllocationRow['basis'] }>();
  model.vars.forEach((v, j) => {
    if (!isHours(v)) return;
    const hours = x[j] ?? 0;
    if (hours <= ZERO_HOURS * Math.max(1, v.impliedUpper)) return;
    const key = `${v.activity}\u0000${v.country}`;
    const row = byPair.get(key) ?? { activity: v.activity, country: v.country, hours: 0, premium: 0, quality: v.quality, basis: v.basis };
    row.hours += hours;
    row.premium += hours * v.premium;
    byPair.set(key, row);
  });
  // Scenario order: activities as written, then countries as written (indices computed once, not per comparison).
  const activityRank = new Map(s.activities.map((a, i) => [a.id, i]));
  const country = new Map(s.countries.map((c, i) => [c.code, { c, i }]));
  const order = (r: { activity: string; country: string }): number => (activityRank.get(r.activity) ?? 0) * 1000 + (country.get(r.country)?.i ?? 0);
  return [...byPair.values()].sort((p, q) => order(p) - order(q)).flatMap((r) => {
    const c = country.get(r.country)?.c;
    if (!c) return [];
    return [{ activity: r.activity, country: r.country, hours: r.hours, fte: r.hours / c.hoursPerFte, cost: r.hours * c.costPerHour + r.premium, premiumCost: r.premium, quality: r.quality, basis: r.basis }];
  });
}

/**
 * The per-hour schedule: each class's hours shared equally by its member hours; contact queues
 * hour by hour from their staffing patterns (queueSchedule.ts).
 */
export function scheduleFrom(model: LpModel, x: readonly number[]): ScheduleRow[] {
  const tm = model.time;
  if (!tm) return [];
  const queues = new Set(model.vars.flatMap((v) => (isPattern(v) ? [v.activity] : [])));
  const rows: ScheduleRow[] = queueSchedule(model, x);
  model.vars.forEach((v, j) => {
    if (!isHours(v) || v.timeClass === undefined || queues.has(v.activity)) return;
    const hours = x[j] ?? 0;
    const cls = tm.classes[v.timeClass];
    if (!cls || hours <= ZERO_HOURS * Math.max(1, v.impliedUpper)) return;
    const m = cls.members.length;
    for (const t of cls.members) rows.push({ activity: v.activity, country: v.country, interval: t, hours: hours / m });
  });
  return rows.sort((a, b) => a.interval - b.interval || compareText(a.activity, b.activity) || compareText(a.country, b.country));
}

export function weekFrom(s: Scenario, model: LpModel): PlanWeek | undefined {
  const tm = model.time;
  if (!tm) return undefined;
  const covered: Record<string, number[]> = {};
  for (const k of tm.classes) {
    for (const [a, w] of k.weight) if (w > 0) (covered[a] ??= []).push(...k.members);
  }
  Object.values(covered).forEach((l) => l.sort((p, q) => p - q));
  return { timezone: s.time.rule.zone, intervals: tm.grid.map((t) => ({ iso: t.iso, day: t.day, hour: t.hour })), covered, weeksPerPeriod: tm.weeksPerPeriod };
}

/** Site and staffing decisions of a mixed-integer solution: open sites, whole FTEs per country. */
export type Decisions = {
  /** Countries with a site variable (their opening was decided by the model). */
  readonly decided: ReadonlySet<string>;
  readonly open: ReadonlySet<string>;
  readonly staff: ReadonlyMap<string, number> | undefined;
};

export function decisionsFrom(model: LpModel, x: readonly number[], wholeFte: boolean): Decisions {
  const decided = new Set<string>();
  const open = new Set<string>();
  const staff = new Map<string, number>();
  model.vars.forEach((v, j) => {
    if (v.role === 'site') decided.add(v.country);
    if (v.role === 'site' && Math.round(x[j] ?? 0) === 1) open.add(v.country);
    if (v.role === 'staff') staff.set(v.country, Math.round(x[j] ?? 0));
  });
  return { decided, open, staff: wholeFte ? staff : undefined };
}

function countryTotals(s: Scenario, rows: readonly AllocationRow[], d: Decisions): CountryTotal[] {
  return s.countries.flatMap((c) => {
    const mine = rows.filter((r) => r.country === c.code);
    const open = mine.length > 0 || d.open.has(c.code);
    if (!open) return [];
    const hours = mine.reduce((t, r) => t + r.hours, 0);
    const staffed = d.staff?.get(c.code);
    const paid = staffed === undefined ? hours : staffed * c.hoursPerFte;
    const fixedCost = c.fixedCost;
    const premium = mine.reduce((t, r) => t + r.premiumCost, 0);
    return [{
      country: c.code, name: c.name, hours, fte: staffed ?? hours / c.hoursPerFte,
      cost: paid * c.costPerHour + premium + fixedCost, costPerHour: c.costPerHour, open, fixedCost, idleHours: Math.max(0, paid - hours),
    }];
  });
}

function activitySummaries(s: Scenario, rows: readonly AllocationRow[]): ActivitySummary[] {
  return s.activities.map((a) => {
    const mine = rows.filter((r) => r.activity === a.id);
    const hours = mine.reduce((t, r) => t + r.hours, 0);
    return {
      activity: a.id, label: a.label, description: a.description, language: a.language, data: a.data, hours,
      fte: mine.reduce((t, r) => t + r.fte, 0),
      cost: mine.reduce((t, r) => t + r.cost, 0),
      quality: hours > 0 ? mine.reduce((t, r) => t + r.quality * r.hours, 0) / hours : 0,
      minQuality: a.minQuality,
    };
  });
}

export type PlanFacts = {
  readonly status: Plan['status'];
  readonly engine: string;
  readonly certificate: Certificate;
  readonly decisions: Decisions;
  readonly schedule: readonly ScheduleRow[];
  readonly week: PlanWeek | undefined;
  readonly time: TimeModel | undefined;
  readonly queues: Pooling | undefined;
};

export function buildPlan(s: Scenario, rows: readonly AllocationRow[], facts: PlanFacts): Plan {
  const countries = countryTotals(s, rows, facts.decisions);
  const totalCost = countries.reduce((t, c) => t + c.cost, 0);
  return {
    status: facts.status, name: s.name, currency: s.currency, period: s.period, home: s.home,
    totalCost,
    totalHours: rows.reduce((t, r) => t + r.hours, 0),
    totalFte: countries.reduce((t, c) => t + c.fte, 0),
    fixedCosts: countries.reduce((t, c) => t + c.fixedCost, 0),
    wholeFte: facts.decisions.staff !== undefined,
    sites: s.countries.filter((c) => facts.decisions.decided.has(c.code)).map((c) => {
      const row = countries.find((k) => k.country === c.code);
      return { country: c.code, open: row?.open ?? false, hours: row?.hours ?? 0, fixedCost: c.fixedCost, minHours: c.minHours, forced: c.open !== undefined };
    }),
    allocation: rows,
    schedule: facts.schedule,
    week: facts.week,
    premiumCost: rows.reduce((t, r) => t + r.premiumCost, 0),
    pooling: facts.queues,
    countries,
    activities: activitySummaries(s, rows),
    homeOnly: homeOnly(s, totalCost, facts.time),
    engine: facts.engine,
    certificate: facts.certificate,
  };
}
