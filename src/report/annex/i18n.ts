import type { ANNEX_LANGS } from '../formatNames.js';
import type { LegalBasis } from '../../scenario/residency.js';
import type { DataClass } from '../../scenario/types.js';
import { EN } from './i18n.en.js';
import { FR } from './i18n.fr.js';
import type { HomeReason } from '../../plan/homeReasons.js';

/** Languages the annex is written in (formatNames.ts's ANNEX_LANGS). Add one: a table like i18n.fr.ts and an entry in TABLES. */
export type Lang = (typeof ANNEX_LANGS)[number];

export type SectionHeadings = {
  readonly summary: string;
  readonly allocation: string;
  readonly countries: string;
  readonly coverage: string;
  readonly dataProtection: string;
  readonly quality: string;
  readonly assumptions: string;
};

/** Every word the annex prints, for one language. Numbers come in already formatted. */
export type Messages = {
  /** BCP 47 tag for Intl, <html lang> and Word's proofing language. */
  readonly tag: string;
  readonly title: string;
  readonly dateLine: (date: string) => string;
  readonly periodNoun: (period: string) => string;
  readonly perPeriod: (period: string) => string;
  readonly headings: SectionHeadings;
  readonly countryName: (c: { readonly nameEn: string; readonly nameFr: string; readonly code: string }) => string;
  readonly languageName: (code: string) => string;
  readonly and: string;
  /** Between a name and what follows it: "\u00a0: " in French, ": " in English. */
  readonly colon: string;
  readonly fte: string;
  readonly hourUnit: string;
  // Column heads
  readonly activity: string;
  readonly country: string;
  readonly hours: string;
  readonly price: string;
  readonly share: string;
  readonly sites: string;
  readonly rate: string;
  readonly total: string;
  readonly subtotal: string;
  /** Allocation lines that are not hours of an activity: fixed site costs, whole FTEs rounded up. */
  readonly workTotal: string;
  readonly siteCosts: string;
  // Summary
  readonly figTotal: string;
  readonly figYear: (amount: string) => string;
  readonly figSaving: (home: string) => string;
  readonly figSavingNotional: (home: string) => string;
  readonly figFte: string;
  readonly figSites: string;
  readonly spread: (hours: string, per: string, fte: string, sites: number, countries: string) => string;
  readonly savingFeasible: (home: string, homeCost: string, saving: string, pct: string, per: string) => string;
  readonly noSaving: (home: string, homeCost: string) => string;
  readonly homeImpossible: (home: string) => string;
  readonly notional: (home: string, cost: string, saving: string, pct: string, per: string) => string;
  readonly noComparison: (home: string) => string;
  readonly homeReason: (r: HomeReason, f: Formatters) => string;
  /**
   * How the optimum was proven: a dual bound (LP), or branch and bound for whole-number choices
   * (MILP); `scope` says what the proof covers with contact queues (the staffing patterns searched).
   */
  readonly proven: (method: 'dual' | 'mip', scope: ProofScope) => string;
  /** Not proven: how far from the optimum the plan may be, when a bound says so. */
  readonly notProven: (gap: string | undefined, scope: ProofScope) => string;
  // Allocation and countries
  readonly allocationIntro: (per: string) => string;
  readonly countriesIntro: string;
  /** When a country's price also holds fixed site costs or paid hours not allocated. */
  readonly countriesIntroFixed: string;
  readonly chartCost: (currency: string, per: string) => string;
  readonly chartFte: string;
  // Coverage (opening hours)
  /** Mon…Sun, short, Monday first. */
  readonly days: readonly string[];
  /** Every hour of every day: "24 h/24, 7 j/7" / "24/7". */
  readonly allWeek: string;
  /** Between items of a list that already holds commas: " ; " / "; ". */
  readonly listSep: string;
  readonly coverageIntro: (timezone: string, week: string) => string;
  readonly openLabel: string;
  readonly daysLabel: string;
  readonly answeringLabel: string;
  /** "22:00–06:00 : Suriname". */
  readonly runText: (hours: string, who: string) => string;
  /** After the countries of a thin run, and in the legend: "fewer than one agent at once". */
  readonly thin: (agents: string) => string;
  readonly nobody: string;
  /** "3,2 agents". */
  readonly agents: (n: number, f: Formatters) => string;
  readonly heatCaption: (activity: string, open: string) => string;
  /** Tooltip of one hour of the heat-map. */
  readonly cellTitle: (day: string, hours: string, who: string) => string;
  readonly legendShared: string;
  readonly legendClosed: string;
  /** Where cells hold country codes (DOCX): "SR+RO" read most agents first; grey is closed. */
  readonly legendCodes: (example: string) => string;
  readonly legendClosedGrey: string;
  readonly legendNobody: string;
  readonly premiumsPaid: (total: string, per: string, pct: string, byCountry: string) => string;
  readonly noPremiums: string;
  // Data protection
  readonly dataIntro: string;
  readonly dataClassLabel: string;
  readonly legalBasisLabel: string;
  readonly dataClass: (d: DataClass) => string;
  readonly dataRule: (d: DataClass, home: string) => string;
  readonly rulesTitle: string;
  readonly basesTitle: string;
  readonly basisShort: (b: LegalBasis) => string;
  readonly basisLong: (b: LegalBasis) => string;
  // Quality
  readonly qualityIntro: string;
  readonly languageLabel: string;
  readonly floor: string;
  readonly planned: string;
  readonly margin: string;
  readonly pointUnit: string;
  readonly status: string;
  readonly met: string;
  readonly notMet: string;
  readonly noFloor: string;
  // Assumptions
  readonly assumptionsIntro: string;
  readonly weekLabel: string;
  readonly hoursPerFteLabel: (per: string) => string;
  readonly sourceLabel: string;
  readonly fromScenario: string;
  readonly fromDefault: (week: string, weeks: string, shrinkage: string) => string;
  readonly notUsed: string;
  readonly periodLine: (periodNoun: string, weeks: string | undefined) => string;
  readonly shrinkageLine: (pct: string) => string;
  readonly priceLine: (currency: string) => string;
  readonly priceLineFixed: (currency: string) => string;
  readonly fteLine: string;
  /** Internal edition: how the allocation was computed. */
  readonly optimisedLine: (method: 'lp' | 'mip') => string;
  // Assumptions, when some activity has coverage
  readonly timingTitle: string;
  readonly timingIntro: string;
  readonly timezoneLabel: string;
  readonly workingLabel: string;
  readonly nightLabel: string;
  readonly nightPremiumLabel: string;
  readonly sundayPremiumLabel: string;
  readonly timingLine: (week: string, timezone: string, weeks: string) => string;
};

