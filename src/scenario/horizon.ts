import type { FieldPath } from './path.js';
import type { HorizonInput, WorkforceInput } from './horizonSchema.js';
import type { Scenario } from './types.js';
import { didYouMean } from './suggest.js';
import { weeksPerPeriod } from './countryTable.js';

/** Workforce terms of one pool of agents (a country's provider staff, or the in-house team). */
export type Workforce = {
  /** Most new agents starting in one month (Infinity: no limit). */
  readonly hiringPerMonth: number;
  readonly leadMonths: number;
  readonly hireCost: number;
  /** Productivity of a new agent in its first months (empty: fully productive at once). */
  readonly ramp: readonly number[];
  /** Share of agents leaving each month. */
  readonly attrition: number;
  /** Yearly wage inflation, applied at each anniversary of the start. */
  readonly wageInflation: number;
  readonly openingCost: number;
  readonly exitCost: number;
  readonly transferCost: number;
  readonly releaseCost: number;
  readonly canRelease: boolean;
  /** Currency the pool is paid in (undefined: the scenario's). */
  readonly currency: string | undefined;
};

/** A currency's rate against the scenario's currency, and how it moves (docs/roadmap.md, "Currencies"). */
export type Currency = {
  /** Units of the currency for one unit of the scenario's currency at the start. */
  readonly rate: number;
  /** Yearly change of its value, compounded monthly. */
  readonly drift: number;
  /** Change of its value from the first month (a sensitivity). */
  readonly shock: number;
};

export type VolumeIndex = {
  readonly seasonality: readonly number[] | undefined;
  readonly growth: number;
  readonly monthly: readonly number[] | undefined;
};

export type InHouse = Workforce & {
  readonly country: string;
  readonly costPerHour: number;
  /** Activity id → FTE today. */
  readonly fte: ReadonlyMap<string, number>;
};

/** A normalised horizon (docs/roadmap.md): every default filled in. */
export type Horizon = {
  /** First month, as year and month (1–12). */
  readonly startYear: number;
  readonly startMonth: number;
  readonly months: number;
  readonly discountRate: number;
  /** Activity id → how its volume changes. */
  readonly volumes: ReadonlyMap<string, VolumeIndex>;
  /** Activity id → country → provider FTE today. */
  readonly current: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly inHouse: InHouse | undefined;
  /** Country code → workforce terms (the defaults when the country is not listed). */
  readonly countries: ReadonlyMap<string, Workforce>;
  /** Currency code → its rate against the scenario's currency. */
  readonly currencies: ReadonlyMap<string, Currency>;
};

export const DEFAULT_HORIZON_MONTHS = 36;
export const DEFAULT_DISCOUNT_RATE = 0.08;
export const DEFAULT_START = '2027-01';

export function workforceOf(w: WorkforceInput | undefined): Workforce {
  return {
    hiringPerMonth: w?.hiring_per_month ?? Infinity,
    leadMonths: w?.lead_months ?? 0,
    hireCost: w?.hire_cost ?? 0,
    ramp: w?.ramp ?? [],
    attrition: w?.attrition ?? 0,
    wageInflation: w?.wage_inflation ?? 0,
    openingCost: w?.opening_cost ?? 0,
    exitCost: w?.exit_cost ?? 0,
    transferCost: w?.transfer_cost ?? 0,
    releaseCost: w?.release_cost ?? 0,
    canRelease: w?.can_release ?? true,
    currency: w?.currency,
  };
}

/** Fill the horizon's defaults (the schema has checked the shapes; rules below compare names). */
export function normaliseHorizon(input: HorizonInput, countryCodes: readonly string[]): Horizon {
  const [year = '2027', month = '01'] = (input.start ?? DEFAULT_START).split('-');
  const volumes = new Map(
    Object.entries(input.volumes ?? {}).map(([id, v]) => [
      id,
      { seasonality: v.seasonality, growth: v.growth ?? 0, monthly: v.monthly },
    ]),
  );
  const current = new Map(Object.entries(input.current ?? {}).map(([id, m]) => [id, new Map(Object.entries(m))]));
  const ih = input.in_house;
  return {
    startYear: Number(year),
    startMonth: Number(month),
    months: input.months ?? DEFAULT_HORIZON_MONTHS,
    discountRate: input.discount_rate ?? DEFAULT_DISCOUNT_RATE,
    volumes,
    current,
    inHouse:
      ih === undefined
        ? undefined
        : {
            ...workforceOf(ih),
            country: ih.country,
            costPerHour: ih.cost_per_hour,
            fte: new Map(Object.entries(ih.fte)),
          },
    currencies: new Map(
      Object.entries(input.currencies ?? {}).map(([code, c]) => [
        code,
        { rate: c.rate, drift: c.drift ?? 0, shock: c.shock ?? 0 },
      ]),
    ),
    // The scenario's countries, and any other written (reported by checkHorizon).
    countries: new Map(
      [...new Set([...countryCodes, ...Object.keys(input.countries ?? {})])].map((code) => [
        code,
        workforceOf(input.countries?.[code]),
      ]),
    ),
  };
}

