import { countryFacts, DEFAULT_SHRINKAGE, DEFAULT_WEEK_HOURS, weeksOrMonth, weeksPerPeriod } from './countryTable.js';
import type { Diagnostic } from './diagnostic.js';
import { countryTime, coverageOf, scenarioTime, type Report } from './normaliseTime.js';
import { shiftRules } from './normaliseShifts.js';
import { DEFAULT_ROTA_GAP } from './shiftSchema.js';
import { contactsOf, DEFAULT_CONTACT_COVERAGE } from './normaliseContacts.js';
import type { Coverage, ScenarioTime } from '../time/timeTypes.js';
import { workHours, type Contacts } from '../staffing/contacts.js';
import { pooledHours, trafficByInterval } from '../staffing/weekLoad.js';
import { MAX_TRAFFIC_ERLANGS } from '../erlang/limits.js';
import { weekGrid } from '../time/weekGrid.js';
import { parseWindows } from '../time/weekMask.js';
import { normaliseGlobalRules } from './globalRules.js';
import { normaliseBid } from './bid.js';
import { normaliseEsg } from './esg.js';
import { normaliseHorizon } from './horizon.js';
import { LIMITS, limitText } from './limits.js';
import { pathKey } from './path.js';
import type { ActivityInput, CountryInput, ScenarioInput } from './schema.js';
import { locate, type SourceMap } from './sourceMap.js';
import type { Activity, Country, LanguageSkill, Scenario } from './types.js';

/** Hours of a contact activity: work hours without a queue, fully pooled Erlang staffing with one. */
function contactHours(
  id: string,
  c: Contacts,
  coverage: Coverage | undefined,
  time: ScenarioTime,
  period: string,
  report: Report,
): number {
  if (!c.queued || !coverage) return workHours(c);
  // The Erlang search is bounded by the traffic it is asked about: held to the limit first.
  const peak = Math.max(
    0,
    ...trafficByInterval(c, coverage, weekGrid(time.week, time.rule), weeksPerPeriod(period) ?? 52 / 12),
  );
  if (peak > MAX_TRAFFIC_ERLANGS) {
    report(
      ['activities', id, 'contacts'],
      `the busiest hour carries ${limitText(peak)} Erlangs of traffic; the limit is ${limitText(MAX_TRAFFIC_ERLANGS)} (a queue of more than ${limitText(MAX_TRAFFIC_ERLANGS)} agents at once): split the activity or spread its volume`,
    );
    return 0;
  }
  const hours = pooledHours(c, coverage, time, weeksPerPeriod(period) ?? 52 / 12);
  if (Number.isFinite(hours)) return hours;
  report(
    ['activities', id, 'contacts'],
    'no staffing meets these targets in some covered hour (even hundreds of agents more than the traffic)',
  );
  return workHours(c);
}

const defaultContactCoverage = (): Coverage => {
  const parsed = parseWindows(DEFAULT_CONTACT_COVERAGE);
  return {
    text: DEFAULT_CONTACT_COVERAGE,
    mask: parsed.ok ? parsed.value : [],
    profile: { days: new Array<number>(7).fill(1), hours: new Array<number>(24).fill(1) },
  };
};

/** Share each of an activity's `min_countries` must carry when min_country_share is not set. */
export const DEFAULT_MIN_COUNTRY_SHARE = 0.1;

/**
 * Productive hours one full-time agent gives per period: legal week × weeks × (1 − shrinkage); a
 * month's for an unknown period (rules.ts reports it; the value stays finite meanwhile).
 */
function defaultHoursPerFte(weekHours: number, period: string, shrinkage: number): number {
  return weekHours * weeksOrMonth(period) * (1 - shrinkage);
}

