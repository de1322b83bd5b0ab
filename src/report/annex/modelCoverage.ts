import type { Plan, PlanWeek } from '../../plan/types.js';
import { coverageGrid, THIN_AGENTS, type CoverageCell } from '../plan/coverageView.js';
import type { AssumptionsData, CountryRef, Ctx } from './model.js';
import { groupWeek, hourRanges, maskGroups, type DayGroup, type HourRun } from './week.js';
import { activityName } from '../plan/planSections.js';
import { NOISE_HOURS } from '../../tolerances.js';

/**
 * Opening-hours coverage as data: for each activity with coverage, its opening hours and who
 * answers each hour of the reference week (customers' time zone), and the night and Sunday
 * premiums the plan pays. Built only when the plan has a week (some activity has coverage).
 */

export type { CoverageCell };

/** Who answers a run of hours: countries most hours first; thin when fewer than `thinAgents` agents at once. */
export type CoverageKey = { readonly countries: readonly CountryRef[]; readonly thin: boolean };

export type CoverageActivity = {
  readonly activity: string;
  /** Hours of the week the activity is open. */
  readonly openHours: number;
  readonly open: readonly DayGroup<true>[];
  readonly who: readonly DayGroup<CoverageKey>[];
  /** 24 rows (hour of day) × 7 columns (Monday first). */
  readonly grid: readonly (readonly CoverageCell[])[];
  readonly thinHours: number;
  /** Open hours nobody answers: none in a verified plan, shown all the same if it happens. */
  readonly unansweredHours: number;
};

export type CoverageData = {
  readonly kind: 'coverage';
  readonly timezone: string;
  /** The reference week's Monday, YYYY-MM-DD. */
  readonly week: string;
  readonly weeksPerPeriod: number;
  /** Agents at once below which an hour is thin. */
  readonly thinAgents: number;
  /** Countries answering some covered hour, in the plan's order (the heat-map colours follow it). */
  readonly countries: readonly CountryRef[];
  readonly activities: readonly CoverageActivity[];
  /** Night and Sunday premiums paid, per period, in total and by country (those that pay some). */
  readonly premium: {
    readonly total: number;
    readonly share: number;
    readonly rows: readonly { readonly country: CountryRef; readonly cost: number }[];
  };
};

/** Premiums below half a cent are not worth a line. */
const CENT = 0.005;

function activityCoverage(
  plan: Plan,
  week: PlanWeek,
  activity: string,
  ref: (code: string) => CountryRef,
  legend: readonly string[],
): CoverageActivity {
  const cells = coverageGrid(plan, week, activity);
  const cell = (d: number, h: number): CoverageCell | undefined => cells[h]?.[d];
  const open = groupWeek((d, h) => (cell(d, h)?.covered ? true : undefined));
  // The key of an hour: the set of countries answering (in legend order) and whether it is thin.
  const keyOf = (d: number, h: number): string | undefined => {
    const c = cell(d, h);
    if (!c?.covered) return undefined;
    const set = c.answers.map((a) => a.country).sort((a, b) => legend.indexOf(a) - legend.indexOf(b));
    return `${set.join('+')}|${set.length > 0 && c.agents < THIN_AGENTS ? 'thin' : ''}`;
  };
  const groups = groupWeek(keyOf);
  // Within a run, countries are named most agents first (over the run, all its days).
  const who = groups.map((g): DayGroup<CoverageKey> => ({
    from: g.from,
    to: g.to,
    runs: g.runs.map((r): HourRun<CoverageKey> => {
      const [set = '', thin = ''] = r.key.split('|');
      const codes = set === '' ? [] : set.split('+');
      const agents = new Map<string, number>(codes.map((c) => [c, 0]));
      for (let d = g.from; d <= g.to; d++) {
        for (let k = 0; k < (r.to > r.from ? r.to - r.from : 24 - r.from + r.to); k++) {
          for (const a of cell(d, (r.from + k) % 24)?.answers ?? [])
            agents.set(a.country, (agents.get(a.country) ?? 0) + a.agents);
        }
      }
      codes.sort((a, b) => (agents.get(b) ?? 0) - (agents.get(a) ?? 0) || legend.indexOf(a) - legend.indexOf(b));
      return { from: r.from, to: r.to, key: { countries: codes.map(ref), thin: thin === 'thin' } };
    }),
  }));
  const all = cells.flat();
  return {
    activity: activityName(plan, activity),
    openHours: all.filter((c) => c.covered).length,
    open,
    who,
    grid: cells,
    thinHours: all.filter((c) => c.covered && c.answers.length > 0 && c.agents < THIN_AGENTS).length,
    unansweredHours: all.filter((c) => c.covered && c.answers.length === 0).length,
  };
}

/** Undefined when the plan has no week (no activity has coverage): the annex then has no such section. */
export function coverage({ plan, scenario, ref }: Ctx): CoverageData | undefined {
  const week = plan.week;
  if (!week) return undefined;
  const activities = plan.activities.map((a) => a.activity).filter((a) => (week.covered[a]?.length ?? 0) > 0);
  const answering = new Set(
    plan.schedule.filter((r) => r.hours > NOISE_HOURS && activities.includes(r.activity)).map((r) => r.country),
  );
  const legend = plan.countries.map((c) => c.country).filter((c) => answering.has(c));
  const byCountry = new Map<string, number>();
  for (const r of plan.allocation) byCountry.set(r.country, (byCountry.get(r.country) ?? 0) + r.premiumCost);
  return {
    kind: 'coverage',
    timezone: week.timezone,
    week: scenario.time.week,
    weeksPerPeriod: week.weeksPerPeriod,
    thinAgents: THIN_AGENTS,
    countries: legend.map(ref),
    activities: activities.map((a) => activityCoverage(plan, week, a, ref, legend)),
    premium: {
      total: plan.premiumCost,
      share: plan.totalCost > 0 ? plan.premiumCost / plan.totalCost : 0,
      rows: plan.countries
        .filter((c) => (byCountry.get(c.country) ?? 0) >= CENT)
        .map((c) => ({ country: ref(c.country), cost: byCountry.get(c.country) ?? 0 })),
    },
  };
}

/**
 * Working hours, night hours and premium rates of the countries that answer covered hours or
 * would be paid a premium, for the assumptions. Undefined without a week.
 */
export function timing({ plan, scenario, ref }: Ctx): AssumptionsData['timing'] {
  const week = plan.week;
  if (!week) return undefined;
  const answering = new Set(plan.schedule.filter((r) => r.hours > NOISE_HOURS).map((r) => r.country));
  const countries = scenario.countries
    .filter((c) => answering.has(c.code) || c.time.premiums.night > 0 || c.time.premiums.sunday > 0)
    .map((c) => ({
      country: ref(c.code),
      timezone: c.time.rule.fixedOffsetMinutes === undefined ? c.time.rule.zone : undefined,
      utcOffsetMinutes: c.time.rule.fixedOffsetMinutes,
      working: maskGroups(c.time.working),
      night: hourRanges(c.time.night),
      nightPremium: c.time.premiums.night,
      sundayPremium: c.time.premiums.sunday,
      used: answering.has(c.code),
    }));
  return { timezone: week.timezone, week: scenario.time.week, weeksPerPeriod: week.weeksPerPeriod, countries };
}
