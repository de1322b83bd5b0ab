import { isPattern, type LpModel, type PatternVar } from '../model/lp.js';
import { compareText } from '../text/compareText.js';
import type { ScheduleRow } from './types.js';

/** Counts below this are solver noise. */
const ZERO_COUNT = 1e-7;

/**
 * The hours of a contact queue, hour by hour. Whole-agent plans (per_interval): each pattern's
 * count of hours, rounded, is given to that many hours of its class in turn (patterns in a
 * fixed order, so the schedule does not depend on the engine's variable order). Period-average
 * plans: every hour of the class gets the mix of patterns, agents and traffic averaged.
 */
export function queueSchedule(model: LpModel, x: readonly number[]): ScheduleRow[] {
  const tm = model.time;
  if (!tm) return [];
  const groups = new Map<string, { v: PatternVar; count: number }[]>();
  model.vars.forEach((v, j) => {
    if (!isPattern(v)) return;
    const count = x[j] ?? 0;
    if (count <= ZERO_COUNT) return;
    const key = `${v.activity}\u0000${v.timeClass}`;
    const list = groups.get(key) ?? [];
    list.push({ v, count });
    groups.set(key, list);
  });
  const rows: ScheduleRow[] = [];
  const push = (v: PatternVar, interval: number, weight: number, into: Map<string, ScheduleRow>): void => {
    for (const [country, agents] of v.agents) {
      if (agents <= 0) continue;
      const key = `${interval}\u0000${country}`;
      const prev = into.get(key);
      const traffic = (v.traffic.get(country) ?? 0) * weight;
      into.set(key, {
        activity: v.activity,
        country,
        interval,
        hours: (prev?.hours ?? 0) + agents * weight * tm.weeksPerPeriod,
        traffic: (prev?.traffic ?? 0) + traffic,
        agents: (prev?.agents ?? 0) + agents * weight,
        ...(weight < 1
          ? { mix: [...(prev?.mix ?? []), { weight, agents, traffic: v.traffic.get(country) ?? 0 }] }
          : {}),
      });
    }
  };
  for (const list of groups.values()) {
    const first = list[0]?.v;
    const members = first ? (tm.classes[first.timeClass]?.members ?? []) : [];
    const into = new Map<string, ScheduleRow>();
    if (first?.kind === 'integer') {
      let next = 0;
      for (const { v, count } of [...list].sort((p, q) => compareText(p.v.id, q.v.id))) {
        for (let i = 0; i < Math.round(count); i++) {
          const t = members[next++];
          if (t !== undefined) push(v, t, 1, into);
        }
      }
    } else {
      for (const t of members) for (const { v, count } of list) push(v, t, count / members.length, into);
    }
    rows.push(...into.values());
  }
  return rows;
}
