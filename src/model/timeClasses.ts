import { hourWeight } from '../time/timeTypes.js';
import { weeksOrMonth } from '../scenario/countryTable.js';
import type { Scenario } from '../scenario/types.js';
import { weekGrid, type Interval } from '../time/weekGrid.js';
import { localDayHour } from '../time/zoneTime.js';

/** How a country stands at one hour of the week, in its own local time. */
export type CountryHour = {
  readonly works: boolean;
  readonly night: boolean;
  readonly sunday: boolean;
  readonly multiplier: number;
};

/**
 * Hours of the reference week that are interchangeable for the model: the same demand weights
 * for every activity with coverage, and the same availability and price for every country.
 * The LP needs one set of variables per class rather than per hour (an exact reduction: by
 * symmetry some optimum treats all hours of a class alike), which keeps 168-hour plans small.
 */
export type TimeClass = {
  readonly id: number;
  /** Interval indices of the week grid in this class. */
  readonly members: readonly number[];
  /** Activity id → volume weight of each member hour (0 when not covered). */
  readonly weight: ReadonlyMap<string, number>;
  /** Country code → its situation at these hours. */
  readonly countries: ReadonlyMap<string, CountryHour>;
};

export type TimeModel = {
  readonly grid: readonly Interval[];
  readonly classes: readonly TimeClass[];
  /** Activity id → total weight over the week (to spread its hours). */
  readonly totalWeight: ReadonlyMap<string, number>;
  readonly weeksPerPeriod: number;
};

/**
 * Time models already built, by scenario: a scenario is immutable, and the model builder,
 * the home-only comparison and the verifiers ask again for the same one.
 */
const built = new WeakMap<Scenario, TimeModel | null>();

/** The week grid and its classes; undefined when no activity has coverage (a v1 plan). */
export function timeModel(s: Scenario): TimeModel | undefined {
  const known = built.get(s);
  if (known !== undefined) return known ?? undefined;
  const tm = buildTimeModel(s);
  built.set(s, tm ?? null);
  return tm;
}

/**
 * Whether the model of `lifted` (a scenario derived from `base` by explain, one rule lifted) may
 * be built on `base`'s hour classes: everything buildTimeModel reads is the same, but for
 * activities whose opening hours were lifted (hours with no clock: the classes need not tell their
 * hours apart). `base`'s classes then split `lifted`'s own into classes with the same data at
 * every hour, and a model on the finer classes has the same optimum: an optimum of either,
 * summed over or spread in proportion to the hours of each class, is a plan of the other at the
 * same cost. That holds for hours, seats, sites and whole FTEs, not for the whole agents of
 * contact queues (patterns per class) nor for a rota (hourly classes): scenarios with either are
 * built on their own classes.
 */
export function sharesWeek(base: Scenario, lifted: Scenario): boolean {
  if (base.staffing === 'rota' || lifted.staffing !== base.staffing) return false;
  if (base.time !== lifted.time || base.period !== lifted.period) return false;
  if (base.activities.some((a) => a.contacts?.queued) || lifted.activities.some((a) => a.contacts?.queued))
    return false;
  if (lifted.countries.length !== base.countries.length || lifted.activities.length !== base.activities.length)
    return false;
  const sameCountries = base.countries.every((c, i) => {
    const d = lifted.countries[i];
    return d !== undefined && d.code === c.code && d.time === c.time;
  });
  return (
    sameCountries &&
    base.activities.every((a, i) => {
      const b = lifted.activities[i];
      return b !== undefined && b.id === a.id && (b.coverage === a.coverage || b.coverage === undefined);
    })
  );
}

function buildTimeModel(s: Scenario): TimeModel | undefined {
  const covered = s.activities.filter((a) => a.coverage !== undefined);
  if (covered.length === 0) return undefined;
  const grid = weekGrid(s.time.week, s.time.rule);
  // Seats hold hour by hour. Hours activities can be spread evenly over a class's hours, but a
  // queue's whole agents differ from hour to hour within a class: with seats and a queue, every
  // hour is its own class, so that each seat row is one hour's.
  // Shifts: the hours of a class are no longer interchangeable (a shift covers some of them), so
  // every hour is its own class as well.
  const hourly =
    s.staffing === 'rota' ||
    (s.activities.some((a) => a.contacts?.queued === true && a.coverage !== undefined) &&
      s.countries.some((c) => c.time.seats !== undefined));
  const bySignature = new Map<
    string,
    { members: number[]; weight: Map<string, number>; countries: Map<string, CountryHour> }
  >();
  const totalWeight = new Map<string, number>();
  for (const t of grid) {
    const weight = new Map<string, number>();
    for (const a of covered) {
      const cov = a.coverage;
      const w = cov ? hourWeight(cov, t.slot) : 0;
      weight.set(a.id, w);
      totalWeight.set(a.id, (totalWeight.get(a.id) ?? 0) + w);
    }
    const countries = new Map<string, CountryHour>();
    for (const c of s.countries) {
      const local = localDayHour(c.time.rule, t.utcMs);
      const works = c.time.working[local.day * 24 + local.hour] === true;
      const night = c.time.night[local.hour] === true;
      const sunday = local.day === 6;
      countries.set(c.code, {
        works,
        night,
        sunday,
        multiplier: 1 + (night ? c.time.premiums.night : 0) + (sunday ? c.time.premiums.sunday : 0),
      });
    }
    const signature = JSON.stringify([
      [...weight.values()],
      [...countries.values()].map((h) => [h.works, h.multiplier]),
      hourly ? t.index : 0,
    ]);
    const cls = bySignature.get(signature);
    if (cls) cls.members.push(t.index);
    else bySignature.set(signature, { members: [t.index], weight, countries });
  }
  const classes = [...bySignature.values()].map((c, id) => ({ id, ...c }));
  return { grid, classes, totalWeight, weeksPerPeriod: weeksOrMonth(s.period) };
}

/** Hours per period an activity needs in one hour of a class. */
export function hourDemand(tm: TimeModel, cls: TimeClass, activity: string, hours: number): number {
  const total = tm.totalWeight.get(activity) ?? 0;
  return total > 0 ? (hours * (cls.weight.get(activity) ?? 0)) / total : 0;
}
