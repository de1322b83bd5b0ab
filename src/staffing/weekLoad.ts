import { hourWeight, type Coverage, type ScenarioTime } from '../time/timeTypes.js';
import { weekGrid, type Interval } from '../time/weekGrid.js';
import { hourErlangs, type Contacts } from './contacts.js';
import { fewestAgents } from './queuePatterns.js';

/**
 * Traffic of a contact stream in each hour of the reference week: the period's volume spread
 * over the covered hours by the profile, then λ·AHT in Erlangs.
 */
export function trafficByInterval(
  c: Contacts,
  coverage: Coverage,
  grid: readonly Interval[],
  weeksPerPeriod: number,
): number[] {
  const weight = grid.map((t) => hourWeight(coverage, t.slot));
  const total = weight.reduce((p, q) => p + q, 0);
  return weight.map((w) => (total > 0 ? hourErlangs(c, weeksPerPeriod, w / total) : 0));
}

/**
 * Productive hours per period if the whole stream is one queue (full pooling): Σ over the
 * week's hours of the whole agents Erlang needs × weeks per period. Infinity if a target is out of reach.
 */
export function pooledHours(c: Contacts, coverage: Coverage, time: ScenarioTime, weeksPerPeriod: number): number {
  const grid = weekGrid(time.week, time.rule);
  return trafficByInterval(c, coverage, grid, weeksPerPeriod).reduce(
    (t, a) => t + fewestAgents(c, a) * weeksPerPeriod,
    0,
  );
}
