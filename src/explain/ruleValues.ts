import type { GlobalRule } from '../scenario/globalRules.js';
import type { Esg } from '../scenario/esg.js';
import type { Activity, Country, Scenario } from '../scenario/types.js';

/**
 * The number behind a rule (a floor, a share, a capacity) read from or written into a
 * normalised scenario, by its field path. Rules not listed here are still priced and lifted,
 * but their marginal values and relaxations are stated in units of their model rows.
 */
type Field = {
  readonly get: (s: Scenario) => number | undefined;
  readonly set: (s: Scenario, v: number) => Scenario;
  /** A share or score in [0, 1] (steps of 0.01) rather than a quantity (steps of 1). */
  readonly unit: 'share' | 'hours' | 'count';
};

const activity = (s: Scenario, id: string): Activity | undefined => s.activities.find((a) => a.id === id);
const country = (s: Scenario, code: string): Country | undefined => s.countries.find((c) => c.code === code);
const withActivity = (s: Scenario, id: string, f: (a: Activity) => Activity): Scenario => ({
  ...s,
  activities: s.activities.map((a) => (a.id === id ? f(a) : a)),
});
const withCountry = (s: Scenario, code: string, f: (c: Country) => Country): Scenario => ({
  ...s,
  countries: s.countries.map((c) => (c.code === code ? f(c) : c)),
});

const ACTIVITY_FIELDS: Record<string, (id: string) => Field> = {
  min_quality: (id) => ({
    unit: 'share',
    get: (s) => activity(s, id)?.minQuality,
    set: (s, v) => withActivity(s, id, (a) => ({ ...a, minQuality: v })),
  }),
  max_share: (id) => ({
    unit: 'share',
    get: (s) => activity(s, id)?.maxShare,
    set: (s, v) => withActivity(s, id, (a) => ({ ...a, maxShare: v })),
  }),
  min_home_share: (id) => ({
    unit: 'share',
    get: (s) => activity(s, id)?.minHomeShare,
    set: (s, v) => withActivity(s, id, (a) => ({ ...a, minHomeShare: v })),
  }),
  min_country_share: (id) => ({
    unit: 'share',
    get: (s) => activity(s, id)?.minCountryShare,
    set: (s, v) => withActivity(s, id, (a) => ({ ...a, minCountryShare: v })),
  }),
  min_countries: (id) => ({
    unit: 'count',
    get: (s) => activity(s, id)?.minCountries,
    set: (s, v) => withActivity(s, id, (a) => ({ ...a, minCountries: v })),
  }),
  hours: (id) => ({
    unit: 'hours',
    get: (s) => activity(s, id)?.hours,
    set: (s, v) => withActivity(s, id, (a) => ({ ...a, hours: v })),
  }),
};

const COUNTRY_FIELDS: Record<string, (code: string) => Field> = {
  capacity_hours: (code) => ({
    unit: 'hours',
    get: (s) => country(s, code)?.capacityHours,
    set: (s, v) => withCountry(s, code, (c) => ({ ...c, capacityHours: v })),
  }),
  min_hours: (code) => ({
    unit: 'hours',
    get: (s) => country(s, code)?.minHours,
    set: (s, v) => withCountry(s, code, (c) => ({ ...c, minHours: v })),
  }),
};

function languageCapacity(code: string, lang: string): Field {
  return {
    unit: 'hours',
    get: (s) => country(s, code)?.languages[lang]?.capacityHours,
    set: (s, v) =>
      withCountry(s, code, (c) => {
        const skill = c.languages[lang];
        return skill ? { ...c, languages: { ...c.languages, [lang]: { ...skill, capacityHours: v } } } : c;
      }),
  };
}

const withRule = (s: Scenario, name: string, f: (r: GlobalRule) => GlobalRule): Scenario => ({
  ...s,
  globalRules: s.globalRules.map((r) => (r.name === name ? f(r) : r)),
});
const globalRule = (s: Scenario, name: string): GlobalRule | undefined => s.globalRules.find((r) => r.name === name);

const RULE_FIELDS: Record<string, (name: string) => Field> = {
  max_share: (name) => ({
    unit: 'share',
    get: (s) => globalRule(s, name)?.maxShare,
    set: (s, v) => withRule(s, name, (r) => ({ ...r, maxShare: v })),
  }),
  min_home_share: (name) => ({
    unit: 'share',
    get: (s) => globalRule(s, name)?.minHomeShare,
    set: (s, v) => withRule(s, name, (r) => ({ ...r, minHomeShare: v })),
  }),
  // A risk score point (0-100) is a step of 1.
  max_risk_exposure: (name) => ({
    unit: 'count',
    get: (s) => globalRule(s, name)?.maxRiskExposure,
    set: (s, v) => withRule(s, name, (r) => ({ ...r, maxRiskExposure: v })),
  }),
};

const withEsg = (s: Scenario, f: (e: Esg) => Esg): Scenario => (s.esg ? { ...s, esg: f(s.esg) } : s);

const ESG_FIELDS: Record<string, Field> = {
  carbon_price: {
    unit: 'count',
    get: (s) => s.esg?.carbonPrice,
    set: (s, v) => withEsg(s, (e) => ({ ...e, carbonPrice: v })),
  },
  social_clause: {
    unit: 'share',
    get: (s) => s.esg?.social?.minShare,
    set: (s, v) => withEsg(s, (e) => (e.social ? { ...e, social: { ...e.social, minShare: v } } : e)),
  },
};

/** The field at a rule path, when it is one of the numeric rules known here. */
export function ruleField(path: readonly string[]): Field | undefined {
  const [head, id, field, lang, last] = path;
  if (head === 'activities' && id !== undefined && field !== undefined && path.length === 3)
    return ACTIVITY_FIELDS[field]?.(id);
  if (head === 'countries' && id !== undefined && field !== undefined && path.length === 3)
    return COUNTRY_FIELDS[field]?.(id);
  if (
    head === 'countries' &&
    id !== undefined &&
    field === 'languages' &&
    lang !== undefined &&
    last === 'capacity_hours' &&
    path.length === 5
  )
    return languageCapacity(id, lang);
  if (head === 'rules' && id !== undefined && field !== undefined && path.length === 3) return RULE_FIELDS[field]?.(id);
  if (head === 'esg' && id === 'carbon_price' && path.length === 2) return ESG_FIELDS['carbon_price'];
  if (head === 'esg' && id === 'social_clause' && field === 'min_share' && path.length === 3)
    return ESG_FIELDS['social_clause'];
  if (head === 'max_countries' && path.length === 1)
    return { unit: 'count', get: (s) => s.maxCountries, set: (s, v) => ({ ...s, maxCountries: v }) };
  return undefined;
}
