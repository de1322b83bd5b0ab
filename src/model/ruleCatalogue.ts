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
type Structure = { readonly role: 'structure'; readonly fields: readonly string[] };

/** A share or score in [0, 1], a quantity of hours, or a count (countries, risk points, a price). */
export type RuleUnit = 'share' | 'hours' | 'count';

/** A rule's short name in each language the reports speak (the editor's JSON Schema shows the English one). */
type RuleName = { readonly en: string; readonly fr: string };

/**
 * A rule, and how explain changes it: `relax`ed by steps of the number its one field holds, in this
 * unit (explain/ruleValues.ts reads and writes that number for ways out and marginal values); or
 * `lift`ed only whole, as diagnosis does with every rule.
 */
type RuleEntry =
  | { readonly fields: readonly [string]; readonly relax: RuleUnit; readonly name: RuleName }
  | { readonly fields: readonly string[]; readonly relax: 'lift'; readonly name: RuleName };

type RowKindEntry = Structure | ({ readonly role: 'rule' } & RuleEntry);

const structure = <const F extends readonly string[]>(...fields: F) => ({ role: 'structure', fields }) as const;
const rule = <const F extends readonly string[], const U extends RuleUnit | 'lift'>(
  fields: F,
  relax: U,
  en: string,
  fr: string,
) => ({ role: 'rule', fields, relax, name: { en, fr } }) as const;

export const ROW_KINDS = {
  demand: structure('activities.*.hours', 'activities.*.coverage', 'activities.*.contacts'),
  agents: structure('activities.*.contacts'),
  'site-link': structure(
    'countries.*.fixed_cost',
    'countries.*.min_hours',
    'countries.*.open',
    'max_countries',
    'horizon.countries.*',
    'horizon.countries.*.*',
  ),
  'use-link': structure(),
  staffing: structure('countries.*.hours_per_fte'),
  'shift-coverage': structure('activities.*.coverage', 'countries.*.shifts', 'countries.*.seats'),
  dual: structure(),
  capacity: rule(['countries.*.capacity_hours'], 'hours', 'capacity', 'capacité'),
  'language-capacity': rule(
    ['countries.*.languages.*.capacity_hours'],
    'hours',
    'capacity in a language',
    'capacité dans une langue',
  ),
  quality: rule(['activities.*.min_quality'], 'share', 'quality floor', 'seuil de qualité'),
  'max-share': rule(['activities.*.max_share'], 'share', 'maximum share of a country', "part maximale d'un pays"),
  'min-home-share': rule(['activities.*.min_home_share'], 'share', 'minimum home share', 'part minimale du pays'),
  'min-hours': rule(['countries.*.min_hours'], 'hours', 'minimum hours of a site', "volume minimal d'un site"),
  'max-countries': rule(['max_countries'], 'count', 'maximum number of countries', 'nombre maximal de pays'),
  'min-country-share': rule(
    ['activities.*.min_country_share'],
    'share',
    'minimum share of each country used',
    'part minimale de chaque pays retenu',
  ),
  'min-countries': rule(
    ['activities.*.min_countries'],
    'count',
    'minimum number of countries',
    'nombre minimal de pays',
  ),
  seats: rule(['countries.*.seats'], 'lift', 'seats', 'postes de travail'),
  'part-time': rule(['countries.*.shifts.max_part_time_share'], 'lift', 'part-time share', 'part de temps partiel'),
  'global-max-share': rule(['rules.*.max_share'], 'share', 'maximum share of a rule', "part maximale d'une règle"),
  'global-min-home-share': rule(
    ['rules.*.min_home_share'],
    'share',
    'minimum home share of a rule',
    "part minimale du pays d'une règle",
  ),
  'global-max-risk': rule(
    ['rules.*.max_risk_exposure'],
    'count',
    'maximum risk exposure',
    'exposition maximale au risque',
  ),
  'carbon-cap': rule(['esg.carbon_cap'], 'lift', 'carbon cap', 'plafond carbone'),
  'social-clause': rule(['esg.social_clause.min_share'], 'share', 'social clause', 'clause sociale'),
  // The options' budget on the total cost (src/options): no scenario field.
  'cost-budget': rule([], 'lift', 'cost budget', 'budget de coût'),
  // The roadmap's workforce (src/roadmap/workforce.ts): staff carried from month to month.
  'staff-flow': structure('horizon.countries.*.attrition'),
  'trained-staff': structure('horizon.countries.*'),
  hiring: rule(['horizon.countries.*.hiring_per_month'], 'lift', 'hiring per month', 'recrutements par mois'),
  'today-share': structure('horizon.current.*'),
} satisfies Readonly<Record<RowKind, RowKindEntry>>;

