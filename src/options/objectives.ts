import { isHours, type HoursVar, type LpModel } from '../model/lp.js';
import type { Plan } from '../plan/types.js';
import { weeksPerPeriod } from '../scenario/countryTable.js';
import type { Scenario } from '../scenario/types.js';
import type { VariantSet } from './variant.js';

/**
 * A second objective of a trade-off front (`bestshore pareto --objectives cost,<id>`). Each one
 * says how to read it off a plan, how far it can go, and — the ε-constraint — which scenario
 * changes hold it at least as good as ε, so that every point of the front is an ordinary
 * variant planned (certified, verified) by the planner. Another objective (carbon, from the
 * ESG data) plugs in with one more entry in OBJECTIVES.
 */
/** Most hours of the variables `which` selects, as a share of all hours, in any plan (cost aside; linear relaxation). */
export type MostHours = (which: (v: HoursVar) => boolean) => Promise<number | undefined>;

export type Objective = {
  readonly id: string;
  /** For people: "home share", "countries used". */
  readonly label: string;
  readonly unit: 'share' | 'score' | 'index' | 'count';
  /** Whether more is better (`max`) or less (`min`). */
  readonly sense: 'max' | 'min';
  /** Its value in a plan. */
  measure(s: Scenario, p: Plan): number;
  /**
   * A bound on the best value any plan can reach, cost aside (the front's far end is searched
   * up to it; points past the real best have no plan and end the front), or undefined when the
   * optimum is already the best.
   */
  bound(s: Scenario, model: LpModel, most: MostHours): Promise<number | undefined>;
  /** The scenario changes that keep the objective at least as good as ε. */
  constrain(s: Scenario, eps: number): VariantSet[];
  /** Whole values only (a count). */
  readonly integer?: true;
  /** Why the scenario cannot have this objective (data it lacks), or undefined. */
  missing?(s: Scenario): string | undefined;
};

const homeShare = (p: Plan): number =>
  p.totalHours > 0 ? (p.countries.find((c) => c.country === p.home)?.hours ?? 0) / p.totalHours : 0;

function freshRule(s: Scenario, wanted: string): string {
  const taken = new Set(s.globalRules.map((r) => r.name));
  let name = wanted;
  for (let k = 2; taken.has(name); k++) name = `${wanted}_${k}`;
  return name;
}

/** The lowest hours-weighted quality of any activity: the plan is as good as its weakest activity. */
const worstQuality = (p: Plan): number => Math.min(...p.activities.map((a) => a.quality));

/** Hours-weighted mean risk score (0-100) of the countries the work goes to. */
export const meanRisk = (s: Scenario, p: Plan): number => {
  const risk = new Map(s.countries.map((c) => [c.code, c.risk ?? 0]));
  return p.totalHours > 0
    ? p.countries.reduce((t, c) => t + c.hours * (risk.get(c.country) ?? 0), 0) / p.totalHours
    : 0;
};

export const OBJECTIVES: readonly Objective[] = [
  {
    id: 'home-share',
    label: 'home share',
    unit: 'share',
    sense: 'max',
    measure: (_s, p) => homeShare(p),
    // At most every hour the home country may legally take; its capacity decides the rest.
    bound: (s, _m, most) => most((v) => v.country === s.home),
    constrain: (s, eps) => [{ path: ['rules', freshRule(s, 'pareto_home')], value: { min_home_share: eps } }],
  },
  {
    id: 'quality',
    label: 'lowest activity quality',
    unit: 'score',
    sense: 'max',
    measure: (_s, p) => worstQuality(p),
    bound: async (s, model) =>
      Math.min(
        ...s.activities.map((a) =>
          Math.max(0, ...model.vars.flatMap((v) => (isHours(v) && v.activity === a.id ? [v.quality] : []))),
        ),
      ),
    constrain: (s, eps) =>
      s.activities
        .filter((a) => (a.minQuality ?? 0) < eps)
        .map((a) => ({ path: ['activities', a.id, 'min_quality'], value: eps })),
  },
  {
    id: 'countries',
    label: 'countries used',
    unit: 'count',
    sense: 'min',
    integer: true,
    measure: (_s, p) => p.countries.filter((c) => c.hours > 0).length,
    bound: async () => 1,
    constrain: (s, eps) =>
      s.maxCountries !== undefined && s.maxCountries <= eps
        ? []
        : [{ path: ['max_countries'], value: Math.round(eps) }],
  },
  {
    id: 'risk',
    label: 'mean country risk',
    unit: 'index',
    sense: 'min',
    measure: meanRisk,
    // No plan is safer than its safest allowed country.
    bound: async (s, model) =>
      Math.min(
        ...s.countries
          .filter((c) => model.vars.some((v) => isHours(v) && v.country === c.code))
          .map((c) => c.risk ?? 0),
      ),
    constrain: (s, eps) => [{ path: ['rules', freshRule(s, 'pareto_risk')], value: { max_risk_exposure: eps } }],
    missing: (s) => {
      const none = s.countries.filter((c) => c.risk === undefined).map((c) => c.code);
      return none.length === 0
        ? undefined
        : `risk needs a risk score (0-100) for every country; ${none.join(', ')} ha${none.length === 1 ? 's' : 've'} none (bestshore ships no default risk table)`;
    },
  },
  {
    id: 'carbon',
    label: 'tCO2e per year',
    unit: 'index',
    sense: 'min',
    measure: (_s, p) => p.esg?.carbon?.tonnesPerYear ?? 0,
    // No plan emits less than nothing; the front's end is then found by halving.
    bound: async () => 0,
    constrain: (s, eps) => {
      const cap = s.esg?.carbonCap;
      const perYear = cap && (cap.per === 'year' ? cap.tonnes : cap.tonnes * 12);
      return perYear !== undefined && perYear <= eps
        ? []
        : [{ path: ['esg', 'carbon_cap'], value: { tonnes: eps, per: 'year' } }];
    },
    missing: (s) =>
      !s.esg?.carbonAsked
        ? 'carbon needs the ESG carbon factors of every country (esg.carbon: kwh_per_workstation_hour, commute_kg_per_hour; docs/scenario.md#esg-carbon-telework-social-clause)'
        : weeksPerPeriod(s.period) === undefined
          ? 'carbon per year needs a period of known length (week, month, quarter or year)'
          : undefined,
  },
];

export const OBJECTIVE_IDS: readonly string[] = OBJECTIVES.map((o) => o.id);

export const objectiveNamed = (id: string): Objective | undefined => OBJECTIVES.find((o) => o.id === id);
