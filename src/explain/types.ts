import type { Finding } from '../plan/types.js';
import type { Exclusion } from '../scenario/residency.js';
import type { LeverKind } from './levers.js';
import type { Where } from './where.js';

/**
 * Where a difference between two plans' costs truly lies when either plan is proven only within
 * a gap (a rota, a queue plan stopped short): from `low` to `high` (undefined: no bound that side,
 * a search that stated no gap). Absent when both plans are proven optimal: the figure is exact.
 */
export type Bounds = { readonly low: number | undefined; readonly high: number | undefined };

/** What a rule costs: the optimal plan re-solved without it. */
export type RulePrice = {
  readonly rule: string;
  readonly kind: LeverKind;
  readonly where: Where;
  /** The rule's value as written (`0.93`, `personal`, `[FR, RO]`), for the reader. */
  readonly value: string;
  /** Optimal cost without the rule; undefined if that could not be solved (time limit). */
  readonly liftedCost: number | undefined;
  /** Cost of the plan minus the cost without the rule (≥ 0). */
  readonly saving: number;
  /** saving / liftedCost: how much dearer the rule makes the plan. */
  readonly share: number;
  /** The saving's true range when a plan compared is not proven optimal (Bounds). */
  readonly bounds: Bounds | undefined;
};

/** A shadow price in the rule's own units: the cost change when its value rises by `step`. */
export type Marginal = {
  readonly rule: string;
  readonly kind: LeverKind | 'hours';
  readonly where: Where;
  readonly activity: string | undefined;
  readonly country: string | undefined;
  readonly language: string | undefined;
  /** Current value of the rule (the floor, the share, the capacity, the hours). */
  readonly value: number | undefined;
  /** 1 (hours, count) or 0.01 (shares, scores); `rowUnit` when the rule's value is not known. */
  readonly step: number;
  readonly rowUnit: boolean;
  /** Cost change per period when the value rises by one step (negative: a saving). */
  readonly change: number;
  /** Values of the rule between which `change` holds (HiGHS ranging), when known. */
  readonly range: { readonly from: number; readonly to: number } | undefined;
  /** Re-planned values: the change's true range when a plan compared is not proven optimal (Bounds). */
  readonly bounds: Bounds | undefined;
};

export type ChoiceStatus = 'used' | 'unused' | 'excluded' | 'closed';

/** Why (not) this country, for one activity. */
export type CountryChoice = {
  readonly activity: string;
  readonly country: string;
  readonly status: ChoiceStatus;
  readonly rate: number;
  readonly hours: number;
  readonly share: number;
  /** Excluded: the first rule that excludes it (language, allow-list, residency). */
  readonly exclusion: Exclusion | undefined;
  /** Excluded: the rule in words — the language, the allow-list, what the data class allows. */
  readonly exclusionRule: string | undefined;
  /** Excluded or closed: where that rule is written. */
  readonly where: Where | undefined;
  /** Unused: how much cheaper per hour it would have to be to enter (its reduced cost). 0: a tie. */
  readonly cheaperBy: number | undefined;
};

export type ExplainPlan = {
  readonly status: 'optimal';
  readonly name: string;
  readonly file: string;
  readonly currency: string;
  readonly period: string;
  readonly totalCost: number;
  /** The plan's proven gap to the optimum: 0 when proven optimal, undefined when nothing bounds it. */
  readonly gap: number | undefined;
  readonly engine: string;
  readonly rules: readonly RulePrice[];
  readonly marginals: readonly Marginal[];
  /**
   * Where the marginal values come from; `replanned` for whole-agent queue plans (a mixed-integer
   * plan has no dual prices: each value is the scenario planned again one step further); `none`
   * when no engine gave duals.
   */
  readonly marginalsFrom: 'highs-ranging' | 'engine' | 'replanned' | 'none';
  /** Marginal values hold for the site/staffing decisions of the plan (mixed-integer models). */
  readonly fixedDecisions: boolean;
  readonly choices: readonly CountryChoice[];
};

/** One rule of a minimal conflict. */
export type ConflictMember = {
  readonly rule: string;
  readonly kind: LeverKind;
  readonly where: Where;
  readonly value: string;
};

/** A change to one rule that restores a plan, with the cost of that plan. */
export type WayOut = {
  readonly rule: string;
  readonly kind: LeverKind;
  readonly where: Where;
  readonly action: 'relax' | 'lift' | 'allow-country' | 'sign-scc';
  /** relax: the value now and the value suggested (rounded so that a plan exists). */
  readonly from: number | undefined;
  readonly to: number | undefined;
  readonly country: string | undefined;
  readonly planCost: number;
};

export type ExplainInfeasible = {
  readonly status: 'infeasible';
  readonly name: string;
  readonly file: string;
  readonly currency: string;
  readonly period: string;
  /** A minimal set of rules that cannot hold together; undefined when none could be isolated. */
  readonly conflict: readonly ConflictMember[] | undefined;
  /** Why no conflict was isolated: too many rules to filter, or no rule to blame (demand and languages alone). */
  readonly noConflict: 'too-many-rules' | 'no-rule-to-blame' | undefined;
  /** Rules of the conflict that alone cannot restore a plan (other conflicts remain). */
  readonly notEnoughAlone: readonly string[];
  /** Ways out, cheapest plan first. */
  readonly waysOut: readonly WayOut[];
  /** The business-terms diagnosis of `plan`. */
  readonly diagnosis: readonly Finding[];
};

export type Explanation = ExplainPlan | ExplainInfeasible;
