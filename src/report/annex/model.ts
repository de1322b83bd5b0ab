import { proofOf, type Proof } from '../../plan/proof.js';
import type { Plan } from '../../plan/types.js';
import { WEEKS_PER_PERIOD } from '../../scenario/countryTable.js';
import type { LegalBasis } from '../../scenario/residency.js';
import type { DataClass, Scenario } from '../../scenario/types.js';
import type { HomeReason } from '../../plan/homeReasons.js';
import { coverage, timing, type CoverageData } from './modelCoverage.js';
import { defaultSections, type Edition, type SectionId } from './sections.js';
import { costBreakdown, offer, priceSchedule, signature, staffing, type BidSectionData } from './modelBid.js';
import { commitments } from './modelCommitments.js';
import { esgData, type EsgData } from './modelEsg.js';
import { transitionData, type TransitionData } from './modelTransition.js';
import { optionsData, type AnnexOptionsInput, type OptionsData } from './modelOptions.js';
import type { Roadmap } from '../../roadmap/types.js';

export type * from './modelBid.js';
import type { DayGroup, HourRun } from './week.js';
import { VERIFY_TOLERANCE } from '../../tolerances.js';

export type { HomeReason };
export type { CoverageActivity, CoverageData, CoverageKey } from './modelCoverage.js';

/**
 * The annex as language-neutral data: numbers, codes and ids, no words. i18n + layout.ts
 * turn it into text. A new section is a new member of SectionData, a builder in
 * SECTION_BUILDERS and a composer in layout.ts (opening-hours coverage: modelCoverage.ts).
 */
export type CountryRef = { readonly code: string; readonly nameEn: string; readonly nameFr: string };
/** An activity or a country in the scenario's own words, for the annex's descriptions. */
export type Described = { readonly name: string; readonly description: string };

/** The all-onshore comparison the saving is measured against. */
export type Baseline =
  | { readonly kind: 'feasible'; readonly cost: number; readonly saving: number }
  | {
      readonly kind: 'notional';
      readonly cost: number;
      readonly saving: number;
      readonly reasons: readonly HomeReason[];
    }
  | { readonly kind: 'impossible'; readonly reasons: readonly HomeReason[] };

/** The proof, and what bounds its claim: queues staffed from a set of staffing patterns. */
export type ProofData = Proof & {
  /** Contact queues: 'per_interval' (whole agents every hour) or 'period_average'; undefined without queues. */
  readonly queues: 'per_interval' | 'period_average' | undefined;
  /** The staffing patterns the branch and bound searched, of those enumerated, when some were priced out. */
  readonly patterns: { readonly kept: number; readonly inPlay: number; readonly total: number } | undefined;
};

export type Figures = { readonly hours: number; readonly fte: number; readonly cost: number };

export type SummaryData = Figures & {
  readonly kind: 'summary';
  readonly countries: readonly CountryRef[];
  /** Delivery sites: one per country used until site economics lands in the plan. */
  readonly sites: number;
  /** Internal edition only: the saving against delivering everything at home. */
  readonly baseline: Baseline | undefined;
  /** Internal edition only: what the certificate proves (plan/proof.ts), the annex claims no more. */
  readonly proof: ProofData | undefined;
  /** 12 for a month: to quote a yearly price too; undefined for a year or an unknown period. */
  readonly periodsPerYear: number | undefined;
};

/** Figures are the plan's totals; `rows` the sum of the allocation rows (work priced by the hour). */
export type AllocationData = Figures & {
  readonly kind: 'allocation';
  /** Activities with a description, in plan order (their label, else id). */
  readonly described: readonly Described[];
  readonly activities: readonly (Figures & {
    readonly activity: string;
    readonly rows: readonly (Figures & { readonly country: CountryRef; readonly share: number })[];
  })[];
  /**
   * Sum of the rows. It falls short of the plan's totals when the plan also pays for things
   * that are not hours of an activity (fixed site costs, whole FTEs rounded up): the annex
   * shows that difference on its own line so that every column adds up.
   */
  readonly work: Figures;
};

