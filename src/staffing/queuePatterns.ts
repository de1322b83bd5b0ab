import { trafficCarried, wholeAgentsFor, type Contacts } from './contacts.js';

/**
 * One way to staff one hour of a queue: whole agents per country (aligned with the list of
 * countries it was made for) that carry the hour's traffic at every target of the queue.
 */
export type StaffingPattern = {
  /** Whole agents of each country (same order as the countries given). */
  readonly agents: readonly number[];
  /** Erlangs each country answers: at most what its agents carry, adding up to the hour's traffic. */
  readonly traffic: readonly number[];
};

const tables = new WeakMap<Contacts, number[]>();

/** The most traffic n whole agents carry at the queue's targets (0 for none), tabulated once per stream. */
export function capacityOf(c: Contacts, n: number): number {
  if (n <= 0) return 0;
  let table = tables.get(c);
  if (!table) {
    table = [0];
    tables.set(c, table);
  }
  while (table.length <= n) table.push(trafficCarried(c, table.length));
  return table[n] ?? 0;
}

/**
 * Fewest whole agents that carry `traffic` Erlangs (0 for none, Infinity if out of reach),
 * read from the same table of capacities as every pattern, so that a pattern's agents and its
 * traffic shares agree to the last bit: n agents are enough exactly when capacityOf(n) ≥ traffic.
 */
export function fewestAgents(c: Contacts, traffic: number): number {
  if (traffic <= 1e-12) return 0;
  // Out of reach at any staffing (the table would never pass the traffic): asked of Erlang once.
  if (!Number.isFinite(wholeAgentsFor(c, traffic))) return Infinity;
  return fewestInTable(c, traffic);
}

/** Smallest n with capacityOf(n) ≥ traffic, for a traffic known to be within reach. */
function fewestInTable(c: Contacts, traffic: number): number {
  if (traffic <= 1e-12) return 0;
  let hi = 1;
  while (capacityOf(c, hi) < traffic) hi *= 2;
  let lo = hi / 2; // capacityOf(lo) < traffic, or lo = 0.5 when hi = 1
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (capacityOf(c, mid) >= traffic) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Share the hour's traffic among the countries in proportion to what their agents carry: each
 * share stays within its agents' reach because the agents together carry at least the whole.
 */
function shares(c: Contacts, agents: readonly number[], traffic: number): number[] {
  const caps = agents.map((n) => capacityOf(c, n));
  const total = caps.reduce((p, q) => p + q, 0);
  return caps.map((k) => (total > 0 ? (k / total) * traffic : 0));
}

/**
 * Every minimal staffing of one hour of `traffic` Erlangs from at most `maxCountries` of the
 * given countries: whole agents that together carry the traffic, none of which could be sent
 * home (dropping any one agent would miss a target). `limit[i]` caps country i's agents
 * (its seats); Infinity when it has none. One country alone needs the fully pooled staffing;
 * two countries split it as (n, fewest for the rest) for every n; three likewise.
 */
export function staffingPatterns(
  c: Contacts,
  traffic: number,
  limit: readonly number[],
  maxCountries: number,
): StaffingPattern[] {
  const k = limit.length;
  const whole = fewestAgents(c, traffic);
  if (!Number.isFinite(whole)) return [];
  if (whole === 0) return [{ agents: new Array<number>(k).fill(0), traffic: new Array<number>(k).fill(0) }];
  const out: StaffingPattern[] = [];
  const agents = new Array<number>(k).fill(0);
  const emit = (): void => {
    out.push({ agents: [...agents], traffic: shares(c, agents, traffic) });
  };
  const fits = (i: number, n: number): boolean => n <= (limit[i] ?? Infinity);
  // Minimal: no country with agents can lose one and still, with the others, carry the traffic.
  const minimal = (): boolean => {
    const caps = agents.map((n) => capacityOf(c, n));
    const total = caps.reduce((p, q) => p + q, 0);
    return agents.every((n, i) => n === 0 || total - (caps[i] ?? 0) + capacityOf(c, n - 1) < traffic);
  };
  // Countries are chosen in increasing index order; the last one chosen takes the fewest agents for the rest.
  const place = (from: number, used: number, carried: number): void => {
    for (let i = from; i < k; i++) {
      const rest = traffic - carried;
      const last = fewestInTable(c, rest);
      if (Number.isFinite(last) && last > 0 && fits(i, last)) {
        agents[i] = last;
        if (minimal()) emit();
        agents[i] = 0;
      }
      if (used + 1 >= maxCountries) continue;
      // Country i takes n agents, carrying less than the rest, and later countries the remainder.
      for (let n = 1; n < last && fits(i, n); n++) {
        agents[i] = n;
        place(i + 1, used + 1, carried + capacityOf(c, n));
      }
      agents[i] = 0;
    }
  };
  place(0, 0, 0);
  return out;
}
