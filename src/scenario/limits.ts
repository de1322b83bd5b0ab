import { formatNumber } from '../text/formatNumber.js';

/**
 * Realistic bounds on every number of a scenario (docs/scenario.md#limits). Far above any real
 * bid, far below where the LP engines lose precision (hours of 4·10¹⁰ gave a false "no plan",
 * a profile weight of 10³⁰⁸ overflowed and dropped a queue from the plan): a value beyond them
 * is a slip — a unit, a decimal separator — or an attack, refused where it is written.
 */
export const LIMITS = {
  /** Hours per period: an activity's hours, capacity_hours (country and language), min_hours. */
  hours: 100_000_000,
  /** Fewest hours an activity may need per period: less is lost as solver noise (and printed as 0). */
  minHours: 0.01,
  /** Cost of one productive hour, in the scenario currency. */
  costPerHour: 10_000,
  /** Cheapest productive hour: below a cent the optimality certificate drowns in rounding. */
  minCostPerHour: 0.01,
  /** A site's fixed cost per period. */
  fixedCost: 1_000_000_000,
  /** Productive hours of one FTE per period (a year has 8,760 hours). */
  hoursPerFte: 10_000,
  /** Night and Sunday premiums, as a share of the hourly cost (10 = +1,000%). */
  premium: 10,
  /** Agents at work at once in a country. */
  seats: 1_000_000,
  /** A profile weight (an hour's weight is its day's × its hour's). */
  weight: 1_000_000,
  /**
   * The busiest covered hour's weight over the quietest's (weights above 0). Beyond it the
   * quietest hours carry less than 10⁻⁷ of the activity, below what the plan keeps apart from
   * solver noise: give them 0 to close them instead.
   */
  weightRatio: 10_000,
  /** Contacts per period. */
  volume: 100_000_000,
  /** Fewest contacts per period: less than one is no queue (and its hours round to 0). */
  minVolume: 1,
  /** Seconds: handling time, speed of answer, patience, service-level threshold (one day). */
  seconds: 86_400,
  /** Chat sessions one agent handles at once. */
  concurrency: 20,
  /** min_countries and max_countries. */
  countries: 1_000,
  /** A golden total cost (`expect.total_cost`). */
  totalCost: 1e15,
} as const;

/** A limit as people read it: 100,000,000. */
export const limitText = (n: number): string => formatNumber(n, 0);