export type CountriesData = Figures & {
  readonly kind: 'countries';
  readonly sites: number;
  /** Every country's price is exactly its hours × its rate (no premium, fixed site cost or idle paid hours). */
  readonly pricedByHour: boolean;
  readonly rows: readonly (Figures & {
    readonly country: CountryRef;
    readonly sites: number;
    readonly costPerHour: number;
    readonly costShare: number;
  })[];
  /** Countries used that have a description. */
  readonly described: readonly { readonly country: CountryRef; readonly description: string }[];
};

export type DataProtectionData = {
  readonly kind: 'data-protection';
  readonly activities: readonly {
    readonly activity: string;
    readonly data: DataClass;
    readonly rows: readonly { readonly country: CountryRef; readonly basis: LegalBasis }[];
  }[];
  /** Data classes and legal bases that occur, in a fixed order, for the legend. */
  readonly classes: readonly DataClass[];
  readonly bases: readonly LegalBasis[];
};

export type QualityData = {
  readonly kind: 'quality';
  readonly rows: readonly {
    readonly activity: string;
    readonly language: string;
    readonly floor: number | undefined;
    readonly planned: number;
    readonly met: boolean;
  }[];
};

export type AssumptionsData = {
  readonly kind: 'assumptions';
  /** Internal edition only: how the allocation was computed (linear or mixed-integer program). */
  readonly method: 'lp' | 'mip' | undefined;
  /** As in CountriesData: false when the plan also pays fixed site costs or idle hours. */
  readonly pricedByHour: boolean;
  readonly shrinkage: number;
  /** Weeks in the period, when the period is one bestshore knows. */
  readonly weeksPerPeriod: number | undefined;
  readonly countries: readonly {
    readonly country: CountryRef;
    readonly costPerHour: number;
    readonly weekHours: number;
    readonly hoursPerFte: number;
    readonly from: 'scenario' | 'default';
    readonly used: boolean;
  }[];
  /** Opening hours' side of the prices (only when some activity has coverage). */
  readonly timing:
    | undefined
    | {
        /** Customers' time zone and the reference week's Monday. */
        readonly timezone: string;
        readonly week: string;
        readonly weeksPerPeriod: number;
        /** Countries that answer covered hours or have premiums, in the scenario's order. */
        readonly countries: readonly {
          readonly country: CountryRef;
          /** IANA zone, or undefined when the scenario fixes a UTC offset instead. */
          readonly timezone: string | undefined;
          readonly utcOffsetMinutes: number | undefined;
          /** Working hours and night hours, in the country's local time. */
          readonly working: readonly DayGroup<true>[];
          readonly night: readonly HourRun<true>[];
          readonly nightPremium: number;
          readonly sundayPremium: number;
          readonly used: boolean;
        }[];
      };
};

export type SectionData =
  | SummaryData
  | AllocationData
  | CountriesData
  | CoverageData
  | DataProtectionData
  | QualityData
  | AssumptionsData
  | BidSectionData
  | EsgData
  | TransitionData
  | OptionsData;

export type AnnexModel = {
  readonly name: string;
  readonly currency: string;
  readonly period: string;
  readonly home: CountryRef;
  /** YYYY-MM-DD, only when the user gave one: the annex is otherwise free of dates. */
  readonly date: string | undefined;
  readonly edition: Edition;
  readonly sections: readonly SectionData[];
};

export type Ctx = {
  readonly plan: Plan;
  readonly scenario: Scenario;
  readonly ref: (code: string) => CountryRef;
  readonly edition: Edition;
  readonly date: string | undefined;
  /** The roadmap over the contract term, when the scenario has a horizon and the annex was given it. */
  readonly roadmap: Roadmap | undefined;
  /** The front and alternatives for the options section (internal edition), when asked for. */
  readonly options: AnnexOptionsInput | undefined;
};

