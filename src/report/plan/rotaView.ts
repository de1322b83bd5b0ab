import type { Plan, PlanWeek, Rota } from '../../plan/types.js';
import { money, num, percent, type Locale } from '../format.js';
import type { Section } from './planSections.js';
import { dayHead } from './coverageView.js';
import { planWords } from '../i18n/plan.js';
const hh = (h: number): string => `${String(h % 24).padStart(2, '0')}:00`;

/** One line of the rota table: a country's skill group, a start time and length, agents per weekday. */
export type RotaLine = {
  readonly country: string;
  readonly group: string;
  readonly start: number;
  readonly length: number;
  readonly partTime: boolean;
  readonly byDay: readonly number[];
};

/** Shifts grouped by start time of day and length, with the agents starting on each weekday (customers' time zone). */
export function rotaLines(rota: Rota, week: PlanWeek): RotaLine[] {
  const lines = new Map<
    string,
    { country: string; group: string; start: number; length: number; partTime: boolean; byDay: number[] }
  >();
  for (const sh of rota.shifts) {
    const at = week.intervals[sh.start];
    if (!at) continue;
    const key = `${sh.country}\u0000${sh.group}\u0000${at.hour}\u0000${sh.length}`;
    const line = lines.get(key) ?? {
      country: sh.country,
      group: sh.group,
      start: at.hour,
      length: sh.length,
      partTime: sh.partTime,
      byDay: new Array<number>(7).fill(0),
    };
    line.byDay[at.day] = (line.byDay[at.day] ?? 0) + sh.agents;
    lines.set(key, line);
  }
  return [...lines.values()];
}

/** The rota as a table: who starts when, for how long, on which day. */
export function rotaSection(p: Plan, locale: Locale): Section | undefined {
  if (!p.rota || !p.week || p.rota.shifts.length === 0) return undefined;
  const w = planWords(locale);
  const rows = rotaLines(p.rota, p.week).map((l) => [
    l.country,
    l.group,
    `${hh(l.start)}–${hh(l.start + l.length)}`,
    `${l.length}${l.partTime ? w.partTime : ''}`,
    ...l.byDay.map((n) => (n > 0 ? num(n, 0, locale) : '·')),
  ]);
  return {
    title: w.rotaTitle(p.week.timezone),
    head: [w.country, w.skillGroup, w.shift, w.hours, ...dayHead(locale)],
    rows,
    numeric: [3, 4, 5, 6, 7, 8, 9, 10],
    total: false,
  };
}

/** Paid and idle shift hours: what the rota costs beyond the work itself. */
export function shiftLines(p: Plan, locale: Locale): string[] {
  if (!p.rota) return [];
  // The shifts' hours only: activities without opening hours are not on shifts.
  const paid = p.rota.shifts.reduce((t, sh) => t + sh.paidHours, 0);
  const idle = p.allocation.reduce((t, r) => t + r.idleHours, 0);
  const idleCost = p.allocation.reduce(
    (t, r) => t + r.idleHours * (p.countries.find((c) => c.country === r.country)?.costPerHour ?? 0),
    0,
  );
  return [
    planWords(locale).shifts(
      num(paid, 0, locale),
      p.period,
      num(idle, 0, locale),
      percent(paid > 0 ? idle / paid : 0, locale),
      money(idleCost, p.currency, locale),
    ),
  ];
}
