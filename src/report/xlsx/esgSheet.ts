import type { Plan } from '../../plan/types.js';
import { PLACES, round } from '../format.js';
import { FMT, bold, header, number, sumOf, text, type SheetSpec, type XCell, type XRow } from './cells.js';
import { FIRST, hours } from './planSheets.js';
import type { XlsxWords } from '../i18n/xlsx.js';

/** tCO2e and kgCO2e per hour to the gram: the JSON's 6 decimals, shown with 3. */
const tonnes = (v: number | undefined): XCell => number(v === undefined ? undefined : round(v, 6), FMT.quality);
const share = (v: number): XCell => number(round(v, 4), FMT.share);

/**
 * The plan's ESG figures (scenarios with `esg`): one row per country as the table's ESG section,
 * a total line of SUMs, then the rules' figures (cap, carbon price, social clause) as label/value rows.
 */
export function esgSheet(p: Plan, w: XlsxWords): SheetSpec | undefined {
  const e = p.esg;
  if (!e) return undefined;
  const head = [
    w.l('Country'),
    w.l('Hours'),
    w.l('Telework hours'),
    w.l('Telework share'),
    w.l('kgCO2e per hour'),
    `${w.l('tCO2e')} ${w.per(p.period)}`,
    w.l('tCO2e per year'),
  ];
  const rows: XRow[] = e.countries.map((c) => [
    text(c.country),
    hours(c.hours),
    hours(c.teleworkHours),
    share(c.teleworkShare),
    tonnes(c.kgPerHour),
    tonnes(c.tonnes),
    tonnes(c.tonnesPerYear),
  ]);
  const carbon = e.carbon !== undefined;
  const total: XRow = [
    bold(w.l('Total')),
    sumOf(rows, 1, FIRST, FMT.hours),
    sumOf(rows, 2, FIRST, FMT.hours),
    share(e.teleworkShare),
    null,
    carbon ? sumOf(rows, 5, FIRST, FMT.quality) : null,
    carbon && e.carbon?.tonnesPerYear !== undefined ? sumOf(rows, 6, FIRST, FMT.quality) : null,
  ];
  const money = (v: number): XCell => number(round(v, PLACES.cost), FMT.money);
  const facts: XRow[] = [];
  const c = e.carbon;
  if (c?.cap)
    facts.push(
      [text(`${w.l('Carbon cap, tCO2e')} ${w.per(c.cap.per)}`), number(c.cap.tonnes, FMT.general)],
      [text(`${w.l('Carbon cap, tCO2e')} ${w.per(p.period)}`), tonnes(c.cap.perPeriod)],
    );
  if (c?.price !== undefined) {
    facts.push(
      [text(`${w.l('Carbon price,')} ${p.currency} ${w.l('per tCO2e')}`), money(c.price)],
      [text(`${w.l('Carbon cost')} ${p.currency}`), money(c.carbonCost)],
      [text(`${w.l('Cost without carbon')} ${p.currency}`), money(p.totalCost)],
      [text(`${w.l('Cost with carbon')} ${p.currency}`), money(c.costWithCarbon)],
    );
  }
  if (e.social)
    facts.push(
      [text(w.l('Social clause: share of all hours')), share(e.social.minShare)],
      [text(`${w.l('Social clause: hours in insertion in')} ${p.home}`), hours(e.social.hours)],
    );
  return {
    name: w.l('ESG'),
    rows: [header(head), ...rows, total, ...(facts.length > 0 ? [[], ...facts] : [])],
    widths: [34, 11, 14, 14, 15, 16, 15],
  };
}
