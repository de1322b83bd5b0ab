import { weeksOrMonth, weeksPerPeriod } from '../scenario/countryTable.js';
import type { Horizon } from '../scenario/horizon.js';
import type { Activity, Scenario } from '../scenario/types.js';
import { pooledHours } from '../staffing/weekLoad.js';

/** "YYYY-MM" of month t (1 = the horizon's first). */
export function monthLabel(h: Horizon, t: number): string {
  const k = h.startYear * 12 + (h.startMonth - 1) + (t - 1);
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}

/** Calendar month (1–12) of month t. */
const calendarMonth = (h: Horizon, t: number): number => ((h.startMonth - 1 + t - 1) % 12) + 1;

/**
 * Volume index of an activity in month t (1 = the volume the activity states): the explicit
 * monthly table (its last value holds after it), else the seasonal index of the calendar month
 * × growth compounded monthly from the first month.
 */
export function volumeIndex(h: Horizon, activity: string, t: number): number {
  const v = h.volumes.get(activity);
  if (!v) return 1;
  if (v.monthly !== undefined) return v.monthly[Math.min(t, v.monthly.length) - 1] ?? 1;
  const season = v.seasonality?.[calendarMonth(h, t) - 1] ?? 1;
  return season * (1 + v.growth) ** ((t - 1) / 12);
}

/** Discount factor of month t's cash: (1 + r)^−(t−1)/12, so that the first month is not discounted. */
export const discountFactor = (h: Horizon, t: number): number => (1 + h.discountRate) ** (-(t - 1) / 12);

/**
 * Value in month t of the currency a pool is paid in, against the scenario's currency,
 * relative to its rate at the start: (1 + shock) × (1 + drift)^((t − 1)/12); 1 for the
 * scenario's own currency (docs/roadmap.md, "Currencies"). A cost in that currency weighs this
 * much more in the scenario's currency than at the start's rate.
 */
export function fxIndex(h: Horizon, currency: string | undefined, t: number): number {
  const c = currency === undefined ? undefined : h.currencies.get(currency);
  return c === undefined ? 1 : (1 + c.shock) * (1 + c.drift) ** ((t - 1) / 12);
}

/** Units of `currency` for one unit of the scenario's currency at the start (1 for the scenario's own). */
export const startRate = (h: Horizon, currency: string | undefined): number =>
  (currency === undefined ? undefined : h.currencies.get(currency)?.rate) ?? 1;

/** An amount written in `currency`, in the scenario's currency at month t's rate. */
export const converted = (h: Horizon, currency: string | undefined, amount: number, t: number): number =>
  amount === 0 ? 0 : (amount / startRate(h, currency)) * fxIndex(h, currency, t);

/** Wage index of month t: yearly inflation applied at each anniversary of the start. */
export const wageIndex = (inflation: number, t: number): number => (1 + inflation) ** Math.floor((t - 1) / 12);

const WEEKS_PER_MONTH = 52 / 12;

/**
 * A month's share of the scenario's period: hours, volumes, capacities, hours per FTE, fixed
 * costs and minimum volumes written per week, quarter or year are turned into months.
 */
export const monthsShare = (s: Scenario): number => WEEKS_PER_MONTH / (weeksPerPeriod(s.period) ?? WEEKS_PER_MONTH);

/** Hours one month needs of an activity at a volume index (f: a month's share of the period). */
function monthActivity(s: Scenario, a: Activity, index: number, f: number): Activity {
  const c = a.contacts;
  if (c?.queued === true && a.coverage !== undefined) {
    // A queue: the fully pooled Erlang hours of this month's volume, spread over the opening hours
    // like hours (the roadmap's approximation: docs/roadmap.md).
    const volume = c.volume * index * f;
    const hours = volume < 1e-9 ? 0 : pooledHours({ ...c, volume }, a.coverage, s.time, weeksOrMonth('month'));
    return { ...a, hours, contacts: undefined };
  }
  return { ...a, hours: a.hours * index * f, contacts: undefined };
}

const perMonth = (v: number | undefined, f: number): number | undefined => (v === undefined ? undefined : v * f);

/**
 * The single-month scenario of month t: every activity at that month's volume, planned hour by
 * hour (a rota's shifts are left to the steady-state plan), queues as their pooled hours.
 */
export function monthScenario(s: Scenario, indices: readonly number[]): Scenario {
  const f = monthsShare(s);
  return {
    ...s,
    period: 'month',
    countries:
      f === 1
        ? s.countries
        : s.countries.map((c) => ({
            ...c,
            capacityHours: perMonth(c.capacityHours, f),
            languages: Object.fromEntries(
              Object.entries(c.languages).map(([l, k]) => [l, { ...k, capacityHours: perMonth(k.capacityHours, f) }]),
            ),
            hoursPerFte: c.hoursPerFte * f,
            fixedCost: c.fixedCost * f,
            minHours: perMonth(c.minHours, f),
          })),
    activities: s.activities.map((a, i) => monthActivity(s, a, indices[i] ?? 1, f)),
    staffing: 'hourly',
    horizon: undefined,
    expect: undefined,
  };
}

/** The volume indices of every activity in month t, in scenario order. */
export const monthIndices = (s: Scenario, h: Horizon, t: number): number[] =>
  s.activities.map((a) => volumeIndex(h, a.id, t));
