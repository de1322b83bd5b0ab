import type { Row, RowKind } from './lp.js';

/**
 * What each kind of model row stands for, once for every reader: a `rule` of the scenario, which
 * diagnosis (plan/diagnose.ts) and explain (explain/levers.ts) may lift to find what conflicts and
 * what each rule costs; or `structure`, rows that define the model rather than restrict it and are
 * never lifted: demand (what is asked), the links of sites, queues, rotas and whole FTEs, the dual.
 * A rota's shift rows are how it is paid (lifted, its work would cost nothing); its floors are valid
 * inequalities every rota meets anyway. `fields`: the scenario fields its rows come from (`*` any
 * id, code, language or rule name), in the dotted form diagnoses and explain print; none: rows
 * with no scenario field (an empty source).
 * A new row kind must be placed here: the type demands an entry.
 */
export type RowKindEntry = {
  readonly role: 'rule' | 'structure';
  readonly fields: readonly string[];
};

export const ROW_KINDS: Readonly<Record<RowKind, RowKindEntry>> = {
  demand: { role: 'structure', fields: ['activities.*.hours', 'activities.*.coverage', 'activities.*.contacts'] },
  agents: { role: 'structure', fields: ['activities.*.contacts'] },
  'site-link': {
    role: 'structure',
    fields: [
      'countries.*.fixed_cost',
      'countries.*.min_hours',
      'countries.*.open',
      'max_countries',
      'horizon.countries.*',
      'horizon.countries.*.*',
    ],
  },
  'use-link': { role: 'structure', fields: [] },
  staffing: { role: 'structure', fields: ['countries.*.hours_per_fte'] },
  'shift-coverage': { role: 'structure', fields: ['activities.*.coverage', 'countries.*.shifts', 'countries.*.seats'] },
  dual: { role: 'structure', fields: [] },
  capacity: { role: 'rule', fields: ['countries.*.capacity_hours'] },
  'language-capacity': { role: 'rule', fields: ['countries.*.languages.*.capacity_hours'] },
  quality: { role: 'rule', fields: ['activities.*.min_quality'] },
  'max-share': { role: 'rule', fields: ['activities.*.max_share'] },
  'min-home-share': { role: 'rule', fields: ['activities.*.min_home_share'] },
  'min-hours': { role: 'rule', fields: ['countries.*.min_hours'] },
  'max-countries': { role: 'rule', fields: ['max_countries'] },
  'min-country-share': { role: 'rule', fields: ['activities.*.min_country_share'] },
  'min-countries': { role: 'rule', fields: ['activities.*.min_countries'] },
  seats: { role: 'rule', fields: ['countries.*.seats'] },
  'part-time': { role: 'rule', fields: ['countries.*.shifts.max_part_time_share'] },
  'global-max-share': { role: 'rule', fields: ['rules.*.max_share'] },
  'global-min-home-share': { role: 'rule', fields: ['rules.*.min_home_share'] },
  'global-max-risk': { role: 'rule', fields: ['rules.*.max_risk_exposure'] },
  'carbon-cap': { role: 'rule', fields: ['esg.carbon_cap'] },
  'social-clause': { role: 'rule', fields: ['esg.social_clause.min_share'] },
  // The options' budget on the total cost (src/options): no scenario field.
  'cost-budget': { role: 'rule', fields: [] },
  // The roadmap's workforce (src/roadmap/workforce.ts): staff carried from month to month.
  'staff-flow': { role: 'structure', fields: ['horizon.countries.*.attrition'] },
  'trained-staff': { role: 'structure', fields: ['horizon.countries.*'] },
  hiring: { role: 'rule', fields: ['horizon.countries.*.hiring_per_month'] },
  'today-share': { role: 'structure', fields: ['horizon.current.*'] },
};

/**
 * Rules with no rows of their own: they decide which countries may serve an activity, when it is
 * worked, how shifts run or what the hours cost. explain lifts them on the scenario (explain/levers.ts);
 * diagnosis finds their conflicts through the rows they shape.
 */
export type ScenarioRuleKind =
  'residency' | 'allow-list' | 'open' | 'coverage' | 'working-hours' | 'shift-lengths' | 'carbon-price';

export const SCENARIO_RULES: Readonly<Record<ScenarioRuleKind, { readonly fields: readonly string[] }>> = {
  residency: { fields: ['activities.*.data'] },
  'allow-list': { fields: ['activities.*.countries'] },
  open: { fields: ['countries.*.open'] },
  coverage: { fields: ['activities.*.coverage'] },
  'working-hours': { fields: ['countries.*.working_hours'] },
  'shift-lengths': { fields: ['countries.*.shifts.full_time'] },
  'carbon-price': { fields: ['esg.carbon_price'] },
};

const isScenarioRule = (kind: ScenarioRuleKind | RowKind): kind is ScenarioRuleKind =>
  Object.hasOwn(SCENARIO_RULES, kind);

/** The scenario fields a rule (or row) of this kind comes from. */
export const fieldsOf = (kind: ScenarioRuleKind | RowKind): readonly string[] =>
  isScenarioRule(kind) ? SCENARIO_RULES[kind].fields : ROW_KINDS[kind].fields;

/** Does a dotted field pattern of the catalogue (`*`: any one segment) name this scenario path? */
export const namesField = (pattern: string, path: readonly (string | number)[]): boolean => {
  const parts = pattern.split('.');
  return parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i]));
};

/** A row that restricts the plan and may be lifted (an equality is always structure). */
export const isRuleRow = (r: Row): boolean => ROW_KINDS[r.kind].role === 'rule' && r.op !== '=';
