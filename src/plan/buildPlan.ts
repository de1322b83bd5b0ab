import { isHours, isPattern, type LpModel } from '../model/lp.js';
import { queueSchedule } from './queueSchedule.js';
import type { PreparedScenario } from '../model/prepare.js';
import type { Scenario } from '../scenario/types.js';
import { homeOnly } from './homeOnly.js';
import type {
  ActivitySummary,
  AllocationRow,
  Certificate,
  CountryTotal,
  Plan,
  PlanWeek,
  Pooling,
  Rota,
  ScheduleRow,
} from './types.js';
import { compareText } from '../text/compareText.js';
import type { PairTable } from '../scenario/residency.js';
import { paidByGroup } from './rota.js';
import { ZERO_HOURS } from '../tolerances.js';
import { esgSummary } from './esgSummary.js';

type PairHours = {
  activity: string;
  country: string;
  hours: number;
  premium: number;
  idle: number;
  quality: number;
  basis: AllocationRow['basis'];
};

/**
 * Turn an engine's solution into a plan in domain terms: one row per (activity, country), zero
 * rows left out. On a rota, the shifts' paid hours and premiums are shared among the activities
 * of their skill group by each one's hours of work.
 */
export function allocationFrom(
  s: Scenario,
  model: LpModel,
  x: readonly number[],
  shifts?: { readonly rota: Rota; readonly pairs: PairTable },
): AllocationRow[] {
  const byPair = new Map<string, PairHours>();
  model.vars.forEach((v, j) => {
    if (!isHours(v)) return;
    const hours = x[j] ?? 0;
    if (hours <= ZERO_HOURS * Math.max(1, v.impliedUpper)) return;
    const key = `${v.activity}\u0000${v.country}`;
    const row = byPair.get(key) ?? {
      activity: v.activity,
      country: v.country,
      hours: 0,
      premium: 0,
      idle: 0,
      quality: v.quality,
      basis: v.basis,
    };
    row.hours += hours;
    row.premium += hours * v.premium;
    byPair.set(key, row);
  });
  if (shifts) shareShifts(s, shifts, byPair);
  // Scenario order: activities as written, then countries as written (indices computed once, not per comparison).
  const activityRank = new Map(s.activities.map((a, i) => [a.id, i]));
  const country = new Map(s.countries.map((c, i) => [c.code, { c, i }]));
  const order = (r: { activity: string; country: string }): number =>
    (activityRank.get(r.activity) ?? 0) * 1000 + (country.get(r.country)?.i ?? 0);
  return [...byPair.values()]
    .sort((p, q) => order(p) - order(q))
    .flatMap((r) => {
      const c = country.get(r.country)?.c;
      if (!c) return [];
      const paid = r.hours + r.idle;
      return [
        {
          activity: r.activity,
          country: r.country,
          hours: r.hours,
          fte: paid / c.hoursPerFte,
          cost: paid * c.costPerHour + r.premium,
          premiumCost: r.premium,
          quality: r.quality,
          basis: r.basis,
          idleHours: r.idle,
        },
      ];
    });
}

/** Each skill group's paid shift hours and premiums, shared by its activities' hours of work. */
function shareShifts(
  s: Scenario,
  { rota, pairs }: { readonly rota: Rota; readonly pairs: PairTable },
  byPair: Map<string, PairHours>,
): void {
  for (const [key, paid] of paidByGroup(rota)) {
    const [code = ''] = key.split('\u0000');
    const rows = paid.activities.flatMap((a) => byPair.get(`${a}\u0000${code}`) ?? []);
    const work = rows.reduce((t, r) => t + r.hours, 0);
    if (rows.length === 0) {
      // Shifts without work (a minimum volume can ask for them): the group's first activity carries them.
      const a = s.activities.find((k) => k.id === paid.activities[0]);
      const c = s.countries.find((k) => k.code === code);
      if (!a || !c) continue;
      const st = pairs.status(a, c);
      byPair.set(`${a.id}\u0000${code}`, {
        activity: a.id,
        country: code,
        hours: 0,
        premium: paid.premium,
        idle: paid.hours,
        quality: c.languages[a.language]?.quality ?? 0,
        basis: st.allowed ? st.basis : 'home',
      });
      continue;
    }
    for (const r of rows) {
      const part = work > 0 ? r.hours / work : 1 / rows.length;
      r.idle = Math.max(0, paid.hours * part - r.hours);
      r.premium = paid.premium * part;
    }
  }
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
  return rows.sort(
    (a, b) => a.interval - b.interval || compareText(a.activity, b.activity) || compareText(a.country, b.country),
  );
}

