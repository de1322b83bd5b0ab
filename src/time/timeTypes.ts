import type { WeekMask } from './weekMask.js';
import type { ZoneRule } from './zoneTime.js';

/** Volume weights over the week: by weekday (Mon…Sun) and by hour of day (0…23). */
export type Profile = { readonly days: readonly number[]; readonly hours: readonly number[] };

/** An activity's opening hours, in the scenario's time zone. */
export type Coverage = { readonly text: string; readonly mask: WeekMask; readonly profile: Profile };

/**
 * Volume weight of one hour of the week (slot = day × 24 + hour, customers' time): 0 outside the
 * opening hours, else the profile's day weight × hour weight. The one definition every stage uses.
 */
export function hourWeight(c: Coverage, slot: number): number {
  return c.mask[slot] ? (c.profile.days[Math.floor(slot / 24)] ?? 0) * (c.profile.hours[slot % 24] ?? 0) : 0;
}

/** When and at what price a country's sites work, in their own local time. */
export type CountryTime = {
  readonly rule: ZoneRule;
  readonly workingText: string;
  readonly working: WeekMask;
  readonly seats: number | undefined;
  /** Hours of the local day that count as night. */
  readonly night: readonly boolean[];
  readonly nightText: string;
  readonly premiums: { readonly night: number; readonly sunday: number };
};

/** The reference week of a scenario with coverage. */
export type ScenarioTime = { readonly rule: ZoneRule; readonly week: string };

export const DEFAULT_WORKING_HOURS = 'Mon-Sun 07:00-23:00';
export const DEFAULT_NIGHT_HOURS = '21:00-06:00';
export const DEFAULT_WEEK = '2027-01-11';
