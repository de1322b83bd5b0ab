import type { Certificate } from '../plan/types.js';

/** One month's cash, undiscounted, by kind (docs/roadmap.md). */
export type MonthCost = {
  /** Every agent on the payroll (trainees and idle agents too), at the month's wage index. */
  readonly salaries: number;
  /** Night and Sunday uplifts of the hours worked. */
  readonly premiums: number;
  /** Sites' fixed costs per month (countries' fixed_cost). */
  readonly sites: number;
  /** One-off: recruitment and training of new agents. */
  readonly hiring: number;
  /** One-off: knowledge transfer to pools new to an activity. */
  readonly transfer: number;
  readonly opening: number;
  readonly exit: number;
  readonly release: number;
};

export const ONE_OFF_KINDS = ['hiring', 'transfer', 'opening', 'exit', 'release'] as const;

/** The staff of one activity in one pool (a country's provider, or the in-house team) in one month. */
export type StaffRow = {
  readonly activity: string;
  /** Country code, or `in-house`. */
  readonly pool: string;
  readonly country: string;
  readonly headcount: number;
  /** Headcount less the new agents' missing productivity (ramp-up). */
  readonly productive: number;
  readonly hires: number;
  /** Attrition: leavers of the month. */
  readonly leavers: number;
  readonly released: number;
};

export type MonthResult = {
  readonly t: number;
  /** "YYYY-MM". */
  readonly label: string;
  /** Activity id → hours of the month, by country. */
  readonly hours: readonly { readonly activity: string; readonly country: string; readonly hours: number }[];
  readonly staff: readonly StaffRow[];
  readonly cost: MonthCost;
  readonly total: number;
  readonly oneOff: number;
  readonly discount: number;
};

/** A path over the horizon: the optimised roadmap, or today's delivery continued. */
export type RoadmapPath = {
  readonly months: readonly MonthResult[];
  /** Σ total × discount. */
  readonly npv: number;
  /** Cumulative cash, undiscounted, month by month. */
  readonly cumulative: readonly number[];
};

/** A pool starts or stops delivering an activity. */
export type Transfer = {
  readonly activity: string;
  readonly pool: string;
  readonly country: string;
  readonly kind: 'starts' | 'ends';
  readonly month: string;
  readonly t: number;
};

export type AsIs =
  { readonly available: true; readonly path: RoadmapPath } | { readonly available: false; readonly why: string };

export type Roadmap = {
  readonly status: 'optimal' | 'feasible';
  readonly name: string;
  readonly file: string;
  readonly currency: string;
  readonly start: string;
  readonly months: number;
  readonly discountRate: number;
  readonly engine: string;
  readonly certificate: Certificate;
  readonly path: RoadmapPath;
  readonly asIs: AsIs;
  /** NPV of today's delivery continued minus the roadmap's (positive: the roadmap saves). */
  readonly saving: number | undefined;
  /** First month from which the cumulative cash saving against as-is stays ≥ 0 (undefined: never). */
  readonly payback: { readonly t: number; readonly month: string } | undefined;
  readonly peakOneOff: { readonly t: number; readonly month: string; readonly amount: number };
  readonly transfers: readonly Transfer[];
  /** What the roadmap simplifies against `plan`, stated in every output. */
  readonly approximations: readonly string[];
  readonly model: { readonly vars: number; readonly rows: number; readonly integers: number };
  /** The currencies pools are paid in, other than the scenario's, and the rates used (empty: none). */
  readonly exchangeRates: readonly ExchangeRate[];
  /** What each transition term costs (`roadmap --explain`), dearest first; undefined when not asked. */
  readonly ruleCosts: readonly RuleCost[] | undefined;
};

/**
 * A currency some pools are paid in: units of it for one unit of the scenario's currency, as
 * written (`rate`) and as used in the first and last months (after the shock and the drift).
 */
export type ExchangeRate = {
  readonly currency: string;
  /** Pools paid in it (country codes, or `in-house`). */
  readonly pools: readonly string[];
  readonly rate: number;
  readonly drift: number;
  readonly shock: number;
  readonly first: number;
  readonly last: number;
  /** The rate used each month, first month first. */
  readonly byMonth: readonly number[];
};

/** A transition term priced by solving the roadmap again without it. */
export type RuleCost = {
  /** Country code, or `in-house`. */
  readonly pool: string;
  readonly rule: 'hiring_per_month' | 'lead_months' | 'ramp' | 'can_release';
  /** The term as written, in words (`15 a month`, `2 months`, `50%, 80%`). */
  readonly written: string;
  /** NPV the term costs: the roadmap's NPV less the NPV without it (≥ 0 up to rounding). */
  readonly npv: number;
  /** Months the term delays payback (undefined when either has no payback). */
  readonly paybackDelay: number | undefined;
};

/** A month some activity cannot be served by trained agents, from the diagnosis model. */
export type Shortage = {
  readonly t: number;
  readonly month: string;
  readonly activity: string;
  readonly country: string;
  readonly hours: number;
  readonly fte: number;
};

export type RoadmapOutcome =
  | Roadmap
  | {
      readonly status: 'infeasible';
      readonly name: string;
      readonly file: string;
      /** Findings in words, first the reason. */
      readonly findings: readonly string[];
      readonly shortages: readonly Shortage[];
    };
