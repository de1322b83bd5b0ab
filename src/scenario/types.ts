import type { DataClass, ExpectInput } from './schema.js';
import type { SourceMap } from './sourceMap.js';
import type { CountryTime, Coverage, ScenarioTime } from '../time/timeTypes.js';
import type { Contacts } from '../staffing/contacts.js';
import type { GlobalRule } from './globalRules.js';
import type { Bid } from './bid.js';
import type { Esg } from './esg.js';
import type { Horizon } from './horizon.js';

export type { DataClass };

/** A validated, normalised scenario: every default filled in, ready to model. */
export type LanguageSkill = {
  readonly quality: number;
  readonly capacityHours: number | undefined;
};

/** How a country's agents are rostered (activities with coverage): normalised shift rules. */
export type ShiftRules = {
  /** Shift lengths in whole hours, ascending. */
  readonly fullTime: readonly number[];
  readonly partTime: readonly number[];
  /** Most of the country's shift hours on part-time shifts. */
  readonly maxPartTimeShare: number;
  /** One shift serves every activity of a language (true) or one activity (false). */
  readonly multiSkill: boolean;
};

export type Country = {
  readonly code: string;
  /** The scenario's label, else the table's name (English, French), else the code. */
  readonly name: string;
  readonly nameFr: string;
  /** The scenario's own words (label, description), when written. */
  readonly label: string | undefined;
  readonly description: string | undefined;
  readonly costPerHour: number;
  readonly languages: Readonly<Record<string, LanguageSkill>>;
  readonly capacityHours: number | undefined;
  readonly hoursPerFte: number;
  /** Where hoursPerFte came from: the scenario, or the legal week × shrinkage default. */
  readonly hoursPerFteFrom: 'scenario' | 'default';
  readonly weekHours: number;
  readonly eu: boolean;
  readonly adequacy: boolean;
  readonly scc: boolean;
  readonly inTable: boolean;
  /** Share of paid time not available (defaults to 30%): hours_per_fte is derived with it. */
  readonly shrinkage: number;
  /** Site economics: paid per period if the country receives work. */
  readonly fixedCost: number;
  readonly minHours: number | undefined;
  readonly open: boolean | undefined;
  /** Country risk score 0–100 (user-given; no default), for max_risk_exposure rules. */
  readonly risk: number | undefined;
  /** Time zone, working hours, seats and premiums (used by activities with coverage). */
  readonly time: CountryTime;
  /** Shift rules (used by activities with coverage unless the scenario says shifts: none). */
  readonly shifts: ShiftRules;
};

export type Activity = {
  readonly id: string;
  /** Human name and description (reports print the label instead of the id when written). */
  readonly label: string | undefined;
  readonly description: string | undefined;
  readonly language: string;
  readonly hours: number;
  readonly data: DataClass;
  readonly minQuality: number | undefined;
  readonly maxShare: number | undefined;
  readonly minHomeShare: number | undefined;
  /** The scenario's allow-list, if any (before residency is applied). */
  readonly allowList: readonly string[] | undefined;
  readonly minCountries: number | undefined;
  /** Share each of the min_countries must carry (default 0.1 when min_countries is set). */
  readonly minCountryShare: number;
  /** Contact volumes (hours are then derived: fully pooled Erlang staffing, or work hours). */
  readonly contacts: Contacts | undefined;
  /** Opening hours; without them the activity is one monthly lump, as in v1. */
  readonly coverage: Coverage | undefined;
};

export type Scenario = {
  readonly name: string;
  readonly currency: string;
  readonly home: string;
  readonly period: string;
  readonly shrinkage: number;
  readonly countries: readonly Country[];
  readonly activities: readonly Activity[];
  readonly maxCountries: number | undefined;
  /**
   * rota: activities with coverage are staffed with shifts (the scenario or a country writes
   * `shifts`); hourly: each hour on its own (no `shifts`, or `shifts: none`).
   */
  readonly staffing: 'rota' | 'hourly';
  /** Relative gap at which a rota's branch and bound stops (`shifts.mip_gap`). */
  readonly rotaGap: number;
  /** Rules on the whole plan (top-level `rules`), in file order. */
  readonly globalRules: readonly GlobalRule[];
  /** The bid the annex states (supplier, buyer, VAT, price units…), when the scenario has one. */
  readonly bid: Bid | undefined;
  /** ESG: carbon factors, telework, carbon cap and price, social clause (top-level `esg`), when written. */
  readonly esg: Esg | undefined;
  /** The contract term month by month (`bestshore roadmap`), when the scenario has one. */
  readonly horizon: Horizon | undefined;
  /** The reference week; used only when some activity has coverage. */
  readonly time: ScenarioTime;
  /** The scenario's own golden result for `bestshore check`, if it has one. */
  readonly expect: ExpectInput | undefined;
  readonly source: SourceMap;
};
