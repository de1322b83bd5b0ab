import type { GlobalRuleInput } from './globalRulesSchema.js';
import type { FieldPath } from './path.js';
import { didYouMean } from './suggest.js';
import type { Activity, Scenario } from './types.js';

/**
 * A rule on the whole plan (top-level `rules`): shares of the productive hours of a group of
 * activities (every activity by default), delivered in some countries or at home.
 */
export type GlobalRule = {
  /** The rule's key in `rules`: its YAML path is ['rules', name]. */
  readonly name: string;
  /** How reports name it (the key when no label is written). */
  readonly label: string;
  /** At most this share in `countries` together, or in each country when countries is undefined. */
  readonly maxShare: number | undefined;
  readonly countries: readonly string[] | undefined;
  /** At least this share in the home country. */
  readonly minHomeShare: number | undefined;
  /** At most this hours-weighted mean risk score (0–100) of the countries the group's hours go to. */
  readonly maxRiskExposure: number | undefined;
  /** The group of activity ids; undefined means every activity. */
  readonly activities: readonly string[] | undefined;
};

export function normaliseGlobalRules(input: Readonly<Record<string, GlobalRuleInput>> | undefined): GlobalRule[] {
  return Object.entries(input ?? {}).map(([name, r]) => ({
    name,
    label: r.label ?? name,
    maxShare: r.max_share,
    countries: r.countries,
    minHomeShare: r.min_home_share,
    maxRiskExposure: r.max_risk_exposure,
    activities: r.activities,
  }));
}

/** The activities a global rule is about. */
export function ruleActivities(s: Scenario, r: GlobalRule): readonly Activity[] {
  return r.activities === undefined ? s.activities : s.activities.filter((a) => r.activities?.includes(a.id));
}

/**
 * The caps of a max_share rule: one group of countries (written together), or each country of
 * the scenario on its own. Each comes with the YAML field the rows point at.
 */
export function capGroups(s: Scenario, r: GlobalRule): readonly (readonly string[])[] {
  if (r.maxShare === undefined) return [];
  return r.countries !== undefined ? [r.countries] : s.countries.map((c) => [c.code]);
}

export const maxSharePath = (r: GlobalRule): FieldPath => ['rules', r.name, 'max_share'];
export const minHomeSharePath = (r: GlobalRule): FieldPath => ['rules', r.name, 'min_home_share'];
export const maxRiskPath = (r: GlobalRule): FieldPath => ['rules', r.name, 'max_risk_exposure'];

type Report = (path: FieldPath, message: string) => void;

/** Names that must exist, and shares that cannot hold together, located in the file. */
export function checkGlobalRules(s: Scenario, report: Report): void {
  const codes = s.countries.map((c) => c.code);
  const ids = s.activities.map((a) => a.id);
  for (const r of s.globalRules) {
    (r.countries ?? []).forEach((code, i) => {
      if (!codes.includes(code))
        report(['rules', r.name, 'countries', i], `country "${code}" is not in countries${didYouMean(code, codes)}`);
    });
    (r.activities ?? []).forEach((id, i) => {
      if (!ids.includes(id))
        report(['rules', r.name, 'activities', i], `activity "${id}" is not in activities${didYouMean(id, ids)}`);
    });
    const unscored = s.countries.filter((c) => c.risk === undefined).map((c) => c.code);
    if (r.maxRiskExposure !== undefined && unscored.length > 0) {
      report(
        maxRiskPath(r),
        `max_risk_exposure needs a risk score (0-100) for every country; ${unscored.join(', ')} ha${unscored.length === 1 ? 's' : 've'} none (bestshore ships no default risk table: give each country risk: …)`,
      );
    }
    const capsHome = r.countries === undefined || r.countries.includes(s.home);
    if (r.maxShare !== undefined && r.minHomeShare !== undefined && capsHome && r.minHomeShare > r.maxShare) {
      report(
        ['rules', r.name, 'min_home_share'],
        `min_home_share ${r.minHomeShare} is above max_share ${r.maxShare}, which caps ${s.home} too`,
      );
    }
  }
}
