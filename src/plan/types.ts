import type { ShiftVar } from '../model/lp.js';
import type { PricedOut } from '../solver/solver.js';
import type { HomeReason } from './homeReasons.js';
import type { LegalBasis } from '../scenario/residency.js';
import type { DataClass } from '../scenario/types.js';
import type { Phrase } from './numberWords.js';
import type { EsgSummary } from './esgSummary.js';

/** A plan in domain terms: what is delivered where, at what cost, on what legal basis. */
export type AllocationRow = {
  readonly activity: string;
  readonly country: string;
  readonly hours: number;
  readonly fte: number;
  /** Hours × rate, night and Sunday premiums included. */
  readonly cost: number;
  /** The part of `cost` that is night/Sunday premium. */
  readonly premiumCost: number;
  readonly quality: number;
  readonly basis: LegalBasis;
  /**
   * Paid hours on shift not spent on this activity's work (on a rota: the activity's part of its
   * skill group's idle shift hours, by its share of their work), included in `fte` and `cost`.
   */
  readonly idleHours: number;
};

/**
 * Agents starting one shift in every week of the period: the shift as the model has it (country,
 * skill group, its language and activities, start interval — an index into `week.intervals` —
 * length, part-time) and what the plan gives it.
 */
export type RotaShift = Pick<
  ShiftVar,
  'country' | 'group' | 'language' | 'activities' | 'start' | 'length' | 'partTime'
> & {
  /** Whole agents on this shift every week. */
  readonly agents: number;
  /** Paid hours per period (agents × length × weeks), and their night/Sunday uplift. */
  readonly paidHours: number;
  readonly premium: number;
};

/** The plan as shifts (activities with coverage, when the scenario writes `shifts`). */
export type Rota = { readonly shifts: readonly RotaShift[]; readonly weeksPerPeriod: number };

/** Hours of one activity in one country in one hour of the reference week (activities with coverage). */
export type ScheduleRow = {
  readonly activity: string;
  readonly country: string;
  /** Index into `week.intervals`. */
  readonly interval: number;
  readonly hours: number;
  /** Contact queues: Erlangs this country answers in this hour. */
  readonly traffic?: number;
  /** Contact queues: agents at once in this hour (whole, or a period average). */
  readonly agents?: number;
  /**
   * Period-average queues: the whole-agent staffings mixed in this hour, each with its share of
   * the weeks (its weight), its agents and the Erlangs they answer.
   */
  readonly mix?: readonly { readonly weight: number; readonly agents: number; readonly traffic: number }[];
};

/** How a country answers its share of a contact activity. */
export type QueueSummary = {
  readonly activity: string;
  readonly country: string;
  /** Contacts per period. */
  readonly volume: number;
  readonly aht: number;
  /** Most agents at once in any hour. */
  readonly peakAgents: number;
  /** Agent hours per period. */
  readonly hours: number;
  /** Scheduled FTE: agent hours / the country's hours per FTE (legal week, shrinkage). */
  readonly fte: number;
  /** Contact-weighted service level, ASA, P(wait) and occupancy reached over the week. */
  readonly serviceLevel: number | undefined;
  readonly asa: number;
  readonly pWait: number;
  readonly occupancy: number;
  /** The worst hour: lowest service level and highest ASA, P(wait) and occupancy of any hour it answers. */
  readonly worst: {
    readonly serviceLevel: number | undefined;
    readonly asa: number;
    readonly pWait: number;
    readonly occupancy: number;
  };
  /** per_interval: whole agents meeting the targets in every hour; period_average: on average over the period. */
  readonly staffing: 'per_interval' | 'period_average';
};

/** What splitting queues over countries costs against one pooled queue per activity. */
export type Pooling = {
  /** per_interval when every queue meets its targets in every hour; period_average when some queue is averaged. */
  readonly staffing: 'per_interval' | 'period_average';
  /** Agent hours per period that splitting hours between countries adds (only hours that are split count). */
  readonly extraHours: number;
  readonly cost: number;
  readonly queues: readonly QueueSummary[];
};

/** The reference week a plan with coverage was made on, in the customers' time zone. */
export type PlanWeek = {
  readonly timezone: string;
  readonly intervals: readonly { readonly iso: string; readonly day: number; readonly hour: number }[];
  /** Activity id → covered interval indices (those with volume). */
  readonly covered: Readonly<Record<string, readonly number[]>>;
  readonly weeksPerPeriod: number;
};

export type CountryTotal = {
  readonly country: string;
  readonly name: string;
  /** Productive hours delivered. */
  readonly hours: number;
  /** FTE: hours / hours per FTE, or the whole FTEs staffed under --whole-fte. */
  readonly fte: number;
  /** Staff cost (productive hours, or whole FTEs' paid hours) plus the fixed cost when open. */
  readonly cost: number;
  readonly costPerHour: number;
  /** The site is open: it receives work, or the scenario forces it open. */
  readonly open: boolean;
  readonly fixedCost: number;
  /** Paid hours not spent on the plan's work (whole FTEs round up). */
  readonly idleHours: number;
};

