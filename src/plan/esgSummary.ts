import { weeksPerPeriod } from '../scenario/countryTable.js';
import { carbonPerHour, teleworkShare } from '../scenario/esg.js';
import type { Scenario } from '../scenario/types.js';
import type { AllocationRow } from './types.js';

/** One country's ESG figures in a plan (productive hours only: idle paid hours carry no carbon). */
export type EsgCountry = {
  readonly country: string;
  readonly hours: number;
  /** Productive hours worked from home (in the same country: residency unchanged). */
  readonly teleworkHours: number;
  readonly teleworkShare: number;
  /** kgCO2e per productive hour, the country's mix of site and telework hours; undefined without carbon. */
  readonly kgPerHour: number | undefined;
  /** tCO2e per scenario period, and per year (undefined when the period has no known length). */
  readonly tonnes: number | undefined;
  readonly tonnesPerYear: number | undefined;
};

/** The plan's ESG section (only when the scenario writes `esg`). */
export type EsgSummary = {
  readonly countries: readonly EsgCountry[];
  readonly teleworkHours: number;
  readonly teleworkShare: number;
  /** Undefined when the scenario asks no carbon. */
  readonly carbon:
    | {
        readonly tonnes: number;
        readonly tonnesPerYear: number | undefined;
        /** The cap as written and per period. */
        readonly cap:
          { readonly tonnes: number; readonly per: 'year' | 'month'; readonly perPeriod: number } | undefined;
        /** Currency per tCO2e, and what the plan's carbon costs at that price per period (0 without a price). */
        readonly price: number | undefined;
        readonly carbonCost: number;
        /** totalCost (the money the plan costs, without the carbon price) + carbonCost: what the model minimised. */
        readonly costWithCarbon: number;
      }
    | undefined;
  /** Social clause: hours delivered by people in insertion in the home country (min_share × all hours). */
  readonly social:
    | {
        readonly minShare: number;
        readonly hours: number;
        readonly homeHours: number;
        readonly insertionShareOfHome: number;
      }
    | undefined;
};

/** What a plan's rows emit and how they are delivered, from the scenario's ESG figures. */
export function esgSummary(s: Scenario, rows: readonly AllocationRow[], totalCost: number): EsgSummary | undefined {
  const e = s.esg;
  if (!e) return undefined;
  const weeks = weeksPerPeriod(s.period);
  const perYear = (t: number): number | undefined => (weeks === undefined ? undefined : (t * 52) / weeks);
  const countries = s.countries.flatMap((c): EsgCountry[] => {
    const mine = rows.filter((r) => r.country === c.code && r.hours > 0);
    if (mine.length === 0) return [];
    const hours = mine.reduce((t, r) => t + r.hours, 0);
    const teleworkHours = mine.reduce((t, r) => t + r.hours * teleworkShare(s, r.activity, c.code), 0);
    const kg = mine.reduce<number | undefined>((t, r) => {
      const k = carbonPerHour(s, c.code, r.activity);
      return t === undefined || k === undefined ? undefined : t + r.hours * k;
    }, 0);
    const tonnes = kg === undefined ? undefined : kg / 1000;
    return [
      {
        country: c.code,
        hours,
        teleworkHours,
        teleworkShare: teleworkHours / hours,
        kgPerHour: kg === undefined ? undefined : kg / hours,
        tonnes,
        tonnesPerYear: tonnes === undefined ? undefined : perYear(tonnes),
      },
    ];
  });
  const hours = rows.reduce((t, r) => t + r.hours, 0);
  const teleworkHours = countries.reduce((t, c) => t + c.teleworkHours, 0);
  const tonnes = e.carbonAsked
    ? countries.reduce<number | undefined>(
        (t, c) => (t === undefined || c.tonnes === undefined ? undefined : t + c.tonnes),
        0,
      )
    : undefined;
  const carbonCost = tonnes === undefined ? 0 : (e.carbonPrice ?? 0) * tonnes;
  const cap =
    e.carbonCap?.perPeriod === undefined
      ? undefined
      : { tonnes: e.carbonCap.tonnes, per: e.carbonCap.per, perPeriod: e.carbonCap.perPeriod };
  return {
    countries,
    teleworkHours,
    teleworkShare: hours > 0 ? teleworkHours / hours : 0,
    carbon:
      tonnes === undefined
        ? undefined
        : {
            tonnes,
            tonnesPerYear: perYear(tonnes),
            cap,
            price: e.carbonPrice,
            carbonCost,
            costWithCarbon: totalCost + carbonCost,
          },
    social:
      e.social === undefined
        ? undefined
        : {
            minShare: e.social.minShare,
            hours: e.social.minShare * hours,
            insertionShareOfHome: e.social.insertionShareOfHome,
            homeHours: rows.reduce((t, r) => t + (r.country === s.home ? r.hours : 0), 0),
          },
  };
}