const CLASS_ORDER: readonly DataClass[] = ['personal', 'health', 'public', 'none'];
const BASIS_ORDER: readonly LegalBasis[] = ['EU', 'adequacy', 'SCC', 'home', 'no personal data'];
const weeksPer = (period: string): number | undefined =>
  Object.hasOwn(WEEKS_PER_PERIOD, period) ? WEEKS_PER_PERIOD[period] : undefined;
const sum = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((t, x) => t + f(x), 0);

function proofData(plan: Plan): ProofData {
  const c = plan.certificate;
  return {
    ...proofOf(plan),
    queues: plan.pooling?.staffing,
    patterns:
      c.kind === 'mip' && c.pricedOut
        ? { kept: c.pricedOut.kept, inPlay: c.pricedOut.inPlay, total: c.pricedOut.total }
        : undefined,
  };
}

function summary({ plan, ref, scenario, edition }: Ctx): SummaryData {
  const h = plan.homeOnly;
  const weeks = weeksPer(scenario.period);
  const baseline: Baseline = h.feasible
    ? { kind: 'feasible', cost: h.cost, saving: h.saving }
    : h.notionalCost !== undefined
      ? { kind: 'notional', cost: h.notionalCost, saving: h.notionalCost - plan.totalCost, reasons: h.reasons }
      : { kind: 'impossible', reasons: h.reasons };
  return {
    kind: 'summary',
    hours: plan.totalHours,
    fte: plan.totalFte,
    cost: plan.totalCost,
    countries: plan.countries.map((c) => ref(c.country)),
    sites: plan.countries.length,
    baseline: edition === 'internal' ? baseline : undefined,
    proof: edition === 'internal' ? proofData(plan) : undefined,
    periodsPerYear: weeks !== undefined && scenario.period !== 'year' ? 52 / weeks : undefined,
  };
}

function allocation({ plan, ref }: Ctx): AllocationData {
  const activities = plan.activities.map((a) => {
    const rows = plan.allocation
      .filter((r) => r.activity === a.activity)
      .map((r) => ({
        country: ref(r.country),
        hours: r.hours,
        fte: r.fte,
        cost: r.cost,
        share: a.hours > 0 ? r.hours / a.hours : 0,
      }));
    return { activity: a.label ?? a.activity, hours: a.hours, fte: a.fte, cost: a.cost, rows };
  });
  const described = plan.activities.flatMap((a) =>
    a.description === undefined ? [] : [{ name: a.label ?? a.activity, description: a.description }],
  );
  const work = {
    hours: sum(plan.allocation, (r) => r.hours),
    fte: sum(plan.allocation, (r) => r.fte),
    cost: sum(plan.allocation, (r) => r.cost),
  };
  return {
    kind: 'allocation',
    hours: plan.totalHours,
    fte: plan.totalFte,
    cost: plan.totalCost,
    described,
    activities,
    work,
  };
}

const pricedByHour = (plan: Plan): boolean =>
  plan.countries.every((c) => Math.abs(c.cost - c.hours * c.costPerHour) < 0.005);

function countries({ plan, ref, scenario }: Ctx): CountriesData {
  const rows = plan.countries.map((c) => ({
    country: ref(c.country),
    sites: 1,
    costPerHour: c.costPerHour,
    hours: c.hours,
    fte: c.fte,
    cost: c.cost,
    costShare: plan.totalCost > 0 ? c.cost / plan.totalCost : 0,
  }));
  const described = plan.countries.flatMap((c) => {
    const description = scenario.countries.find((k) => k.code === c.country)?.description;
    return description === undefined ? [] : [{ country: ref(c.country), description }];
  });
  return {
    kind: 'countries',
    hours: plan.totalHours,
    fte: plan.totalFte,
    cost: plan.totalCost,
    sites: sum(rows, (r) => r.sites),
    pricedByHour: pricedByHour(plan),
    rows,
    described,
  };
}

