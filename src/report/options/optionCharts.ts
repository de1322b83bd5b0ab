import type { AlternativesResult } from '../../options/types.js';
import type { ParetoResult } from '../../options/paretoTypes.js';
import type { Plan } from '../../plan/types.js';
import { countryColour } from '../annex/layoutCoverage.js';
import { axisTicks } from '../charts/chartFrame.js';
import type { FrontChart } from '../charts/frontSvg.js';
import type { SharesChart } from '../charts/sharesSvg.js';
import { money, num, percent, type Locale } from '../format.js';

/**
 * The pictures of `alternatives` and `pareto` as chart data, in English or French: the front
 * (cost against the other objective, knee ringed) and the country shares of each plan side by
 * side. The CLI's svg and html formats and the annex's internal edition draw the same charts.
 */
export type ChartLang = 'en' | 'fr';

type Unit = ParetoResult['objective']['unit'];

const OBJECTIVE_FR: Readonly<Record<string, string>> = {
  'home-share': 'part onshore',
  quality: 'qualité de l’activité la plus faible',
  countries: 'pays utilisés',
  risk: 'risque pays moyen',
  carbon: 'tCO2e par an',
};

const PERIOD_FR: Readonly<Record<string, string>> = {
  week: 'semaine',
  month: 'mois',
  quarter: 'trimestre',
  year: 'an',
};

const WORDS = {
  en: {
    better: (sense: 'max' | 'min') => (sense === 'max' ? 'more is better' : 'less is better'),
    front: (label: string) => `Cost against ${label}`,
    shares: 'Share of the hours by country along the front',
    alternatives: (slack: string) => `Share of the hours by country: the optimum and its alternatives within ${slack}`,
    cost: (currency: string, period: string) => `cost ${currency} per ${period}`,
    knee: 'knee',
    optimum: 'Optimum',
    alternative: (k: number) => `Alternative ${k}`,
    point: (k: number, knee: boolean) => `Point ${k}${knee ? ' (knee)' : ''}`,
    countries: (k: number) => `${k} ${k === 1 ? 'country' : 'countries'}`,
    moved: (share: string) => `${share} moved`,
  },
  fr: {
    better: (sense: 'max' | 'min') => (sense === 'max' ? 'plus est mieux' : 'moins est mieux'),
    front: (label: string) => `Coût selon ${label}`,
    shares: 'Répartition des heures par pays le long du front',
    alternatives: (slack: string) => `Répartition des heures par pays : l’optimum et ses variantes à ${slack} près`,
    cost: (currency: string, period: string) => `coût ${currency} par ${PERIOD_FR[period] ?? period}`,
    knee: 'coude',
    optimum: 'Optimum',
    alternative: (k: number) => `Variante ${k}`,
    point: (k: number, knee: boolean) => `Point ${k}${knee ? ' (coude)' : ''}`,
    countries: (k: number) => `${k} pays`,
    moved: (share: string) => `${share} déplacé`,
  },
} as const;

/** The objective's name for people, in the language asked. */
export const objectiveLabel = (r: ParetoResult, lang: ChartLang): string =>
  lang === 'fr' ? (OBJECTIVE_FR[r.objective.id] ?? r.objective.label) : r.objective.label;

/** An objective's value as people read it: a share in percent, a score, an index, a count. */
export function objectiveText(unit: Unit, v: number, locale: Locale): string {
  if (unit === 'share') return percent(v, locale, Math.abs(v * 100 - Math.round(v * 100)) < 1e-9 ? 0 : 1);
  if (unit === 'score') return num(v, 3, locale);
  if (unit === 'index') return num(v, 1, locale);
  return String(Math.round(v));
}

/** Share of each country in a plan's hours, countries without hours left out. */
function partsOf(p: Plan): { key: string; share: number }[] {
  return p.countries
    .filter((c) => c.hours > 0)
    .map((c) => ({ key: c.country, share: p.totalHours > 0 ? c.hours / p.totalHours : 0 }));
}

/** The legend: every country with hours in some plan, in the order of the first plan's table, one colour each. */
function legendOf(plans: readonly Plan[], label: (code: string) => string): SharesChart['legend'] {
  const codes: string[] = [];
  for (const p of plans)
    for (const c of p.countries) if (c.hours > 0 && !codes.includes(c.country)) codes.push(c.country);
  return codes.map((code, i) => ({ key: code, label: label(code), color: countryColour(i) }));
}

export function frontChart(r: ParetoResult, lang: ChartLang, locale: Locale): FrontChart {
  const w = WORDS[lang];
  const label = objectiveLabel(r, lang);
  const unit = r.objective.unit;
  const xs = r.points.map((p) => p.value);
  const ys = r.points.map((p) => p.plan.totalCost);
  return {
    title: w.front(label),
    xLabel: `${label} (${w.better(r.objective.sense)})`,
    yLabel: w.cost(r.currency, r.period),
    points: r.points.map((p, k) => ({
      x: p.value,
      y: p.plan.totalCost,
      label: String(k + 1),
      tip: `${k + 1}. ${objectiveText(unit, p.value, locale)}: ${money(p.plan.totalCost, r.currency, locale)}`,
    })),
    knee: r.knee,
    kneeText: w.knee,
    xTicks: axisTicks(xs, (v) => objectiveText(unit, v, locale), unit === 'count'),
    yTicks: axisTicks(ys, (v) => num(v, 0, locale)),
  };
}

/** How much dearer than the first plan, as "+1.2%" ("—" for the first). */
const above = (cost: number, base: number, locale: Locale, first: boolean): string =>
  first ? '—' : `+${percent(base > 0 ? (cost - base) / base : 0, locale, 1)}`;

export function frontSharesChart(
  r: ParetoResult,
  lang: ChartLang,
  locale: Locale,
  country: (code: string) => string,
): SharesChart {
  const w = WORDS[lang];
  const base = r.points[0]?.plan.totalCost ?? 0;
  return {
    title: w.shares,
    rows: r.points.map((p, k) => ({
      label: `${w.point(k + 1, k === r.knee)}`,
      note: `${objectiveText(r.objective.unit, p.value, locale)} · ${above(p.plan.totalCost, base, locale, k === 0)}`,
      parts: partsOf(p.plan),
    })),
    legend: legendOf(
      r.points.map((p) => p.plan),
      country,
    ),
  };
}

export function alternativesChart(
  r: AlternativesResult,
  lang: ChartLang,
  locale: Locale,
  country: (code: string) => string,
): SharesChart {
  const w = WORDS[lang];
  const count = (p: Plan): number => p.countries.filter((c) => c.hours > 0).length;
  return {
    title: w.alternatives(percent(r.slack, locale, r.slack * 100 === Math.round(r.slack * 100) ? 0 : 1)),
    rows: [
      { label: w.optimum, note: w.countries(count(r.optimum)), parts: partsOf(r.optimum) },
      ...r.alternatives.map((a) => ({
        label: w.alternative(a.rank),
        // The share of the hours moved tells apart alternatives whose country totals look alike.
        note: `${above(a.plan.totalCost, r.optimum.totalCost, locale, false)} · ${w.moved(percent(a.difference.moved, locale, 0))}`,
        parts: partsOf(a.plan),
      })),
    ],
    legend: legendOf([r.optimum, ...r.alternatives.map((a) => a.plan)], country),
  };
}
