/**
 * Local time of an instant in an IANA zone, from the runtime's time-zone database, with one
 * bundled correction: Node 20 ships tzdata 2025c, which keeps Morocco (Africa/Casablanca) on
 * UTC+1 outside Ramadan after 2026-09-20, whereas tzdata 2026c puts it on UTC+0 for good from
 * that date. bestshore applies the 2026c rule itself, so Moroccan hours are right whatever the
 * runtime ships (on a runtime that already has 2026c the rule changes nothing).
 * A country may also set `utc_offset` to override its zone entirely.
 */
const MOROCCO_PERMANENT_UTC = Date.UTC(2026, 8, 20, 2, 0, 0);

export type ZoneRule = { readonly zone: string; readonly fixedOffsetMinutes: number | undefined };

const formatters = new Map<string, Intl.DateTimeFormat>();

export function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Offsets already read, by zone and instant: the week grid, the time classes and the coverage
 * verifier ask for the same hours of the same zones, and each reading formats a date through
 * ICU. Bounded, since a long-lived process (tests, sweeps) may ask for many weeks.
 */
const offsets = new Map<string, number>();
const MAX_OFFSETS = 100_000;

/** The runtime's offset of `zone` at `utcMs`, in minutes east of UTC. */
function runtimeOffset(zone: string, utcMs: number): number {
  const key = `${zone}@${utcMs}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  if (offsets.size >= MAX_OFFSETS) offsets.clear();
  const minutes = readOffset(zone, utcMs);
  offsets.set(key, minutes);
  return minutes;
}

function readOffset(zone: string, utcMs: number): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' });
    formatters.set(zone, f);
  }
  const name = f.formatToParts(utcMs).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

export function offsetMinutes(rule: ZoneRule, utcMs: number): number {
  if (rule.fixedOffsetMinutes !== undefined) return rule.fixedOffsetMinutes;
  if (rule.zone === 'Africa/Casablanca' && utcMs >= MOROCCO_PERMANENT_UTC) return 0;
  return runtimeOffset(rule.zone, utcMs);
}

/** Local weekday (0 = Monday) and hour of an instant. */
export function localDayHour(rule: ZoneRule, utcMs: number): { day: number; hour: number; minute: number } {
  const local = new Date(utcMs + offsetMinutes(rule, utcMs) * 60_000);
  return { day: (local.getUTCDay() + 6) % 7, hour: local.getUTCHours(), minute: local.getUTCMinutes() };
}

/** "+01:00" → 60; undefined when malformed. */
export function parseUtcOffset(text: string): number | undefined {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m || Number(m[2]) > 14 || Number(m[3]) >= 60) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
