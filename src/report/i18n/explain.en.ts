import { ROW_KINDS, SCENARIO_RULES } from '../../model/ruleCatalogue.js';
import { EXPLAIN_FIELDS } from './explainFields.js';

// The rules' short names, from the rule catalogue.
const { quality, capacity, 'social-clause': social } = ROW_KINDS;
const QUALITY = quality.name.en;
const CAPACITY = capacity.name.en;
const SOCIAL_CLAUSE = social.name.en;
const ALLOW_LIST = SCENARIO_RULES['allow-list'].name.en;
// The scenario fields a sentence names, from the catalogue too.
const F = EXPLAIN_FIELDS;

/**
 * The words of `bestshore explain` (table and Markdown) in English, the reference of every other
 * language (explain.fr.ts, key for key). JSON keeps these English sentences whatever the locale.
 * Numbers come in formatted; rule paths, ids and codes as the scenario writes them.
 */
export const EXPLAIN_EN = {
  /** "month" in "EUR/month". */
  perPeriod: (period: string) => period,
  line: (n: number) => `line ${n}`,
  defaultAt: (at: string) => `default; ${at}`,
  // What a rule costs
  notPriced: (label: string) => `${label}: not priced (the scenario without it could not be solved in time)`,
  costsNothing: (label: string) => `${label} costs nothing: lifting it would not lower the cost`,
  costs: (label: string, amount: string, per: string, share: string) => `${label} costs ${amount}/${per} (+${share})`,
  /** A figure stated no more precisely than its plans are proven (explain/bounds.ts). */
  between: (low: string, high: string) => `between ${low} and ${high}`,
  atLeast: (low: string) => `at least ${low}`,
  atMost: (high: string) => `at most ${high}`,
  noSavingHead: 'No saving found',
  noSavingFound: (labels: string, high: string) =>
    `No saving found by re-planning without one of these, though the gaps leave room for up to ${high} each: ${labels}`,
  costNothingHead: 'Cost nothing',
  costNothing: (labels: string) => `Cost nothing (lifting one alone would not lower the cost): ${labels}`,
  listSep: '; ',
  // Marginal values
  onePercent: '1% of its value',
  moreHours: (a: string) => `one more hour of ${a}`,
  moreCapacity: (c: string) => `one more hour of ${CAPACITY} in ${c}`,
  moreLanguageCapacity: (language: string, c: string) => `one more hour of ${language} ${CAPACITY} in ${c}`,
  raiseQuality: (a: string, step: string) => `raising ${a}'s ${QUALITY} by ${step}`,
  raiseMaxShare: (a: string, step: string) => `raising ${a}'s ${F.maxShare} by ${step}`,
  raiseMinHomeShare: (a: string, step: string) => `raising ${a}'s ${F.minHomeShare} by ${step}`,
  raiseGlobalMaxShare: (rule: string, step: string) =>
    `raising the rule ${rule}'s ${F.ruleMaxShare} (all its work) by ${step}`,
  raiseGlobalMinHomeShare: (rule: string, step: string) =>
    `raising the rule ${rule}'s ${F.ruleMinHomeShare} (all its work) by ${step}`,
  raiseSocialClause: (step: string) => `raising the ${SOCIAL_CLAUSE}'s ${F.socialMinShare} by ${step}`,
  raiseRule: (rule: string, step: string) => `raising ${rule} by ${step}`,
  costsVerb: 'costs',
  savesVerb: 'saves',
  holds: (from: string, to: string) => ` (holds from ${from} to ${to})`,
  // Why (not) this country
  used: (hours: string, share: string) => `used: ${hours} h (${share})`,
  closedBy: (by: string) => `site closed by ${by}`,
  itsSiteRules: 'its site rules',
  excludedLanguage: (what: string | undefined, at: string) => `excluded: does not offer ${what ?? 'the language'}${at}`,
  excludedAllowList: (list: string, at: string) => `excluded by the ${ALLOW_LIST} ${list}${at}`,
  excludedResidency: (rule: string | undefined, at: string) => `excluded by residency: ${rule ?? 'data class'}${at}`,
  notUsed: 'not used',
  tie: 'not used, but as cheap as the countries used at the margin (a tie: another optimal plan may use it)',
  cheaper: (by: string, target: string, rate: string, currency: string) =>
    `not used: would enter the plan ${by}/h cheaper (below ${target} instead of ${rate} ${currency}/h)`,
  // Ways out
  treatAsNone: (a: string) => `treat ${a}'s data as data: none`,
  dropCoverage: (a: string) => `drop ${a}'s coverage: the same hours, worked whenever a country works`,
  roundTheClock: (a: string) => `open ${a}'s ${F.workingHours} round the clock`,
  everyShiftLength: (c: string) =>
    `let ${c}'s full-time shifts be of any whole length from its shortest shift to its longest`,
  lift: (rule: string) => `lift ${rule}`,
  allowCountry: (country: string, a: string) => `add ${country} to ${a}'s ${ALLOW_LIST}`,
  signScc: (country: string, a: string) =>
    `sign standard contractual clauses with ${country} (scc: true), so ${a}'s personal data may go there`,
  lowerQuality: (a: string, from: string, to: string) => `lower ${a}'s ${QUALITY} from ${from} to ${to}`,
  addCapacity: (delta: string, a: string, from: string, to: string) =>
    `add ${delta} h of ${CAPACITY} in ${a} (${from} → ${to} h)`,
  addLanguageCapacity: (delta: string, language: string, a: string, from: string, to: string) =>
    `add ${delta} h of ${language} ${CAPACITY} in ${a} (${from} → ${to} h)`,
  raise: (owner: string | undefined, field: string, from: string, to: string) =>
    `raise ${owner === undefined ? '' : `${owner}'s `}${field} from ${from} to ${to}`,
  lower: (owner: string | undefined, field: string, from: string, to: string) =>
    `lower ${owner === undefined ? '' : `${owner}'s `}${field} from ${from} to ${to}`,
  wayOut: (what: string, at: string, cost: string, per: string) => `${what} (${at}): a plan at ${cost}/${per}`,
  // Blocks
  rulesTitle: 'What each rule costs (the saving if it were lifted, re-solved without it)',
  rulesTitleBounded:
    'What each rule costs (the saving if it were lifted, re-solved without it; the plans are proven only within their gaps, so each saving comes with the range they allow)',
  noRule: 'the scenario has no rule to lift',
  fromHighs: 'duals and ranging from HiGHS',
  fromReplanned: 're-planned one step further: whole-agent staffing has no dual prices',
  fromEngine: 'duals from the engine',
  givenPlan: ', for the sites and staffing of this plan',
  noDuals: 'the engine gave no duals for this plan',
  marginalsTitle: (from: string) => `Marginal values (${from})`,
  boundedNote: '; the plans are proven only within their gaps, hence the ranges',
  whyTitle: 'Why (not) this country',
  liftAnyGives: 'lifting any one of them gives a plan',
  liftSomeNotEnough: (rules: readonly string[]) =>
    `with the others lifted, lifting any one of them gives a plan; lifting ${rules.join(' or ')} alone is not enough, other rules conflict too`,
  conflictTitle: (lifting: string) => `These rules cannot hold together (a minimal conflict: ${lifting})`,
  tooManyRules: 'the scenario has too many rules for the deletion filter (one solve per rule)',
  evenWithoutRules:
    'even without any rule (quality floors, shares, capacities, residency, allow-lists) the demand cannot be met',
  noMinimalTitle: 'No minimal set of rules could be isolated',
  waysOutTitle: 'Ways out (each changes one rule; cheapest plan first)',
  noWayOut: 'no change of a single rule restores a plan',
  cheapestTitle: 'Cheapest way out',
  diagnosisTitle: 'Diagnosis (as bestshore plan gives it)',
  noPlan: (name: string) => `${name}: no plan satisfies the constraints`,
  whyPlan: (name: string) => `${name} — why this plan`,
  optimalCost: (cost: string, period: string, engine: string) =>
    `Optimal cost: ${cost} per ${period} (engine: ${engine}).`,
  withinGap: (cost: string, period: string, engine: string, gap: string) =>
    `Cost of the plan: ${cost} per ${period}, within ${gap} of the optimum, not proven optimal (engine: ${engine}).`,
  bestFound: (cost: string, period: string, engine: string) =>
    `Cost of the plan: ${cost} per ${period}, best found, not proven optimal (engine: ${engine}).`,
};

/** Every word of `bestshore explain`, for one language. */
export type ExplainWords = typeof EXPLAIN_EN;
