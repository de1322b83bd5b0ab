import { namesField, STEPPED, type RuleUnit, type SteppedKind } from '../model/ruleCatalogue.js';
import type { GlobalRule } from '../scenario/globalRules.js';
import type { Esg } from '../scenario/esg.js';
import type { Activity, Country, Scenario } from '../scenario/types.js';

/**
 * The number behind a rule (a floor, a share, a capacity) read from or written into a
 * normalised scenario, by its field path. Which rules have one, and its unit, the rule catalogue
 * says (model/ruleCatalogue.ts, `relax`); the others are still priced and lifted, but their
 * marginal values and relaxations are stated in units of their model rows.
 */
type Accessor = {
  readonly get: (s: Scenario) => number | undefined;
  readonly set: (s: Scenario, v: number) => Scenario;
};
type Field = Accessor & {
  /** A share or score in [0, 1] (steps of 0.01) rather than a quantity (steps of 1). */
  readonly unit: RuleUnit;
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
const withRule = (s: Scenario, name: string, f: (r: GlobalRule) => GlobalRule): Scenario => ({
  ...s,
  globalRules: s.globalRules.map((r) => (r.name === name ? f(r) : r)),
});
const globalRule = (s: Scenario, name: string): GlobalRule | undefined => s.globalRules.find((r) => r.name === name);
const withEsg = (s: Scenario, f: (e: Esg) => Esg): Scenario => (s.esg ? { ...s, esg: f(s.esg) } : s);

/** A rule's number for the ids of its path: `id` the activity, country or rule, `lang` the language. */
type AccessorOf = (id: string, lang: string) => Accessor;

/** One entry per kind the catalogue relaxes by steps: the type demands it, and refuses any other. */
const ACCESSORS: Readonly<Record<SteppedKind, AccessorOf>> = {
  quality: (id) => ({
    get: (s) => activity(s, id)?.minQuality,
    set: (s, v) => withActivity(s, id, (a) => ({ ...a, minQuality: v })),
  }),
  'max-share': (id) => ({
    get: (s) => activity(s, id)?.maxShare,
    set: (s, v) => withActivity(s, id, (a) => ({ ...a, maxShare: v })),
  }),
  'min-home-share': (id) => ({
    get: (s) => activity(s, id)?.minHomeShare,
    set: (s, v) => withActivity(s, id, (a) => ({ ...a, minHomeShare: v })),
  }),
  'min-country-share': (id) => ({
    get: (s) => activity(s, id)?.minCountryShare,
    set: (s, v) => withActivity(s, id, (a) => ({ ...a, minCountryShare: v })),
  }),
  'min-countries': (id) => ({
    get: (s) => activity(s, id)?.minCountries,
    set: (s, v) => withActivity(s, id, (a) => ({ ...a, minCountries: v })),
  }),
  capacity: (code) => ({
    get: (s) => country(s, code)?.capacityHours,
    set: (s, v) => withCountry(s, code, (c) => ({ ...c, capacityHours: v })),
  }),
  'min-hours': (code) => ({
    get: (s) => country(s, code)?.minHours,
    set: (s, v) => withCountry(s, code, (c) => ({ ...c, minHours: v })),
  }),
  'language-capacity': (code, lang) => ({
    get: (s) => country(s, code)?.languages[lang]?.capacityHours,
    set: (s, v) =>
      withCountry(s, code, (c) => {
        const skill = c.languages[lang];
        return skill ? { ...c, languages: { ...c.languages, [lang]: { ...skill, capacityHours: v } } } : c;
      }),
  }),
  'global-max-share': (name) => ({
    get: (s) => globalRule(s, name)?.maxShare,
    set: (s, v) => withRule(s, name, (r) => ({ ...r, maxShare: v })),
  }),
  'global-min-home-share': (name) => ({
    get: (s) => globalRule(s, name)?.minHomeShare,
    set: (s, v) => withRule(s, name, (r) => ({ ...r, minHomeShare: v })),
  }),
  // A risk score point (0-100) is a step of 1.
  'global-max-risk': (name) => ({
    get: (s) => globalRule(s, name)?.maxRiskExposure,
    set: (s, v) => withRule(s, name, (r) => ({ ...r, maxRiskExposure: v })),
  }),
  'carbon-price': () => ({
    get: (s) => s.esg?.carbonPrice,
    set: (s, v) => withEsg(s, (e) => ({ ...e, carbonPrice: v })),
  }),
  'social-clause': () => ({
    get: (s) => s.esg?.social?.minShare,
    set: (s, v) => withEsg(s, (e) => (e.social ? { ...e, social: { ...e.social, minShare: v } } : e)),
  }),
  'max-countries': () => ({ get: (s) => s.maxCountries, set: (s, v) => ({ ...s, maxCountries: v }) }),
};

/** An activity's hours: demand, not a rule (never lifted), but explain prices one more hour of it. */
const HOURS = 'activities.*.hours';
const hours = (id: string): Accessor => ({
  get: (s) => activity(s, id)?.hours,
  set: (s, v) => withActivity(s, id, (a) => ({ ...a, hours: v })),
});

/** The field at a rule path, when the catalogue relaxes its rule by steps (or it is an activity's hours). */
export function ruleField(path: readonly string[]): Field | undefined {
  const id = path[1] ?? '';
  if (namesField(HOURS, path)) return { unit: 'hours', ...hours(id) };
  const stepped = STEPPED.find((k) => namesField(k.field, path));
  return stepped && { unit: stepped.unit, ...ACCESSORS[stepped.kind](id, path[3] ?? '') };
}
