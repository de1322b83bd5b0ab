import type { FieldPath } from '../scenario/path.js';
import type { LegalBasis } from '../scenario/residency.js';
import type { TimeModel } from './timeClasses.js';

/**
 * A solver-neutral (mixed-integer) linear program: minimise Σ cost·x subject to rows and
 * lower ≤ x ≤ upper. Every variable and row maps back to the scenario (activity, country, YAML path).
 */
export type VarKind = 'continuous' | 'integer' | 'binary';

type VarBase = {
  readonly id: string;
  readonly cost: number;
  readonly kind: VarKind;
  readonly lower: number;
  /** Bound given to the engine (Infinity when none). */
  readonly upper: number;
  /** An upper bound implied by the rows (e.g. the activity's hours): used to bound certificates. */
  readonly impliedUpper: number;
};

/** Productive hours of an activity delivered in a country. */
export type HoursVar = VarBase & {
  readonly role: 'hours';
  readonly activity: string;
  readonly country: string;
  readonly quality: number;
  readonly basis: LegalBasis;
  /** Time class of the reference week (activities with coverage), else undefined. */
  readonly timeClass: number | undefined;
  /** Night/Sunday uplift per hour (rate × premiums), included in `cost`. */
  readonly premium: number;
};
/**
 * Contact queues: how many hours of a time class are staffed with this pattern of whole agents
 * per country (integer; continuous when the queue is staffed on the period average).
 */
export type PatternVar = VarBase & {
  readonly role: 'pattern';
  readonly activity: string;
  readonly timeClass: number;
  /** Country code → whole agents in each hour staffed this way (only the countries with agents, in the scenario's order). */
  readonly agents: ReadonlyMap<string, number>;
  /** Country code → Erlangs its agents answer in such an hour (the same countries). */
  readonly traffic: ReadonlyMap<string, number>;
};
/**
 * Agents starting one shift in every reference week: a group of activities (one activity, or
 * every activity of a language with multi-skilled agents) in a country, from interval `start`
 * for `length` hours (integer). Its cost is every hour of the shift, idle or not, premiums included.
 */
export type ShiftVar = VarBase & {
  readonly role: 'shift';
  readonly country: string;
  /** The skill group: an activity id, or a language code for multi-skilled agents. */
  readonly group: string;
  readonly language: string;
  /** Activities the group's agents serve. */
  readonly activities: readonly string[];
  /** Interval of the week grid the shift starts in, and its length in hours. */
  readonly start: number;
  readonly length: number;
  readonly partTime: boolean;
  /** Interval indices the shift covers (the week wraps around). */
  readonly intervals: readonly number[];
  /** Night/Sunday uplift per agent per period, included in `cost`. */
  readonly premium: number;
  /**
   * Tie-break among rotas of equal cost (solver/rota.ts), lower first: fewer shifts, full-time
   * before part-time, the scenario's countries in order (home first), earlier starts.
   */
  readonly preference: number;
};
/** Whole agents on duty for a skill group in a country in one interval (on a rota): they carry its hours there, shifts cover them. */
export type DutyVar = VarBase & {
  readonly role: 'duty';
  readonly country: string;
  readonly group: string;
  readonly interval: number;
};
/** 1 when a country's site is open (receives work, pays its fixed cost). */
export type SiteVar = VarBase & { readonly role: 'site'; readonly country: string };
/** 1 when an activity is delivered from a country (for min_countries). */
export type UseVar = VarBase & { readonly role: 'use'; readonly activity: string; readonly country: string };
/** Whole FTEs staffed in a country (--whole-fte). */
export type StaffVar = VarBase & { readonly role: 'staff'; readonly country: string };
/** Anything else (e.g. the dual model's variables). */
export type AuxVar = VarBase & { readonly role: 'aux' };

export type Var = HoursVar | PatternVar | ShiftVar | DutyVar | SiteVar | UseVar | StaffVar | AuxVar;

export const isHours = (v: Var | undefined): v is HoursVar => v?.role === 'hours';
export const isPattern = (v: Var | undefined): v is PatternVar => v?.role === 'pattern';
export const isShift = (v: Var | undefined): v is ShiftVar => v?.role === 'shift';

export { hasIntegers } from './varFacts.js';

export type RowKind =
  | 'demand'
  | 'capacity'
  | 'language-capacity'
  | 'quality'
  | 'max-share'
  | 'min-home-share'
  | 'agents'
  | 'site-link'
  | 'min-hours'
  | 'max-countries'
  | 'use-link'
  | 'min-country-share'
  | 'min-countries'
  | 'staffing'
  | 'seats'
  | 'shift-coverage'
  | 'part-time'
  | 'dual'
  | 'global-max-share'
  | 'global-min-home-share'
  | 'global-max-risk'
  | 'carbon-cap'
  | 'social-clause'
  /** Options (src/options): total cost at most a budget, to search near-optimal plans. */
  | 'cost-budget'
  // The roadmap's workforce rows (src/roadmap/workforce.ts).
  | 'staff-flow'
  | 'trained-staff'
  | 'hiring'
  | 'today-share';
export type Op = '=' | '<=' | '>=';
export type Term = { readonly v: number; readonly coef: number };

export type Row = {
  readonly id: string;
  readonly kind: RowKind;
  readonly op: Op;
  readonly rhs: number;
  readonly terms: readonly Term[];
  /** The scenario field this row comes from, e.g. ['activities', 'l1', 'min_quality']. */
  readonly source: FieldPath;
  readonly activity?: string;
  readonly country?: string;
  readonly language?: string;
  /** Time class (demand per hour, seats). */
  readonly timeClass?: number;
  /**
   * The rule's value sits in the coefficients, not in the right-hand side alone (a contact
   * queue's shares and quality floor are of the hours planned): its marginal value cannot be
   * read from the right-hand side.
   */
  readonly valueInTerms?: true;
};

export type LpModel = {
  readonly vars: readonly Var[];
  readonly rows: readonly Row[];
  /** The reference week, when some activity has coverage. */
  readonly time?: TimeModel;
  /** Relative gap at which branch and bound may stop (a rota: the scenario's shifts.mip_gap); default 0. */
  readonly mipGap?: number;
  /** The scenario's home country: first in the tie-break among rotas of equal cost (solver/rotaPreferred.ts). */
  readonly home?: string;
  /**
   * A hint for engines that offer both: solve by the interior-point method (then crossover)
   * rather than simplex. A large LP with long chains between periods (a roadmap) is solved far
   * faster so; a queue model's relaxation lands on prices that keep fewer staffing patterns in
   * reach of the optimum (solver/pricedOut.ts).
   */
  readonly method?: 'interior-point';
};

/** The model with the integer variables `which` picks (every one by default) made continuous: a relaxation. */
export const relaxed = (model: LpModel, which: (v: Var) => boolean = () => true): LpModel => ({
  ...model,
  vars: model.vars.map((v) => (v.kind !== 'continuous' && which(v) ? { ...v, kind: 'continuous' as const } : v)),
});

export function objectiveAt(model: LpModel, x: readonly number[]): number {
  let s = 0;
  model.vars.forEach((v, j) => {
    s += v.cost * (x[j] ?? 0);
  });
  return s;
}

/** The item of `list` at index `j`, which the caller knows to be there (a variable or row index of the same model). */
export function itemAt<T>(list: readonly T[], j: number): T {
  const item = list[j];
  if (item === undefined) throw new RangeError(`index ${j} outside a list of ${list.length}`);
  return item;
}
