import type { Plan } from '../../plan/types.js';
import { money, num, percent, PLACES, round, type Locale } from '../format.js';
import type { Section } from './planSections.js';
import { planWords } from '../i18n/plan.js';

/** tCO2e are printed to the kilogram. */
const T = 3;

/** ESG by country: hours, telework share, kgCO2e per hour, tCO2e per period and per year. */
export function esgSection(p: Plan, locale: Locale): Section | undefined {
  const e = p.esg;
  if (!e) return undefined;
  const w = planWords(locale);
  const carbon = e.carbon !== undefined;
  const cell = (v: number | undefined, d: number): string => (v === undefined ? '—' : num(v, d, locale));
  const rows = e.countries.map((c) => [
    c.country,
    num(c.hours, 0, locale),
    percent(c.teleworkShare, locale),
    ...(carbon ? [cell(c.kgPerHour, 3), cell(c.tonnes, T), cell(c.tonnesPerYear, T)] : []),
  ]);
  const total = [
    w.total,
    num(
      e.countries.reduce((t, c) => t + c.hours, 0),
      0,
      locale,
    ),
    percent(e.teleworkShare, locale),
    ...(e.carbon ? ['', num(e.carbon.tonnes, T, locale), cell(e.carbon.tonnesPerYear, T)] : []),
  ];
  const head = [w.country, w.hours, w.telework, ...(carbon ? ['kgCO2e/h', w.tonnesPer(p.period), w.tonnesYear] : [])];
  return {
    title: w.esgTitle(p.period),
    head,
    rows: [...rows, total],
    numeric: head.map((_, i) => i).filter((i) => i > 0),
    total: true,
  };
}

/** The carbon cap, the cost with and without the carbon price, the social clause, in sentences. */
export function esgLines(p: Plan, locale: Locale): string[] {
  const e = p.esg;
  if (!e) return [];
  const w = planWords(locale);
  const out: string[] = [];
  const c = e.carbon;
  if (c?.cap)
    out.push(
      w.carbonCap(
        num(c.tonnes, T, locale),
        p.period,
        num(c.cap.perPeriod, T, locale),
        num(c.cap.tonnes, T, locale),
        c.cap.per,
      ),
    );
  if (c?.price !== undefined) {
    out.push(
      w.carbonPrice(
        money(c.price, p.currency, locale),
        money(p.totalCost, p.currency, locale),
        money(c.carbonCost, p.currency, locale),
        money(c.costWithCarbon, p.currency, locale),
        p.period,
      ),
    );
  }
  const s = e.social;
  if (s)
    out.push(
      w.social(num(s.hours, 0, locale), p.period, percent(s.minShare, locale), p.home, num(s.homeHours, 0, locale)),
    );
  return out;
}

/** The plan's `esg` JSON object (docs/output.md). */
export function esgJson(p: Plan): Record<string, unknown> | undefined {
  const e = p.esg;
  if (!e) return undefined;
  const t = (v: number | undefined): number | null => (v === undefined ? null : round(v, 6));
  const c = e.carbon;
  return {
    telework_hours: round(e.teleworkHours, PLACES.hours),
    telework_share: round(e.teleworkShare, 4),
    countries: e.countries.map((k) => ({
      country: k.country,
      hours: round(k.hours, PLACES.hours),
      telework_hours: round(k.teleworkHours, PLACES.hours),
      telework_share: round(k.teleworkShare, 4),
      kg_co2e_per_hour: t(k.kgPerHour),
      t_co2e: t(k.tonnes),
      t_co2e_per_year: t(k.tonnesPerYear),
    })),
    carbon:
      c === undefined
        ? null
        : {
            t_co2e: t(c.tonnes),
            t_co2e_per_year: t(c.tonnesPerYear),
            cap:
              c.cap === undefined
                ? null
                : { tonnes: c.cap.tonnes, per: c.cap.per, t_co2e_per_period: t(c.cap.perPeriod) },
            price_per_t: c.price ?? null,
            carbon_cost: round(c.carbonCost, PLACES.cost),
            cost_without_carbon: round(p.totalCost, PLACES.cost),
            cost_with_carbon: round(c.costWithCarbon, PLACES.cost),
          },
    social_clause:
      e.social === undefined
        ? null
        : {
            min_share: e.social.minShare,
            hours: round(e.social.hours, PLACES.hours),
            home_hours: round(e.social.homeHours, PLACES.hours),
            insertion_share_of_home: e.social.insertionShareOfHome,
          },
  };
}
