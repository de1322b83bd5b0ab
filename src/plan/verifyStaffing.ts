import { weeksOrMonth } from '../scenario/countryTable.js';
import type { Scenario } from '../scenario/types.js';
import { agentsFor } from '../staffing/contacts.js';
import { trafficByInterval } from '../staffing/weekLoad.js';
import { weekGrid } from '../time/weekGrid.js';
import type { Plan } from './types.js';

const TOL = 1e-6;
const fmt = (n: number): string => String(Math.round(n * 1e4) / 1e4);

/**
 * Contact queues, hour by hour from the scenario: the traffic each country answers adds up to
 * the hour's traffic, and each country has at least the agents Erlang needs for its own share
 * (each share is its own queue: no credit for pooling across countries).
 */
export function verifyStaffing(s: Scenario, plan: Plan): string[] {
  const queues = s.activities.filter((a) => a.contacts?.queued && a.coverage);
  if (queues.length === 0) return [];
  const out: string[] = [];
  const grid = weekGrid(s.time.week, s.time.rule);
  const weeks = weeksOrMonth(s.period);
  for (const a of queues) {
    const c = a.contacts;
    const cov = a.coverage;
    if (!c || !cov) continue;
    const need = trafficByInterval(c, cov, grid, weeks);
    const got = new Array<number>(grid.length).fill(0);
    for (const r of plan.schedule) {
      if (r.activity !== a.id) continue;
      if (r.traffic === undefined) { out.push(`${a.id} in ${r.country}: schedule row without traffic`); continue; }
      got[r.interval] = (got[r.interval] ?? 0) + r.traffic;
      const agents = r.hours / weeks;
      const needed = agentsFor(c, r.traffic);
      if (agents < needed * (1 - 1e-5) - TOL) out.push(`${a.id} in ${r.country} at ${grid[r.interval]?.iso}: ${fmt(agents)} agents for ${fmt(r.traffic)} Erlangs, ${needed} needed`);
    }
    need.forEach((e, i) => {
      if (Math.abs((got[i] ?? 0) - e) > TOL * Math.max(1, e)) out.push(`${a.id} at ${grid[i]?.iso}: ${fmt(got[i] ?? 0)} Erlangs answered, ${fmt(e)} offered`);
    });
  }
  return out;
}
