import { weeksPerPeriod } from './countryTable.js';
import { GRID_TABLE } from './esgGrid.js';
import type { EsgInput } from './esgSchema.js';
import type { FieldPath } from './path.js';
import { didYouMean } from './suggest.js';
import type { Scenario } from './types.js';

/** What one productive hour in a country emits, from its parts (undefined: not written, no default). */
export type CarbonFactors = {
  /** Grid intensity, gCO2e per kWh, and where it comes from. */
  readonly gridGPerKwh: number | undefined;
  readonly gridFrom: 'scenario' | 'table' | undefined;
  /** Year of the built-in figure (gridFrom 'table'). */
  readonly gridYear: number | undefined;
  readonly kwhSite: number | undefined;
  readonly kwhHome: number | undefined;
  readonly commuteKg: number | undefined;
};

/** The scenario's ESG section (top-level `esg`), normalised. */
export type Esg = {
  /** Carbon is asked for (esg.carbon, a cap or a price is written): every country then has complete factors. */
  readonly carbonAsked: boolean;
  /** Country code → factors (every country of the scenario). */
  readonly factors: Readonly<Record<string, CarbonFactors>>;
  /** Country codes written under esg.carbon.countries. */
  readonly carbonCountries: readonly string[];
  /** Country code → telework share (default 0), and activity id → country → share. */
  readonly telework: Readonly<Record<string, number>>;
  readonly teleworkByActivity: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** tonnes CO2e as written, and per scenario period (undefined when the period has no known length). */
  readonly carbonCap:
    { readonly tonnes: number; readonly per: 'year' | 'month'; readonly perPeriod: number | undefined } | undefined;
  /** Scenario currency per tonne CO2e. */
  readonly carbonPrice: number | undefined;
  readonly social: { readonly minShare: number; readonly insertionShareOfHome: number } | undefined;
};

export const carbonCapPath: FieldPath = ['esg', 'carbon_cap'];
export const socialPath: FieldPath = ['esg', 'social_clause', 'min_share'];

export function normaliseEsg(
  input: EsgInput | undefined,
  countries: readonly string[],
  period: string,
): Esg | undefined {
  if (input === undefined) return undefined;
  const c = input.carbon;
  const factors: Record<string, CarbonFactors> = {};
  for (const code of countries) {
    const own = c?.countries?.[code];
    const table = GRID_TABLE[code];
    const grid = own?.grid_g_per_kwh ?? table?.gPerKwh;
    const kwhSite = own?.kwh_per_workstation_hour ?? c?.kwh_per_workstation_hour;
    factors[code] = {
      gridGPerKwh: grid,
      gridFrom: own?.grid_g_per_kwh !== undefined ? 'scenario' : table ? 'table' : undefined,
      gridYear: own?.grid_g_per_kwh === undefined ? table?.year : undefined,
      kwhSite,
      kwhHome: own?.kwh_per_telework_hour ?? c?.kwh_per_telework_hour ?? kwhSite,
      commuteKg: own?.commute_kg_per_hour ?? c?.commute_kg_per_hour,
    };
  }
  const weeks = weeksPerPeriod(period);
  const cap = input.carbon_cap;
  return {
    carbonAsked: c !== undefined || cap !== undefined || input.carbon_price !== undefined,
    factors,
    carbonCountries: Object.keys(c?.countries ?? {}),
    telework: input.telework ?? {},
    teleworkByActivity: input.telework_by_activity ?? {},
    carbonCap:
      cap === undefined
        ? undefined
        : {
            tonnes: cap.tonnes,
            per: cap.per,
            perPeriod: weeks === undefined ? undefined : (cap.tonnes * weeks) / (cap.per === 'year' ? 52 : 52 / 12),
          },
    carbonPrice: input.carbon_price,
    social:
      input.social_clause === undefined
        ? undefined
        : {
            minShare: input.social_clause.min_share,
            insertionShareOfHome: input.social_clause.insertion_share_of_home ?? 1,
          },
  };
}