/** What a proof of optimality covers when the plan has contact queues (numbers formatted). */
export type ProofScope = {
  readonly queues: 'per_interval' | 'period_average' | undefined;
  readonly patterns: { readonly kept: string; readonly inPlay: string; readonly total: string } | undefined;
};

/** Number and date formatting for one language (Intl: fr-FR groups with a narrow no-break space). */
export type Formatters = {
  num(n: number, decimals: number): string;
  money(n: number): string;
  percent(share: number, decimals?: number): string;
  hours(n: number): string;
  fte(n: number): string;
  date(isoDay: string): string;
  /** The currency as a column head shows it: € for EUR, the label itself otherwise. */
  readonly currencyLabel: string;
};

const TABLES: Readonly<Record<Lang, Messages>> = { fr: FR, en: EN };

export function messages(lang: Lang): Messages {
  return TABLES[lang];
}

export function formatters(lang: Lang, currency: string): Formatters {
  const m = messages(lang);
  const numbers = new Map<number, Intl.NumberFormat>();
  const num = (n: number, decimals: number): string => {
    let f = numbers.get(decimals);
    if (!f)
      numbers.set(
        decimals,
        (f = new Intl.NumberFormat(m.tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })),
      );
    return f.format(Object.is(n, -0) || Math.abs(n) < 0.5 * 10 ** -decimals ? 0 : n);
  };
  // An ISO 4217 code gets the local symbol and placement (1 234,56 € / €1,234.56); any other label follows the number.
  const iso = /^[A-Z]{3}$/.test(currency);
  const cur = iso
    ? new Intl.NumberFormat(m.tag, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 })
    : undefined;
  const pct = (decimals: number): Intl.NumberFormat =>
    new Intl.NumberFormat(m.tag, {
      style: 'percent',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  const day = new Intl.DateTimeFormat(m.tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    num,
    money: (n) => (cur ? cur.format(Math.abs(n) < 0.005 ? 0 : n) : `${num(n, 2)}\u00a0${currency}`),
    percent: (share, decimals = 1) => pct(decimals).format(Math.abs(share) < 0.5 * 10 ** -(decimals + 2) ? 0 : share),
    hours: (n) => `${num(n, 0)}\u00a0${m.hourUnit}`,
    fte: (n) => `${num(n, 1)}\u00a0${m.fte}`,
    currencyLabel: cur ? (cur.formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency) : currency,
    date: (isoDay) => {
      const text = day.format(new Date(`${isoDay}T00:00:00Z`));
      // French writes the first day of a month as an ordinal: 1er mars 2027.
      return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
    },
  };
}

/** "a, b and c" in the annex language. */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}
