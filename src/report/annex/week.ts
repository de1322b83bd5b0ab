/**
 * Hours of a week as the annex writes them: runs of identical hours, days with identical runs
 * grouped ("Mon–Sun 22:00–06:00: Suriname; 06:00–22:00: Romania"). Pure and language-neutral:
 * days are indices (0 = Monday), hours 0…24; i18n.ts puts them into words.
 */

/** Hours `from` (0…23) to `to` (1…24, excluded). `from > to`: the run goes past midnight (22 → 6). */
export type HourRun<K> = { readonly from: number; readonly to: number; readonly key: K };

/** Days `from`…`to` (inclusive, 0 = Monday) whose hours are the same runs. */
export type DayGroup<K> = { readonly from: number; readonly to: number; readonly runs: readonly HourRun<K>[] };

/** Runs of consecutive hours with the same key (undefined: not part of any run). */
function dayRuns<K>(key: (hour: number) => K | undefined, same: (a: K, b: K) => boolean): HourRun<K>[] {
  const runs: HourRun<K>[] = [];
  for (let h = 0; h < 24; h++) {
    const k = key(h);
    if (k === undefined) continue;
    let end = h + 1;
    while (end < 24) {
      const next = key(end);
      if (next === undefined || !same(next, k)) break;
      end++;
    }
    runs.push({ from: h, to: end, key: k });
    h = end - 1;
  }
  return runs;
}

/**
 * The week in runs: each day's runs of hours with the same key, consecutive days with the same
 * runs in one group. When every day of the week is alike, the run that ends at midnight and the
 * one that starts there are one run (22:00–06:00): the week is a cycle, so that is exact. It is
 * not for fewer days (Mon–Fri 22:00–06:00 would claim Saturday morning and drop Monday's), so
 * those keep 00:00–06:00 and 22:00–24:00 apart.
 */
export function groupWeek<K>(
  key: (day: number, hour: number) => K | undefined,
  same: (a: K, b: K) => boolean = (a, b) => a === b,
): DayGroup<K>[] {
  const days = Array.from({ length: 7 }, (_, d) => dayRuns((h) => key(d, h), same));
  const alike = (a: readonly HourRun<K>[], b: readonly HourRun<K>[]): boolean =>
    a.length === b.length &&
    a.every((r, i) => {
      const s = b[i];
      return s !== undefined && s.from === r.from && s.to === r.to && same(s.key, r.key);
    });
  const groups: DayGroup<K>[] = [];
  for (let d = 0; d < 7; d++) {
    const runs = days[d] ?? [];
    if (runs.length === 0) continue;
    let e = d;
    while (e + 1 < 7 && alike(days[e + 1] ?? [], runs)) e++;
    groups.push({ from: d, to: e, runs: d === 0 && e === 6 ? wrapMidnight(runs, same) : runs });
    d = e;
  }
  return groups;
}

/** The last run of the day and the first of the next are one when they meet at midnight with the same key. */
function wrapMidnight<K>(runs: readonly HourRun<K>[], same: (a: K, b: K) => boolean): readonly HourRun<K>[] {
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (runs.length < 2 || !first || !last || first.from !== 0 || last.to !== 24 || !same(first.key, last.key))
    return runs;
  return [{ from: last.from, to: first.to, key: first.key }, ...runs.slice(1, -1)];
}

/** Hours of one day as runs, the one past midnight merged (21:00–06:00). */
export function hourRanges(hours: readonly boolean[]): HourRun<true>[] {
  const runs = dayRuns(
    (h) => (hours[h] === true ? true : undefined),
    () => true,
  );
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (runs.length >= 2 && first && last && first.from === 0 && last.to === 24)
    return [{ from: last.from, to: first.to, key: true }, ...runs.slice(1, -1)];
  return runs;
}

/** Every hour of the week, every day: said "24/7" rather than "Mon–Sun 00:00–24:00". */
export const isAllWeek = <K>(groups: readonly DayGroup<K>[]): boolean =>
  groups.length === 1 &&
  groups[0]?.from === 0 &&
  groups[0].to === 6 &&
  groups[0].runs.length === 1 &&
  groups[0].runs[0]?.from === 0 &&
  groups[0].runs[0].to === 24;

/** Number of hours in a run (wrapping runs count both sides of midnight). */
export const runHours = (r: { readonly from: number; readonly to: number }): number =>
  r.to > r.from ? r.to - r.from : 24 - r.from + r.to;

const hh = (h: number): string => `${String(h).padStart(2, '0')}:00`;
/** "08:00–22:00". */
export const rangeText = (r: { readonly from: number; readonly to: number }): string => `${hh(r.from)}–${hh(r.to)}`;
/** "Mon–Fri" / "Sun" with the language's day abbreviations. */
export const daysText = (g: { readonly from: number; readonly to: number }, days: readonly string[]): string =>
  g.from === g.to ? (days[g.from] ?? '') : `${days[g.from] ?? ''}–${days[g.to] ?? ''}`;

/**
 * Week hours without keys: "Mon–Fri 08:00–20:00; Sat 09:00–18:00" (or the language's "24/7").
 * A no-break space holds the days to their hours.
 */
export function weekText<K>(
  groups: readonly DayGroup<K>[],
  days: readonly string[],
  allWeek: string,
  sep: string,
): string {
  if (isAllWeek(groups)) return allWeek;
  return groups.map((g) => `${daysText(g, days)}\u00a0${g.runs.map(rangeText).join(', ')}`).join(sep);
}

/** Group the hours of a week mask (index day × 24 + hour). */
export const maskGroups = (mask: readonly boolean[]): DayGroup<true>[] =>
  groupWeek((d, h) => (mask[d * 24 + h] === true ? true : undefined));

/** Group a set of week hours given as slots (day × 24 + hour). */
export const slotGroups = (slots: readonly number[]): DayGroup<true>[] => {
  const set = new Set(slots);
  return groupWeek((d, h) => (set.has(d * 24 + h) ? true : undefined));
};
