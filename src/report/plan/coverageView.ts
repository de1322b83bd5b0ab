import type { Plan, PlanWeek } from '../../plan/types.js';
import { money, num, type Locale } from '../format.js';
import { NOISE_HOURS } from '../../tolerances.js';
import { planWords } from '../i18n/plan.js';

/** Agents at once below which a covered hour is "thin" (highlighted). */
export const THIN_AGENTS = 1;

/** One hour of the week for one activity. `answers`: countries with their agents at once, most first. */
export type CoverageCell = {
  readonly covered: boolean;
  readonly answers: readonly { readonly country: string; readonly agents: number }[];
  /** Agents at once, all countries together. */
  readonly agents: number;
};

/**
 * Who answers each hour of the week for one activity: 24 rows (hour of day, customers' time
 * zone) × 7 columns (Mon…Sun). Agents at once = hours per period ÷ weeks per period; the hour
 * that happens twice when clocks go back counts once (agents averaged over its occurrences).
 * Ties are broken by the plan's country order. Shared by the terminal view and the annex.
 */
export function coverageGrid(p: Plan, week: PlanWeek, activity: string): CoverageCell[][] {
  const occurrences = new Map<number, number>();
  for (const t of week.intervals) occurrences.set(t.day * 24 + t.hour, (occurrences.get(t.day * 24 + t.hour) ?? 0) + 1);
  const covered = new Set<number>();
  for (const i of week.covered[activity] ?? []) {
    const t = week.intervals[i];
    if (t) covered.add(t.day * 24 + t.hour);
  }
  const hours = new Map<number, Map<string, number>>();
  for (const r of p.schedule) {
    const t = week.intervals[r.interval];
    if (r.activity !== activity || !t) continue;
    const by = hours.get(t.day * 24 + t.hour) ?? new Map<string, number>();
    by.set(r.country, (by.get(r.country) ?? 0) + r.hours);
    hours.set(t.day * 24 + t.hour, by);
  }
  const order = new Map(p.countries.map((c, i) => [c.country, i]));
  return Array.from({ length: 24 }, (_, h) =>
    Array.from({ length: 7 }, (_, d): CoverageCell => {
      const slot = d * 24 + h;
      const times = occurrences.get(slot) ?? 1;
      const answers = [...(hours.get(slot) ?? [])]
        .filter(([, x]) => x > NOISE_HOURS)
        .map(([country, x]) => ({ country, agents: x / week.weeksPerPeriod / times }))
        .sort((a, b) => b.agents - a.agents || (order.get(a.country) ?? 0) - (order.get(b.country) ?? 0));
      return { covered: covered.has(slot), answers, agents: answers.reduce((t, a) => t + a.agents, 0) };
    }),
  );
}

/** Text cell: "SR", "RO+SR", "·" when not covered, "*" suffix when thin. */
export function cellText(c: CoverageCell): string {
  if (!c.covered) return '·';
  if (c.answers.length === 0) return '!!';
  return `${c.answers.map((a) => a.country).join('+')}${c.agents < THIN_AGENTS ? '*' : ''}`;
}

/** Mon…Sun as table heads, in the reader's language. */
export const dayHead = (locale: Locale): readonly string[] => planWords(locale).days;

/** Premium lines: what nights and Sundays cost, by country. */
export function premiumLines(p: Plan, locale: Locale): string[] {
  if (!p.week || p.premiumCost <= 0) return [];
  const by = new Map<string, number>();
  for (const r of p.allocation) by.set(r.country, (by.get(r.country) ?? 0) + r.premiumCost);
  const parts = [...by].filter(([, v]) => v > 0.005).map(([c, v]) => `${c} ${money(v, p.currency, locale)}`);
  return [planWords(locale).premiums(money(p.premiumCost, p.currency, locale), p.period, parts.join(', '))];
}

export const legend = (timezone: string, locale: Locale): string =>
  planWords(locale).legend(timezone, num(THIN_AGENTS, 0, locale));