/**
 * Rules with no rows of their own: they decide which countries may serve an activity, when it is
 * worked, how shifts run or what the hours cost. explain lifts them on the scenario (explain/levers.ts);
 * diagnosis finds their conflicts through the rows they shape.
 */
export type ScenarioRuleKind =
  'residency' | 'allow-list' | 'open' | 'coverage' | 'working-hours' | 'shift-lengths' | 'carbon-price';

export const SCENARIO_RULES = {
  residency: rule(['activities.*.data'], 'lift', 'data residency', 'résidence des données'),
  'allow-list': rule(['activities.*.countries'], 'lift', 'allow-list', 'liste de pays autorisés'),
  open: rule(['countries.*.open'], 'lift', 'forced site', 'site imposé'),
  coverage: rule(['activities.*.coverage'], 'lift', 'opening hours', 'couverture horaire'),
  'working-hours': rule(['countries.*.working_hours'], 'lift', 'working hours', 'heures de travail'),
  'shift-lengths': rule(['countries.*.shifts.full_time'], 'lift', 'full-time shift lengths', 'durées des vacations'),
  'carbon-price': rule(['esg.carbon_price'], 'count', 'carbon price', 'prix du carbone'),
} satisfies Readonly<Record<ScenarioRuleKind, RuleEntry>>;

type RuleKind = ScenarioRuleKind | RowKind;

const isScenarioRule = (kind: RuleKind): kind is ScenarioRuleKind => Object.hasOwn(SCENARIO_RULES, kind);

const entryOf = (kind: RuleKind): RowKindEntry | RuleEntry =>
  isScenarioRule(kind) ? SCENARIO_RULES[kind] : ROW_KINDS[kind];

/** The scenario fields a rule (or row) of this kind comes from. */
export const fieldsOf = (kind: RuleKind): readonly string[] => entryOf(kind).fields;

type Catalogue = typeof ROW_KINDS & typeof SCENARIO_RULES;
/** The kinds whose rows or rule come from exactly one scenario field. */
type OneFieldKind = {
  [K in keyof Catalogue]: Catalogue[K]['fields'] extends readonly [string] ? K : never;
}[keyof Catalogue];

/**
 * The key of a kind's one scenario field, as a sentence names it: `max_share` for `max-share`
 * (`activities.*.max_share`), `min_share` for the social clause. Reports take it from here rather
 * than repeat the field's name.
 */
export function fieldKey(kind: OneFieldKind): string {
  const [field = ''] = fieldsOf(kind);
  return field.slice(field.lastIndexOf('.') + 1);
}

/** The kinds explain relaxes by steps of their number (the others it lifts whole): the type of ruleValues.ts's table. */
type Stepped<T> = { [K in keyof T]: T[K] extends { readonly relax: RuleUnit } ? K : never }[keyof T];
export type SteppedKind = Stepped<typeof ROW_KINDS> | Stepped<typeof SCENARIO_RULES>;

/** The unit of the number explain relaxes in a rule of this kind; undefined: lifted whole, or not a rule. */
export function relaxUnit(kind: RuleKind): RuleUnit | undefined {
  const e = entryOf(kind);
  return 'relax' in e && e.relax !== 'lift' ? e.relax : undefined;
}

const isStepped = (kind: RuleKind): kind is SteppedKind => relaxUnit(kind) !== undefined;

const isKind = (k: string): k is RuleKind => Object.hasOwn(ROW_KINDS, k) || Object.hasOwn(SCENARIO_RULES, k);

/** Every rule, of the model's rows and of the scenario, in catalogue order. */
export const RULES: readonly ({ readonly kind: RuleKind } & RuleEntry)[] = [
  ...Object.keys(ROW_KINDS),
  ...Object.keys(SCENARIO_RULES),
]
  .filter(isKind)
  .flatMap((kind) => {
    const e = entryOf(kind);
    return 'relax' in e ? [{ ...e, kind }] : [];
  });

/** Every stepped kind with its one field and unit, in catalogue order. */
export const STEPPED: readonly { readonly kind: SteppedKind; readonly field: string; readonly unit: RuleUnit }[] =
  RULES.flatMap((r) =>
    r.relax !== 'lift' && isStepped(r.kind) ? [{ kind: r.kind, field: r.fields[0], unit: r.relax }] : [],
  );

/** Does a dotted field pattern of the catalogue (`*`: any one segment) name this scenario path? */
export const namesField = (pattern: string, path: readonly (string | number)[]): boolean => {
  const parts = pattern.split('.');
  return parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i]));
};

/** A row that restricts the plan and may be lifted (an equality is always structure). */
export const isRuleRow = (r: Row): boolean => ROW_KINDS[r.kind].role === 'rule' && r.op !== '=';