type Report = (path: FieldPath, message: string) => void;

/** The horizon's rules that compare it with the rest of the scenario, each located in the file. */
export function checkHorizon(s: Scenario, report: Report): void {
  const h = s.horizon;
  if (h === undefined) return;
  const activities = s.activities.map((a) => a.id);
  const countries = s.countries.map((c) => c.code);
  const activity = (id: string, path: FieldPath): void => {
    if (!activities.includes(id)) report(path, `activity "${id}" is not in activities${didYouMean(id, activities)}`);
  };
  const country = (code: string, path: FieldPath): void => {
    if (!countries.includes(code)) report(path, `country "${code}" is not in countries${didYouMean(code, countries)}`);
  };
  if (weeksPerPeriod(s.period) === undefined)
    report(
      ['period'],
      `a horizon plans month by month: period must be week, month, quarter or year to turn "${s.period}" into months`,
    );
  for (const [id, v] of h.volumes) {
    activity(id, ['horizon', 'volumes', id]);
    if (
      v.monthly !== undefined &&
      (v.seasonality !== undefined || s.source.positions.has(JSON.stringify(['horizon', 'volumes', id, 'growth'])))
    ) {
      report(
        ['horizon', 'volumes', id, 'monthly'],
        'give either monthly (an index for each month) or seasonality and growth, not both',
      );
    }
  }
  for (const [id, byCountry] of h.current) {
    activity(id, ['horizon', 'current', id]);
    for (const code of byCountry.keys()) country(code, ['horizon', 'current', id, code]);
  }
  for (const code of h.countries.keys())
    if (!countries.includes(code))
      report(['horizon', 'countries', code], `country "${code}" is not in countries${didYouMean(code, countries)}`);
  const written = (path: FieldPath): boolean => s.source.positions.has(JSON.stringify(path));
  if (h.inHouse !== undefined) {
    country(h.inHouse.country, ['horizon', 'in_house', 'country']);
    for (const id of h.inHouse.fte.keys()) activity(id, ['horizon', 'in_house', 'fte', id]);
  }
  checkCurrencies(s, h, report);
  for (const [code, w] of h.countries) {
    if (w.leadMonths >= h.months && w.hiringPerMonth > 0 && written(['horizon', 'countries', code, 'lead_months'])) {
      report(
        ['horizon', 'countries', code, 'lead_months'],
        `a lead time of ${w.leadMonths} months is the whole horizon of ${h.months}: no agent could start in ${code}`,
      );
    }
  }
}

/** Each pool's currency has a rate; the scenario's own currency needs none. */
function checkCurrencies(s: Scenario, h: Horizon, report: Report): void {
  const known = [...h.currencies.keys()];
  const paid = (w: Workforce, path: FieldPath): void => {
    if (w.currency === undefined || w.currency === s.currency || h.currencies.has(w.currency)) return;
    report(
      path,
      `currency "${w.currency}" has no exchange rate: add horizon.currencies.${w.currency}.rate (units of ${w.currency} for 1 ${s.currency})${didYouMean(w.currency, known)}`,
    );
  };
  for (const [code, w] of h.countries) paid(w, ['horizon', 'countries', code, 'currency']);
  if (h.inHouse !== undefined) paid(h.inHouse, ['horizon', 'in_house', 'currency']);
  const own = h.currencies.get(s.currency);
  if (own !== undefined && (own.rate !== 1 || own.drift !== 0 || own.shock !== 0))
    report(
      ['horizon', 'currencies', s.currency],
      `${s.currency} is the scenario's currency: its rate is 1 and it does not move against itself`,
    );
}
