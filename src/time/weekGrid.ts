import { formatOffset, localDayHour, offsetMinutes, type ZoneRule } from './zoneTime.js';

/** One real hour of the reference week, in the customers' time zone. */
export type Interval = {
  readonly index: number;
  readonly utcMs: number;
  /** Local weekday (0 = Monday) and hour in the scenario's time zone. */
  readonly day: number;
  readonly hour: number;
  /** day × 24 + hour: the slot of the week mask this hour falls in. */
  readonly slot: number;
  /** ISO 8601 start with the zone's offset, e.g. 2027-01-11T08:00:00+01:00. */
  readonly iso: string;
};

/** UTC instant of local midnight starting `date` (YYYY-MM-DD) in the zone. */
function localMidnight(date: string, rule: ZoneRule): number {
  const [y, m, d] = date.split('-').map(Number);
  const naive = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  let guess = naive - offsetMinutes(rule, naive) * 60_000;
  guess = naive - offsetMinutes(rule, guess) * 60_000;
  return guess;
}

function iso(utcMs: number, rule: ZoneRule): string {
  const off = offsetMinutes(rule, utcMs);
  return `${new Date(utcMs + off * 60_000).toISOString().slice(0, 19)}${formatOffset(off)}`;
}

/** Grids already made: normalisation, the time classes and the verifiers ask for the same week. */
const grids = new Map<string, readonly Interval[]>();

/**
 * The real hours from Monday 00:00 to the next Monday 00:00 in the zone: 168 in an ordinary
 * week, 167 in the week clocks go forward, 169 when they go back.
 */
export function weekGrid(monday: string, rule: ZoneRule): readonly Interval[] {
  const key = `${monday}|${rule.zone}|${rule.fixedOffsetMinutes ?? ''}`;
  let grid = grids.get(key);
  if (!grid) {
    if (grids.size >= 1000) grids.clear();
    grids.set(key, (grid = makeGrid(monday, rule)));
  }
  return grid;
}

function makeGrid(monday: string, rule: ZoneRule): readonly Interval[] {
  const start = localMidnight(monday, rule);
  const [y, m, d] = monday.split('-').map(Number);
  const next = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 7)).toISOString().slice(0, 10);
  const end = localMidnight(next, rule);
  const out: Interval[] = [];
  for (let t = start, i = 0; t < end; t += 3_600_000, i++) {
    const { day, hour } = localDayHour(rule, t);
    out.push({ index: i, utcMs: t, day, hour, slot: day * 24 + hour, iso: iso(t, rule) });
  }
  return out;
}

/** Is `date` (YYYY-MM-DD) a real calendar date that falls on a Monday? */
export function isMonday(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === date && new Date(t).getUTCDay() === 1;
}