/** Share of an activity's hours in a country worked from home (0 without `esg`). */
export function teleworkShare(s: Scenario, activity: string, country: string): number {
  const e = s.esg;
  if (!e) return 0;
  return e.teleworkByActivity[activity]?.[country] ?? e.telework[country] ?? 0;
}

/** kgCO2e of one productive hour on site and from home in a country; undefined when a factor is missing. */
export function carbonParts(
  s: Scenario,
  country: string,
): { readonly site: number; readonly home: number } | undefined {
  const f = s.esg?.factors[country];
  if (
    !f ||
    f.gridGPerKwh === undefined ||
    f.kwhSite === undefined ||
    f.kwhHome === undefined ||
    f.commuteKg === undefined
  )
    return undefined;
  return { site: (f.gridGPerKwh * f.kwhSite) / 1000 + f.commuteKg, home: (f.gridGPerKwh * f.kwhHome) / 1000 };
}

/**
 * kgCO2e per productive hour of a country (of one activity, whose telework share may differ):
 * (1 − telework) × (grid × kWh per workstation hour + commuting) + telework × grid × kWh per
 * telework hour. Undefined when the scenario asks no carbon or a factor is missing. This is the
 * figure every carbon row, report and objective uses.
 */
export function carbonPerHour(s: Scenario, country: string, activity?: string): number | undefined {
  if (!s.esg?.carbonAsked) return undefined;
  const p = carbonParts(s, country);
  if (!p) return undefined;
  const t = activity === undefined ? (s.esg.telework[country] ?? 0) : teleworkShare(s, activity, country);
  return (1 - t) * p.site + t * p.home;
}

type Report = (path: FieldPath, message: string) => void;

/** Names that must exist, carbon factors that must be written, a cap that needs a period length. */
export function checkEsg(s: Scenario, report: Report): void {
  const e = s.esg;
  if (!e) return;
  const codes = s.countries.map((c) => c.code);
  const ids = s.activities.map((a) => a.id);
  const known = (path: FieldPath, code: string): void => {
    if (!codes.includes(code)) report(path, `country "${code}" is not in countries${didYouMean(code, codes)}`);
  };
  Object.keys(e.telework).forEach((code) => known(['esg', 'telework', code], code));
  for (const [id, byCountry] of Object.entries(e.teleworkByActivity)) {
    if (!ids.includes(id))
      report(['esg', 'telework_by_activity', id], `activity "${id}" is not in activities${didYouMean(id, ids)}`);
    Object.keys(byCountry).forEach((code) => known(['esg', 'telework_by_activity', id, code], code));
  }
  e.carbonCountries.forEach((code) => known(['esg', 'carbon', 'countries', code], code));
  if (e.carbonAsked) {
    const lacking = (has: (f: CarbonFactors | undefined) => boolean): string[] =>
      codes.filter((code) => !has(e.factors[code]));
    for (const code of lacking((f) => f?.gridGPerKwh !== undefined)) {
      report(
        ['esg', 'carbon', 'countries', code, 'grid_g_per_kwh'],
        `${code} has no built-in grid intensity (no sourced figure): write esg.carbon.countries.${code}.grid_g_per_kwh (gCO2e per kWh)`,
      );
    }
    const field = (name: string, has: (f: CarbonFactors | undefined) => boolean): void => {
      const missing = lacking(has);
      if (missing.length > 0)
        report(
          ['esg', 'carbon', name],
          `carbon needs ${name} (no built-in default) for ${missing.join(', ')}: write esg.carbon.${name}, or it per country under esg.carbon.countries`,
        );
    };
    field('kwh_per_workstation_hour', (f) => f?.kwhSite !== undefined);
    field('commute_kg_per_hour', (f) => f?.commuteKg !== undefined);
  }
  if (e.carbonCap && e.carbonCap.perPeriod === undefined) {
    report(
      [...carbonCapPath, 'per'],
      `period "${s.period}" has no known length, so a cap per ${e.carbonCap.per} cannot be converted: use period week, month, quarter or year`,
    );
  }
  if (e.social && !codes.includes(s.home))
    report(socialPath, `the social clause is delivered in the home country ${s.home}, which is not in countries`);
}
