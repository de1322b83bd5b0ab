import { countryFacts, DEFAULT_SHRINKAGE, DEFAULT_WEEK_HOURS, weeksPerPeriod } from './countryTable.js';
import type { Diagnostic } from './diagnostic.js';
import { countryTime, coverageOf, scenarioTime, type Report } from './normaliseTime.js';
import { pathKey } from './path.js';
import type { ActivityInput, CountryInput, ScenarioInput } from './schema.js';
import { locate, type SourceMap } from './sourceMap.js';
import type { Activity, Country, LanguageSkill, Scenario } from './types.js';

/** Share each of an activity's `min_countries` must carry when min_country_share is not set. */
export const DEFAULT_MIN_COUNTRY_SHARE = 0.1;

/** Productive hours one full-time agent gives per period: legal week × weeks × (1 − shrinkage). */
export function defaultHoursPerFte(weekHours: number, period: string, shrinkage = DEFAULT_SHRINKAGE): number | undefined {
  const weeks = weeksPerPeriod(period);
  return weeks === undefined ? undefined : weekHours * weeks * (1 - shrinkage);
}

function normaliseCountry(code: string, input: CountryInput, period: string, report: Report): Country {
  const facts = countryFacts(code);
  const weekHours = facts?.week ?? DEFAULT_WEEK_HOURS;
  const languages: Record<string, LanguageSkill> = {};
  for (const [lang, skill] of Object.entries(input.languages)) {
    languages[lang] = typeof skill === 'number'
      ? { quality: skill, capacityHours: undefined }
      : { quality: skill.quality, capacityHours: skill.capacity_hours };
  }
  // An unknown period without hours_per_fte is reported by rules.ts; month keeps the value finite meanwhile.
  const derived = defaultHoursPerFte(weekHours, period) ?? (defaultHoursPerFte(weekHours, 'month') as number);
  return {
    code,
    name: facts?.en ?? code,
    nameFr: facts?.fr ?? code,
    costPerHour: input.cost_per_hour,
    languages,
    capacityHours: input.capacity_hours,
    hoursPerFte: input.hours_per_fte ?? derived,
    hoursPerFteFrom: input.hours_per_fte === undefined ? 'default' : 'scenario',
    weekHours,
    eu: input.eu ?? facts?.eu ?? false,
    adequacy: input.adequacy ?? facts?.adequacy ?? false,
    scc: input.scc ?? false,
    inTable: facts !== undefined,
    fixedCost: input.fixed_cost ?? 0,
    minHours: input.min_hours,
    open: input.open,
    time: countryTime(code, input, report),
  };
}

function normaliseActivity(id: string, input: ActivityInput, report: Report): Activity {
  return {
    id,
    language: input.language,
    hours: input.hours,
    data: input.data ?? 'personal',
    minQuality: input.min_quality,
    maxShare: input.max_share,
    minHomeShare: input.min_home_share,
    allowList: input.countries,
    minCountries: input.min_countries,
    minCountryShare: input.min_country_share ?? DEFAULT_MIN_COUNTRY_SHARE,
    coverage: coverageOf(id, input, report),
  };
}

/**
 * Fill every default: country facts from the built-in table, data class, home, period, time
 * zones; parse opening hours. Problems found while doing so come back as located diagnostics.
 */
export function normalise(input: ScenarioInput, source: SourceMap): { scenario: Scenario; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (path, message) => {
    const pos = locate(source, path);
    diagnostics.push({ file: source.file, line: pos.line, col: pos.col, path: pathKey(path), message, severity: 'error' });
  };
  const period = input.period ?? 'month';
  const home = input.home ?? 'FR';
  const scenario: Scenario = {
    name: input.name,
    currency: input.currency ?? 'EUR',
    home,
    period,
    shrinkage: DEFAULT_SHRINKAGE,
    countries: Object.entries(input.countries).map(([code, c]) => normaliseCountry(code, c, period, report)),
    activities: Object.entries(input.activities).map(([id, a]) => normaliseActivity(id, a, report)),
    maxCountries: input.max_countries,
    time: scenarioTime(input, home, report),
    expect: input.expect,
    source,
  };
  return { scenario, diagnostics };
}
