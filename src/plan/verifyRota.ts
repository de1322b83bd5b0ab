import { weeksOrMonth } from '../scenario/countryTable.js';
import type { Activity, Country, Scenario } from '../scenario/types.js';
import { weekGrid } from '../time/weekGrid.js';
import { localDayHour } from '../time/zoneTime.js';
import type { Plan } from './types.js';
import { VERIFY_TOLERANCE as TOL } from '../tolerances.js';

const fmt = (n: number): string => String(Math.round(n * 1e4) / 1e4);
const near = (p: number, q: number): boolean => Math.abs(p - q) <= TOL * Math.max(1, Math.abs(p), Math.abs(q));
/** The skill group the country's rules give an activity: itself, or its language with multi-skilled agents. */
const groupIn = (c: Country, a: Activity): string => (c.shifts.multiSkill ? a.language : a.id);

/**
 * Re-check a rota from the scenario and the shifts alone (not the model): each shift has an
 * allowed length, lies in its country's working hours (local time) and serves the skill group
 * the country's rules give its activities; in every hour the agents on shift cover the hours of
 * work the schedule gives their group there; seats hold agent by agent; part-time hours stay
 * within their share; and the paid hours and night/Sunday premiums the allocation carries are
 * the shifts', recomputed here.
 */
export function verifyRota(s: Scenario, plan: Plan): string[] {
  const rota = plan.rota;
  if (s.staffing !== 'rota' || !s.activities.some((a) => a.coverage)) return [];
  if (!rota) return ['the scenario plans shifts but the plan has no rota'];
  const out: string[] = [];
  const grid = weekGrid(s.time.week, s.time.rule);
  const T = grid.length;
  const weeks = weeksOrMonth(s.period);
  const onShift = new Map<string, number>();
  const atOnce = new Map<string, number>();
  const paid = new Map<string, { hours: number; premium: number }>();
  const partHours = new Map<string, { part: number; all: number }>();
  const add = (m: Map<string, number>, k: string, n: number): void => {
    m.set(k, (m.get(k) ?? 0) + n);
  };
  for (const sh of rota.shifts) {
    const c = s.countries.find((k) => k.code === sh.country);
    const where = `shift ${sh.group} in ${sh.country} from ${grid[sh.start]?.iso ?? sh.start} for ${sh.length} h`;
    if (!c) {
      out.push(`${where}: unknown country`);
      continue;
    }
    if (!Number.isInteger(sh.agents) || sh.agents < 0) out.push(`${where}: ${sh.agents} agents, not a whole number`);
    const allowed = sh.partTime ? c.shifts.partTime : c.shifts.fullTime;
    if (!allowed.includes(sh.length))
      out.push(
        `${where}: ${sh.length} h is not an allowed ${sh.partTime ? 'part-time' : 'full-time'} length in ${c.code}`,
      );
    for (const a of sh.activities) {
      const act = s.activities.find((k) => k.id === a);
      const group = act ? groupIn(c, act) : undefined;
      if (group !== sh.group) out.push(`${where}: serves ${a}, which is not in that skill group`);
    }
    let premium = 0;
    for (let i = 0; i < sh.length; i++) {
      const t = (sh.start + i) % T;
      const at = grid[t];
      if (!at) {
        out.push(`${where}: hour ${t} is not in the week`);
        continue;
      }
      const local = localDayHour(c.time.rule, at.utcMs);
      if (!c.time.working[local.day * 24 + local.hour])
        out.push(`${where}: ${c.code} does not work at ${at.iso} (${c.time.workingText} local)`);
      premium +=
        c.costPerHour *
        ((c.time.night[local.hour] ? c.time.premiums.night : 0) + (local.day === 6 ? c.time.premiums.sunday : 0));
      add(onShift, `${c.code}\u0000${sh.group}\u0000${t}`, sh.agents);
      add(atOnce, `${c.code}\u0000${t}`, sh.agents);
    }
    const key = `${c.code}\u0000${sh.group}`;
    const p = paid.get(key) ?? { hours: 0, premium: 0 };
    paid.set(key, { hours: p.hours + sh.agents * sh.length * weeks, premium: p.premium + sh.agents * premium * weeks });
    const q = partHours.get(c.code) ?? { part: 0, all: 0 };
    partHours.set(c.code, {
      part: q.part + (sh.partTime ? sh.agents * sh.length : 0),
      all: q.all + sh.agents * sh.length,
    });
  }
  // Work hour by hour, by skill group, from the schedule.
  const work = new Map<string, number>();
  for (const r of plan.schedule) {
    const c = s.countries.find((k) => k.code === r.country);
    const a = s.activities.find((k) => k.id === r.activity);
    if (!c || !a) continue;
    add(work, `${c.code}\u0000${groupIn(c, a)}\u0000${r.interval}`, r.hours);
  }
  for (const [key, hours] of work) {
    const agents = onShift.get(key) ?? 0;
    if (hours > agents * weeks * (1 + TOL) + TOL) {
      const [code, group, t] = key.split('\u0000');
      out.push(
        `${group} in ${code} at ${grid[Number(t)]?.iso}: ${fmt(hours / weeks)} agents of work, ${agents} on shift`,
      );
    }
  }
  for (const c of s.countries) {
    if (c.time.seats === undefined) continue;
    for (let t = 0; t < T; t++) {
      const n = atOnce.get(`${c.code}\u0000${t}`) ?? 0;
      if (n > c.time.seats)
        out.push(`${c.code} at ${grid[t]?.iso}: ${n} agents on shift, above its ${c.time.seats} seats`);
    }
  }
  for (const c of s.countries) {
    const q = partHours.get(c.code);
    if (q && q.part > c.shifts.maxPartTimeShare * q.all * (1 + TOL) + TOL)
      out.push(
        `${c.code}: ${fmt(q.part / q.all)} of shift hours part-time, above max_part_time_share ${c.shifts.maxPartTimeShare}`,
      );
  }
  out.push(...paidMatches(s, plan, paid));
  return out;
}

/** The allocation's paid hours (work + idle) and premiums per skill group equal the shifts'. */
function paidMatches(s: Scenario, plan: Plan, paid: ReadonlyMap<string, { hours: number; premium: number }>): string[] {
  const out: string[] = [];
  const fromRows = new Map<string, { hours: number; premium: number }>();
  for (const r of plan.allocation) {
    const c = s.countries.find((k) => k.code === r.country);
    const a = s.activities.find((k) => k.id === r.activity);
    if (!c || !a?.coverage) continue;
    const key = `${c.code}\u0000${groupIn(c, a)}`;
    const p = fromRows.get(key) ?? { hours: 0, premium: 0 };
    fromRows.set(key, { hours: p.hours + r.hours + r.idleHours, premium: p.premium + r.premiumCost });
  }
  for (const key of new Set([...paid.keys(), ...fromRows.keys()])) {
    const want = paid.get(key) ?? { hours: 0, premium: 0 };
    const got = fromRows.get(key) ?? { hours: 0, premium: 0 };
    const [code, group] = key.split('\u0000');
    if (!near(want.hours, got.hours))
      out.push(
        `${group} in ${code}: ${fmt(got.hours)} paid hours in the allocation, the shifts pay ${fmt(want.hours)}`,
      );
    if (!near(want.premium, got.premium))
      out.push(
        `${group} in ${code}: premium ${fmt(got.premium)} in the allocation, the shifts' hours make ${fmt(want.premium)}`,
      );
  }
  return out;
}