export type ActivitySummary = {
  readonly activity: string;
  /** The scenario's label and description, when written: reports print the label for the id. */
  readonly label: string | undefined;
  readonly description: string | undefined;
  readonly language: string;
  readonly data: DataClass;
  readonly hours: number;
  readonly fte: number;
  readonly cost: number;
  /** Hours-weighted mean quality of the plan for this activity. */
  readonly quality: number;
  readonly minQuality: number | undefined;
};

/** A site decision of the mixed-integer model, with what drove it. */
export type SiteDecision = {
  readonly country: string;
  readonly open: boolean;
  readonly hours: number;
  readonly fixedCost: number;
  readonly minHours: number | undefined;
  /** The scenario forced it (open: true/false). */
  readonly forced: boolean;
};

/** Delivering everything in the home country, for comparison. */
export type HomeOnly =
  | { readonly feasible: true; readonly cost: number; readonly saving: number }
  | {
      readonly feasible: false;
      readonly reasons: readonly HomeReason[];
      /** All hours at the home rate, when home may legally deliver everything (only volume rules stand in the way). */
      readonly notionalCost: number | undefined;
    };

/**
 * Proof of optimality. `dual`: a dual bound checked independently of the engine (LP).
 * `mip`: the engine's branch-and-bound gap for the site/staffing choices, and an independently
 * checked dual bound for the hours given those choices.
 */
export type Certificate =
  | { readonly kind: 'dual'; readonly lowerBound: number; readonly gap: number }
  | {
      readonly kind: 'mip';
      readonly mipGap: number | undefined;
      readonly lowerBound: number;
      readonly gap: number;
      /**
       * No plan of the scenario, whatever its decisions, costs less: the objective less the larger
       * of `gap` and the engine's gap (undefined when the engine stated none).
       */
      readonly optimumAtLeast: number | undefined;
      /** Whole-agent queues: the LP relaxation's bound that rules out the staffing patterns left out. */
      readonly pricedOut?: PricedOut;
    }
  | { readonly kind: 'none'; readonly reason: string };

export type Plan = {
  /** `feasible`: a mixed-integer search stopped at its time limit with a gap (see certificate). */
  readonly status: 'optimal' | 'feasible';
  readonly name: string;
  readonly currency: string;
  readonly period: string;
  readonly home: string;
  readonly totalCost: number;
  readonly totalHours: number;
  readonly totalFte: number;
  readonly fixedCosts: number;
  readonly wholeFte: boolean;
  /** Countries whose opening was a decision (fixed cost, minimum volume, forced, country cap). */
  readonly sites: readonly SiteDecision[];
  readonly allocation: readonly AllocationRow[];
  /** Per-hour detail for activities with coverage (empty otherwise). */
  readonly schedule: readonly ScheduleRow[];
  readonly week: PlanWeek | undefined;
  /** The shifts that staff the activities with coverage (undefined: no coverage, or shifts: none). */
  readonly rota: Rota | undefined;
  readonly premiumCost: number;
  /** Contact queues: per-country service and the pooling cost (undefined without queues). */
  readonly pooling: Pooling | undefined;
  readonly countries: readonly CountryTotal[];
  readonly activities: readonly ActivitySummary[];
  readonly homeOnly: HomeOnly;
  readonly engine: string;
  readonly certificate: Certificate;
  /** ESG figures (carbon, telework, social clause), only when the scenario writes `esg`. */
  readonly esg?: EsgSummary;
};

/** One reason a scenario has no plan, in business terms, pointing at the rule at fault. */
export type Finding = {
  readonly rule:
    | 'residency'
    | 'coverage'
    | 'capacity'
    | 'language-capacity'
    | 'quality'
    | 'min-home-share'
    | 'max-share'
    | 'global-max-share'
    | 'global-min-home-share'
    | 'carbon-cap'
    | 'social-clause'
    | 'combination';
  readonly activities: readonly string[];
  /** In English, figures included (2,500 h): the JSON message. */
  readonly message: string;
  /** The same words with the hour figures apart, for a renderer that writes them in its locale (table, Markdown, CSV, explain). */
  readonly phrase: Phrase;
  /** YAML location of the rule at fault: the file that wrote it (a base it extends, or a --set option at line 0). */
  readonly path: string;
  readonly file: string;
  readonly line: number;
  readonly col: number;
};

export type Infeasible = {
  readonly status: 'infeasible';
  readonly name: string;
  /** The scenario file the findings' lines refer to. */
  readonly file: string;
  readonly currency: string;
  readonly period: string;
  readonly diagnosis: readonly Finding[];
};

export type Outcome = Plan | Infeasible;