function normaliseCountry(
  code: string,
  input: CountryInput,
  period: string,
  shifts: ScenarioInput['shifts'],
  report: Report,
): Country {
  const facts = countryFacts(code);
  const weekHours = facts?.week ?? DEFAULT_WEEK_HOURS;
  const languages: Record<string, LanguageSkill> = {};
  for (const [lang, skill] of Object.entries(input.languages)) {
    languages[lang] =
      typeof skill === 'number'
        ? { quality: skill, capacityHours: undefined }
        : { quality: skill.quality, capacityHours: skill.capacity_hours };
  }
  // An unknown period without hours_per_fte is reported by rules.ts; month keeps the value finite meanwhile.
  const shrinkage = input.shrinkage ?? DEFAULT_SHRINKAGE;
  const derived = defaultHoursPerFte(weekHours, period, shrinkage);
  return {
    code,
    name: input.label ?? facts?.en ?? code,
    nameFr: input.label ?? facts?.fr ?? code,
    label: input.label,
    description: input.description,
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
    shrinkage,
    fixedCost: input.fixed_cost ?? 0,
    minHours: input.min_hours,
    open: input.open,
    risk: input.risk,
    time: countryTime(code, input, report),
    shifts: shiftRules(code, shifts, input.shifts, report),
  };
}

/** Hours derived from contacts are held to the limit written hours have. */
function derivedHours(id: string, hours: number, report: Report): number {
  if (hours > LIMITS.hours)
    report(
      ['activities', id, 'contacts'],
      `these contacts need ${limitText(hours)} hours per period, above the limit of ${limitText(LIMITS.hours)} (see Limits in docs/scenario.md)`,
    );
  if (hours < LIMITS.minHours)
    report(
      ['activities', id, 'contacts'],
      `these contacts need ${hours} hours per period, below the ${LIMITS.minHours} an activity needs at least (see Limits in docs/scenario.md)`,
    );
  return hours;
}

function normaliseActivity(
  id: string,
  input: ActivityInput,
  report: Report,
  time: ScenarioTime,
  period: string,
): Activity {
  const contacts = contactsOf(id, input, report);
  const coverage = coverageOf(id, input, report) ?? (contacts?.queued ? defaultContactCoverage() : undefined);
  return {
    id,
    label: input.label,
    description: input.description,
    language: input.language,
    hours:
      input.hours ??
      (contacts ? derivedHours(id, contactHours(id, contacts, coverage, time, period, report), report) : 0),
    contacts,
    data: input.data ?? 'personal',
    minQuality: input.min_quality,
    maxShare: input.max_share,
    minHomeShare: input.min_home_share,
    allowList: input.countries,
    minCountries: input.min_countries,
    minCountryShare: input.min_country_share ?? DEFAULT_MIN_COUNTRY_SHARE,
    coverage,
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
    diagnostics.push({
      file: pos.file ?? source.file,
      line: pos.line,
      col: pos.col,
      path: pathKey(path),
      message,
      severity: 'error',
    });
  };
  const period = input.period ?? 'month';
  const home = input.home ?? 'FR';
  const time = scenarioTime(input, home, report);
  const scenario: Scenario = {
    name: input.name,
    currency: input.currency ?? 'EUR',
    home,
    period,
    shrinkage: DEFAULT_SHRINKAGE,
    countries: Object.entries(input.countries).map(([code, c]) =>
      normaliseCountry(code, c, period, input.shifts, report),
    ),
    activities: Object.entries(input.activities).map(([id, a]) => normaliseActivity(id, a, report, time, period)),
    maxCountries: input.max_countries,
    rotaGap: typeof input.shifts === 'object' ? (input.shifts.mip_gap ?? DEFAULT_ROTA_GAP) : DEFAULT_ROTA_GAP,
    // A rota when the scenario or a country writes shift rules; each hour on its own otherwise.
    staffing:
      (input.shifts !== undefined && input.shifts !== 'none') ||
      Object.values(input.countries).some((c) => c.shifts !== undefined)
        ? 'rota'
        : 'hourly',
    globalRules: normaliseGlobalRules(input.rules),
    bid: normaliseBid(input.bid),
    esg: normaliseEsg(input.esg, Object.keys(input.countries), period),
    horizon: input.horizon === undefined ? undefined : normaliseHorizon(input.horizon, Object.keys(input.countries)),
    time,
    expect: input.expect,
    source,
  };
  return { scenario, diagnostics };
}
