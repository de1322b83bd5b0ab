import { staffingMeets } from '../erlang/staffing.js';
import { weeksOrMonth } from '../scenario/countryTable.js';
import type { Scenario } from '../scenario/types.js';
import { queueOf, type Contacts } from '../staffing/contacts.js';
import { capacityOf, fewestAgents } from '../staffing/queuePatterns.js';
import { trafficByInterval } from '../staffing/weekLoad.js';
import { weekGrid } from '../time/weekGrid.js';
import type { Plan } from './types.js';
import { VERIFY_TOLERANCE as TOL } from '../tolerances.js';

const fmt = (n: number): string => String(Math.round(n * 1e4) / 1e4);

const meets = (c: Contacts, traffic: number, agents: number): boolean =>
  traffic <= 1e-12 || staffingMeets(queueOf(c, traffic), c.targets, agents);

/** The most Erlangs per agent any whole staffing of an hour carries (a mix of staffings carries no more). */
function bestRate(c: Contacts, traffic: number): number {
  let rate = 0;
  for (let n = 1; n <= fewestAgents(c, traffic); n++) rate = Math.max(rate, capacityOf(c, n) / n);
  return rate;
}

/**
 * Contact queues, hour by hour from the scenario: the traffic the countries answer adds up to
 * the hour's traffic, and each share is its own queue (no credit for pooling across countries).
 * per_interval: every country has whole agents meeting every target at its share, checked with
 * Erlang directly, and no more countries than the queue allows answer the hour at once.
 * period_average: each country's average agents carry its average share at no more Erlangs per
 * agent than the best whole staffing of that hour, as any mix of whole staffings must.
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
    const answering = new Array<number>(grid.length).fill(0);
    for (const r of plan.schedule) {
      if (r.activity !== a.id) continue;
      const at = `${a.id} in ${r.country} at ${grid[r.interval]?.iso}`;
      if (r.traffic === undefined) {
        out.push(`${a.id} in ${r.country}: schedule row without traffic`);
        continue;
      }
      got[r.interval] = (got[r.interval] ?? 0) + r.traffic;
      answering[r.interval] = (answering[r.interval] ?? 0) + 1;
      const agents = r.hours / weeks;
      if (c.staffing === 'per_interval') {
        const whole = Math.round(agents);
        if (Math.abs(agents - whole) > TOL * Math.max(1, whole))
          out.push(`${at}: ${fmt(agents)} agents, not a whole number`);
        else if (!meets(c, r.traffic, whole))
          out.push(`${at}: ${whole} agents for ${fmt(r.traffic)} Erlangs miss the queue's targets`);
      } else if (r.traffic > bestRate(c, need[r.interval] ?? 0) * agents * (1 + TOL) + TOL) {
        out.push(
          `${at}: ${fmt(agents)} agents on average cannot carry ${fmt(r.traffic)} Erlangs at the queue's targets`,
        );
      }
    }
    need.forEach((e, i) => {
      if (Math.abs((got[i] ?? 0) - e) > TOL * Math.max(1, e))
        out.push(`${a.id} at ${grid[i]?.iso}: ${fmt(got[i] ?? 0)} Erlangs answered, ${fmt(e)} offered`);
      if (c.staffing === 'per_interval' && (answering[i] ?? 0) > c.maxCountriesPerHour)
        out.push(
          `${a.id} at ${grid[i]?.iso}: answered from ${answering[i]} countries, at most ${c.maxCountriesPerHour} allowed`,
        );
    });
  }
  return out;
}