function dataProtection({ plan, ref }: Ctx): DataProtectionData {
  const activities = plan.activities.map((a) => ({
    activity: a.label ?? a.activity,
    data: a.data,
    rows: plan.allocation
      .filter((r) => r.activity === a.activity)
      .map((r) => ({ country: ref(r.country), basis: r.basis })),
  }));
  return {
    kind: 'data-protection',
    activities,
    classes: CLASS_ORDER.filter((d) => activities.some((a) => a.data === d)),
    bases: BASIS_ORDER.filter((b) => plan.allocation.some((r) => r.basis === b)),
  };
}

function quality({ plan }: Ctx): QualityData {
  return {
    kind: 'quality',
    rows: plan.activities.map((a) => ({
      activity: a.label ?? a.activity,
      language: a.language,
      floor: a.minQuality,
      planned: a.quality,
      met: a.minQuality === undefined || a.quality >= a.minQuality - VERIFY_TOLERANCE /* as the verifier checks it */,
    })),
  };
}

function assumptions(ctx: Ctx): AssumptionsData {
  const { plan, scenario, ref } = ctx;
  return {
    kind: 'assumptions',
    method: ctx.edition === 'internal' ? (plan.certificate.kind === 'mip' ? 'mip' : 'lp') : undefined,
    pricedByHour: pricedByHour(plan),
    shrinkage: scenario.shrinkage,
    weeksPerPeriod: weeksPer(scenario.period),
    countries: scenario.countries.map((c) => ({
      country: ref(c.code),
      costPerHour: c.costPerHour,
      weekHours: c.weekHours,
      hoursPerFte: c.hoursPerFte,
      from: c.hoursPerFteFrom,
      used: plan.countries.some((t) => t.country === c.code),
    })),
    timing: timing(ctx),
  };
}

/**
 * The builder of each section (sections.ts lists them, their default order and editions). Add
 * one here (and a composer in layout.ts) to add a section; a builder that returns undefined
 * leaves its section out (coverage without a week).
 */
export const SECTION_BUILDERS: Readonly<Record<SectionId, (ctx: Ctx) => SectionData | undefined>> = {
  offer,
  summary,
  'price-schedule': priceSchedule,
  allocation,
  countries,
  commitments,
  coverage,
  'data-protection': dataProtection,
  staffing,
  'cost-breakdown': costBreakdown,
  quality,
  assumptions,
  signature,
  esg: esgData,
  transition: (ctx) => transitionData(ctx.roadmap, ctx),
  options: (ctx) => optionsData(ctx.options, ctx),
};

export type AnnexModelOptions = {
  /** YYYY-MM-DD printed under the title; no date when absent. */
  readonly date?: string | undefined;
  readonly edition: Edition;
  /** The sections in the order wanted; default the edition's (sections.ts). */
  readonly sections?: readonly SectionId[] | undefined;
  /** The roadmap over the contract term (`bestshore roadmap`'s), for the transition section. */
  readonly roadmap?: Roadmap | undefined;
  /** The trade-off front and the alternatives, for the options section (internal edition). */
  readonly options?: AnnexOptionsInput | undefined;
};

export function buildAnnexModel(plan: Plan, scenario: Scenario, options: AnnexModelOptions): AnnexModel {
  const { date, edition } = options;
  const ref = (code: string): CountryRef => {
    const c = scenario.countries.find((k) => k.code === code);
    return { code, nameEn: c?.name ?? code, nameFr: c?.nameFr ?? code };
  };
  const ctx: Ctx = { plan, scenario, ref, edition, date, roadmap: options.roadmap, options: options.options };
  return {
    name: plan.name,
    currency: plan.currency,
    period: plan.period,
    home: ref(plan.home),
    date,
    edition,
    sections: (
      options.sections ?? defaultSections(edition, scenario.bid !== undefined, plan.rota !== undefined)
    ).flatMap((id) => SECTION_BUILDERS[id](ctx) ?? []),
  };
}
