/**
 * Hours of a week, as a mask of 7 × 24 booleans (index = day × 24 + hour, Monday = day 0), and
 * the parser of the windows consultants write: "Mon-Fri 08:00-20:00, Sat 09:00-18:00".
 * A window may run past midnight ("Mon-Sun 22:00-06:00": the hours after midnight belong to the
 * next day). bestshore plans by the hour, so times are whole hours.
 */
export type WeekMask = readonly boolean[];

export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
/**
 * Day names read, in any case: English (Mon, Monday) and French (Lun, lundi, Lun. …), as French
 * consultants write opening hours ("Lun-Ven 08:00-20:00"). Each is unambiguous: no French
 * abbreviation is an English day.
 */
const FRENCH = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
const ENGLISH = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const DAY_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  DAYS.flatMap((d, i) => [
    [d.toLowerCase(), i],
    [ENGLISH[i] ?? '', i],
    [FRENCH[i] ?? '', i],
    [(FRENCH[i] ?? '').slice(0, 3), i],
  ]),
);
export const dayIndex = (text: string): number | undefined => {
  const key = text.trim().toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(DAY_INDEX, key) ? DAY_INDEX[key] : undefined;
};

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** "08:00" → 8; "24:00" → 24 (end of day only); French "8h", "08h00" too. */
function parseTime(text: string, isEnd: boolean): Parsed<number> {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim()) ?? /^(\d{1,2})h(\d{2})?$/i.exec(text.trim());
  if (!m) return fail(`"${text.trim()}" is not a time like 08:00`);
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  if (min >= 60 || h > 24 || (h === 24 && (min !== 0 || !isEnd)))
    return fail(`"${text.trim()}" is not a time of day (00:00 to ${isEnd ? '24:00' : '23:00'})`);
  if (min !== 0)
    return fail(
      `"${text.trim()}": bestshore plans by the hour, so use whole hours (e.g. ${String(h).padStart(2, '0')}:00)`,
    );
  return { ok: true, value: h };
}

/** "21:00-06:00" → the hours of the day it covers (wrapping past midnight). */
export function parseHourRange(text: string): Parsed<readonly boolean[]> {
  const parts = text.split('-');
  if (parts.length !== 2) return fail(`"${text.trim()}" is not a range like 21:00-06:00`);
  const from = parseTime(parts[0] ?? '', false);
  if (!from.ok) return from;
  const to = parseTime(parts[1] ?? '', true);
  if (!to.ok) return to;
  if (from.value === to.value) return fail(`"${text.trim()}" is empty: start and end are the same`);
  const hours = Array.from({ length: 24 }, (_, h) =>
    from.value < to.value ? h >= from.value && h < to.value : h >= from.value || h < to.value,
  );
  return { ok: true, value: hours };
}

function parseDays(text: string): Parsed<number[]> {
  const [a, b, ...rest] = text.split('-');
  const from = dayIndex(a ?? '');
  const to = b === undefined ? from : dayIndex(b);
  if (rest.length > 0 || from === undefined || to === undefined)
    return fail(`"${text.trim()}" is not a day or day range like Mon-Fri or Lun-Ven (days: ${DAYS.join(', ')})`);
  const days: number[] = [];
  for (let d = from; ; d = (d + 1) % 7) {
    days.push(d);
    if (d === to) break;
  }
  return { ok: true, value: days };
}

/** Parse "Mon-Fri 08:00-20:00, Sat 09:00-18:00" into a week mask. */
export function parseWindows(text: string): Parsed<WeekMask> {
  const mask = new Array<boolean>(168).fill(false);
  const windows = text.split(',').map((w) => w.trim());
  if (windows.some((w) => w === '')) return fail('empty window: expected e.g. "Mon-Fri 08:00-20:00, Sat 09:00-18:00"');
  for (const w of windows) {
    const m = /^(\S+)\s+(\S+)$/.exec(w);
    if (!m) return fail(`"${w}" is not a window like "Mon-Fri 08:00-20:00"`);
    const days = parseDays(m[1] ?? '');
    if (!days.ok) return days;
    const [fromText, toText, ...more] = (m[2] ?? '').split('-');
    if (more.length > 0 || toText === undefined) return fail(`"${m[2]}" is not a time range like 08:00-20:00`);
    const from = parseTime(fromText ?? '', false);
    if (!from.ok) return from;
    const to = parseTime(toText, true);
    if (!to.ok) return to;
    if (from.value === to.value) return fail(`"${w}" is empty: start and end are the same`);
    for (const d of days.value) {
      const end = from.value < to.value ? to.value : to.value + 24;
      for (let h = from.value; h < end; h++) mask[(d * 24 + h) % 168] = true;
    }
  }
  return { ok: true, value: mask };
}

export const ALWAYS: WeekMask = new Array<boolean>(168).fill(true);

/**
 * "Sun 02:00–05:00" style description of a set of week hours: consecutive hours merged, and
 * consecutive days with the same hours grouped ("Mon–Fri 04:00–07:00").
 */
export function describeHours(slots: readonly number[]): string {
  const set = new Set(slots);
  const hh = (h: number): string => `${String(h).padStart(2, '0')}:00`;
  const dayRanges = DAYS.map((_, d) => {
    const ranges: string[] = [];
    for (let h = 0; h < 24; h++) {
      if (!set.has(d * 24 + h)) continue;
      const start = h;
      while (h + 1 < 24 && set.has(d * 24 + h + 1)) h++;
      ranges.push(`${hh(start)}–${hh(h + 1)}`);
    }
    return ranges.join(', ');
  });
  const parts: string[] = [];
  for (let d = 0; d < 7; d++) {
    const ranges = dayRanges[d] ?? '';
    if (!ranges) continue;
    let e = d;
    while (e + 1 < 7 && dayRanges[e + 1] === ranges) e++;
    parts.push(`${DAYS[d]}${e > d ? `–${DAYS[e]}` : ''} ${ranges}`);
    d = e;
  }
  return parts.join('; ');
}
