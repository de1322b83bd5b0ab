import type { Plan, PlanWeek } from '../plan/types.js';
import { DAYS } from '../time/weekMask.js';
import { money, num, type Locale } from './format.js';

/** Agents at once below which a covered hour is "thin" (highlighted). */
export const THIN_AGENTS = 1;

export type CoverageCell = { readonly countries: readonly string[]; readonly agents: number; readonly covered: boolean };

/**
 * Who answers each hour of the week for one activity: 24 rows (hour of day, customers' time
 * zone) × 7 columns (Mon…Sun). Agents at once = hours per period ÷ weeks per period.
 */
export function coverageGrid(p: Plan, week: PlanWeek, activity: string): CoverageCell[][] {
  const cells = Array.from({ length: 24 }, () => Array.from({ length: 7 }, () => ({ byCountry: new Map<string, number>(), covered: false })));
  for (const i of week.covered[activity] ?? []) {
    const t = week.intervals[i];
    const cell = t ? cells[t.hour]?.[t.day] : undefined;
    if (cell) cell.covered = true;
  }
  for (const r of p.schedule) {
    if (r.activity !== activity) continue;
    const t = week.intervals[r.interval];
    const cell = t ? cells[t.hour]?.[t.day] : undefined;
    if (cell) cell.byCountry.set(r.country, (cell.byCountry.get(r.country) ?? 0) + r.hours);
  }
  // The hour that happens twice when clocks go back counts once here: agents are averaged over its occurrences.
  const occurrences = new Map<number, number>();
  for (const i of week.covered[activity] ?? []) {
    const t = week.intervals[i];
    if (t) occurrences.set(t.day * 24 + t.hour, (occurrences.get(t.day * 24 + t.hour) ?? 0) + 1);
  }
  return cells.map((row, hour) => row.map((c, day) => {
    const sorted = [...c.byCountry].sort((a, b) => b[1] - a[1]);
    const hours = sorted.reduce((t, [, h]) => t + h, 0);
    return { countries: sorted.map(([k]) => k), agents: hours / week.weeksPerPeriod / (occurrences.get(day * 24 + hour) ?? 1), covered: c.covered };
  }));
}

/** Text cell: "SR", "RO+SR", "·" when not covered, "*" suffix when thin. */
export function cellText(c: CoverageCell): string {
  if (!c.covered) return '·';
  if (c.countries.length === 0) return '!!';
  return `${c.countries.join('+')}${c.agents < THIN_AGENTS ? '*' : ''}`;
}

export const DAY_HEAD = [...DAYS];

/** Premium lines: what nights and Sundays cost, by country. */
export function premiumLines(p: Plan, locale: Locale): string[] {
  if (!p.week || p.premiumCost <= 0) return [];
  const by = new Map<string, number>();
  for (const r of p.allocation) by.set(r.country, (by.get(r.country) ?? 0) + r.premiumCost);
  const parts = [...by].filter(([, v]) => v > 0.005).map(([c, v]) => `${c} ${money(v, p.currency, locale)}`);
  return [`Night and Sunday premiums: ${money(p.premiumCost, p.currency, locale)} per ${p.period} (${parts.join(', ')}), included in the costs above.`];
}

export const legend = (timezone: string, locale: Locale): string =>
  `Hours in ${timezone}; each cell lists the countries answering, most hours first. · not covered, * fewer than ${num(THIN_AGENTS, 0, locale)} agent at once, !! nobody.`;
