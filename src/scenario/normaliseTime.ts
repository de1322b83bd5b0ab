import { DAYS, dayIndex, parseHourRange, parseWindows } from '../time/weekMask.js';
import { isMonday } from '../time/weekGrid.js';
import { isValidZone, parseUtcOffset } from '../time/zoneTime.js';
import { countryFacts } from './countryTable.js';
import { LIMITS, limitText } from './limits.js';
import type { FieldPath } from './path.js';
import type { ActivityInput, CountryInput, ScenarioInput } from './schema.js';
import {
  DEFAULT_NIGHT_HOURS,
  DEFAULT_WEEK,
  DEFAULT_WORKING_HOURS,
  hourWeight,
  type CountryTime,
  type Coverage,
  type Profile,
  type ScenarioTime,
} from '../time/timeTypes.js';

/** Reports a problem at a field (collected as diagnostics by normalise). */
export type Report = (path: FieldPath, message: string) => void;

function zone(text: string | undefined, fallback: string, path: FieldPath, report: Report): string {
  if (text === undefined) return fallback;
  if (isValidZone(text)) return text;
  report(path, `"${text}" is not an IANA time zone (e.g. Europe/Paris, America/Paramaribo)`);
  return fallback;
}

export function scenarioTime(input: ScenarioInput, home: string, report: Report): ScenarioTime {
  const written = input.week ?? DEFAULT_WEEK;
  const monday = isMonday(written);
  if (!monday) report(['week'], `"${written}" is not a Monday (YYYY-MM-DD): the reference week starts on a Monday`);
  // Reported above; the rest of normalisation (contact staffing) goes on with the default week.
  const week = monday ? written : DEFAULT_WEEK;
  return {
    rule: {
      zone: zone(input.timezone, countryFacts(home)?.tz ?? 'UTC', ['timezone'], report),
      fixedOffsetMinutes: undefined,
    },
    week,
  };
}

export function countryTime(code: string, input: CountryInput, report: Report): CountryTime {
  const path = ['countries', code];
  let fixed: number | undefined;
  if (input.utc_offset !== undefined) {
    fixed = parseUtcOffset(input.utc_offset);
    if (fixed === undefined)
      report([...path, 'utc_offset'], `"${input.utc_offset}" is not an offset like +01:00 or -03:00`);
  }
  const workingText = input.working_hours ?? DEFAULT_WORKING_HOURS;
  const working = parseWindows(workingText);
  if (!working.ok) report([...path, 'working_hours'], working.error);
  const nightText = input.night_hours ?? DEFAULT_NIGHT_HOURS;
  const night = parseHourRange(nightText);
  if (!night.ok) report([...path, 'night_hours'], night.error);
  return {
    rule: {
      zone: zone(input.timezone, countryFacts(code)?.tz ?? 'UTC', [...path, 'timezone'], report),
      fixedOffsetMinutes: fixed,
    },
    workingText,
    working: working.ok ? working.value : [],
    seats: input.seats,
    night: night.ok ? night.value : [],
    nightText,
    premiums: { night: input.premiums?.night ?? 0, sunday: input.premiums?.sunday ?? 0 },
  };
}

function profileOf(id: string, input: ActivityInput['profile'], report: Report): Profile {
  const days = new Array<number>(7).fill(1);
  const hours = new Array<number>(24).fill(1);
  for (const [key, w] of Object.entries(input?.days ?? {})) {
    const d = dayIndex(key);
    if (d === undefined)
      report(['activities', id, 'profile', 'days', key], `"${key}" is not a day (${DAYS.join(', ')})`);
    else days[d] = w;
  }
  for (const [key, w] of Object.entries(input?.hours ?? {})) {
    const m = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(key);
    const from = Number(m?.[1]);
    const to = m?.[2] === undefined ? from + 1 : Number(m[2]);
    if (!m || from > 23 || to > 24 || to <= from) {
      report(
        ['activities', id, 'profile', 'hours', key],
        `"${key}" is not an hour or hour range like "09" or "09-12" (end excluded)`,
      );
      continue;
    }
    for (let h = from; h < to; h++) hours[h] = w;
  }
  return { days, hours };
}

export function coverageOf(id: string, input: ActivityInput, report: Report): Coverage | undefined {
  if (input.coverage === undefined) {
    if (input.profile !== undefined)
      report(['activities', id, 'profile'], 'a profile needs coverage (the hours it shapes)');
    return undefined;
  }
  const parsed = parseWindows(input.coverage);
  if (!parsed.ok) {
    report(['activities', id, 'coverage'], parsed.error);
    return undefined;
  }
  const profile = profileOf(id, input.profile, report);
  const coverage: Coverage = { text: input.coverage, mask: parsed.value, profile };
  const weights = parsed.value.map((_on, slot) => hourWeight(coverage, slot)).filter((w) => w > 0);
  if (weights.length === 0)
    report(
      ['activities', id, 'profile'],
      'the profile gives every covered hour a weight of 0: no hour can carry the volume',
    );
  const busiest = Math.max(...weights);
  const quietest = Math.min(...weights);
  if (busiest > LIMITS.weightRatio * quietest) {
    report(
      ['activities', id, 'profile'],
      `the busiest covered hour weighs ${limitText(busiest / quietest)} times the quietest; the limit is ${limitText(LIMITS.weightRatio)} (see Limits in docs/scenario.md): give the quietest hours 0 to close them, or raise them`,
    );
  }
  return coverage;
}