export function weekFrom(s: Scenario, model: LpModel): PlanWeek | undefined {
  const tm = model.time;
  if (!tm) return undefined;
  const covered: Record<string, number[]> = {};
  for (const k of tm.classes) {
    for (const [a, w] of k.weight) if (w > 0) (covered[a] ??= []).push(...k.members);
  }
  Object.values(covered).forEach((l) => l.sort((p, q) => p - q));
  return {
    timezone: s.time.rule.zone,
    intervals: tm.grid.map((t) => ({ iso: t.iso, day: t.day, hour: t.hour })),
    covered,
    weeksPerPeriod: tm.weeksPerPeriod,
  };
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
    const paid = staffed === undefined ? hours + mine.reduce((t, r) => t + r.idleHours, 0) : staffed * c.hoursPerFte;
    const fixedCost = c.fixedCost;
    const premium = mine.reduce((t, r) => t + r.premiumCost, 0);
    return [
      {
        country: c.code,
        name: c.name,
        hours,
        fte: staffed ?? paid / c.hoursPerFte,
        cost: paid * c.costPerHour + premium + fixedCost,
        costPerHour: c.costPerHour,
        open,
        fixedCost,
        idleHours: Math.max(0, paid - hours),
      },
    ];
  });
}

function activitySummaries(s: Scenario, rows: readonly AllocationRow[]): ActivitySummary[] {
  return s.activities.map((a) => {
    const mine = rows.filter((r) => r.activity === a.id);
    const hours = mine.reduce((t, r) => t + r.hours, 0);
    return {
      activity: a.id,
      label: a.label,
      description: a.description,
      language: a.language,
      data: a.data,
      hours,
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
  readonly queues: Pooling | undefined;
  readonly rota: Rota | undefined;
};

export function buildPlan(p: PreparedScenario, rows: readonly AllocationRow[], facts: PlanFacts): Plan {
  const s = p.scenario;
  const countries = countryTotals(s, rows, facts.decisions);
  const totalCost = countries.reduce((t, c) => t + c.cost, 0);
  const esg = esgSummary(s, rows, totalCost);
  return {
    status: facts.status,
    name: s.name,
    currency: s.currency,
    period: s.period,
    home: s.home,
    totalCost,
    totalHours: rows.reduce((t, r) => t + r.hours, 0),
    totalFte: countries.reduce((t, c) => t + c.fte, 0),
    fixedCosts: countries.reduce((t, c) => t + c.fixedCost, 0),
    wholeFte: facts.decisions.staff !== undefined,
    sites: s.countries
      .filter((c) => facts.decisions.decided.has(c.code))
      .map((c) => {
        const row = countries.find((k) => k.country === c.code);
        return {
          country: c.code,
          open: row?.open ?? false,
          hours: row?.hours ?? 0,
          fixedCost: c.fixedCost,
          minHours: c.minHours,
          forced: c.open !== undefined,
        };
      }),
    allocation: rows,
    schedule: facts.schedule,
    week: facts.week,
    rota: facts.rota,
    premiumCost: rows.reduce((t, r) => t + r.premiumCost, 0),
    pooling: facts.queues,
    countries,
    activities: activitySummaries(s, rows),
    homeOnly: homeOnly(p, totalCost),
    engine: facts.engine,
    certificate: facts.certificate,
    ...(esg ? { esg } : {}),
  };
}
