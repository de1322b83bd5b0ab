import type { Activity, Country, Scenario } from './types.js';

/** Why an (activity, country) pair may carry work: its legal basis for the data involved. */
export type LegalBasis = 'EU' | 'adequacy' | 'SCC' | 'home' | 'no personal data';

export type Exclusion = 'language' | 'allow-list' | 'residency';

export type PairStatus =
  { readonly allowed: true; readonly basis: LegalBasis } | { readonly allowed: false; readonly why: Exclusion };

/** The residency policy (docs/scenario.md, data residency): which countries a data class may go to. */
export function residencyBasis(scenario: Scenario, activity: Activity, country: Country): LegalBasis | undefined {
  switch (activity.data) {
    case 'none':
      return 'no personal data';
    case 'personal':
      if (country.eu) return 'EU';
      if (country.adequacy) return 'adequacy';
      return country.scc ? 'SCC' : undefined;
    case 'health':
      return country.eu ? 'EU' : undefined;
    case 'public':
      if (country.code !== scenario.home) return undefined;
      return country.eu ? 'EU' : 'home';
  }
}

/** May `country` deliver `activity`? Language first, then allow-list, then residency. */
export function pairStatus(scenario: Scenario, activity: Activity, country: Country): PairStatus {
  if (country.languages[activity.language] === undefined) return { allowed: false, why: 'language' };
  if (activity.allowList && !activity.allowList.includes(country.code)) return { allowed: false, why: 'allow-list' };
  const basis = residencyBasis(scenario, activity, country);
  return basis === undefined ? { allowed: false, why: 'residency' } : { allowed: true, basis };
}

/** Countries allowed to deliver an activity, in scenario order. */
export function allowedCountries(scenario: Scenario, activity: Activity): Country[] {
  return scenario.countries.filter((c) => pairStatus(scenario, activity, c).allowed);
}

/** Plain-language description of what a data class allows, for diagnoses and annexes. */
export function residencyRule(scenario: Scenario, activity: Activity): string {
  switch (activity.data) {
    case 'none':
      return 'any country (no personal data)';
    case 'personal':
      return 'EU/EEA, adequacy or SCC countries (data: personal)';
    case 'health':
      return 'EU/EEA countries (data: health)';
    case 'public':
      return `${scenario.home} only (data: public)`;
  }
}

/** The status of every (activity, country) pair of a scenario, each computed once. */
export type PairTable = {
  /** pairStatus of an activity and a country of the scenario. */
  status(activity: Activity, country: Country): PairStatus;
  /** The countries allowed to deliver an activity, in scenario order. */
  allowed(activity: Activity): readonly Country[];
};

export function pairTable(scenario: Scenario): PairTable {
  const byActivity = new Map(
    scenario.activities.map((a) => [
      a.id,
      new Map(scenario.countries.map((c) => [c.code, pairStatus(scenario, a, c)] as const)),
    ]),
  );
  const allowed = new Map(
    scenario.activities.map((a) => [
      a.id,
      scenario.countries.filter((c) => byActivity.get(a.id)?.get(c.code)?.allowed),
    ]),
  );
  return {
    // An activity or country from outside the scenario (none in the pipeline) is computed on demand.
    status: (a, c) => byActivity.get(a.id)?.get(c.code) ?? pairStatus(scenario, a, c),
    allowed: (a) => allowed.get(a.id) ?? allowedCountries(scenario, a),
  };
}
