import type { Plan } from '../../plan/types.js';
import { PLACES, round } from '../format.js';
import { FMT, bold, header, number, sumOf, text, type SheetSpec, type XCell, type XRow } from './cells.js';
import { FIRST, hours } from './planSheets.js';

/** tCO2e and kgCO2e per hour to the gram: the JSON's 6 decimals, shown with 3. */
const tonnes = (v: number | undefined): XCell => number(v === undefined ? undefined : round(v, 6), FMT.quality);
const share = (v: number): XCell => number(round(v, 4), FMT.share);

/**
 * The plan's ESG figures (scenarios with `esg`): one row per country as the table's ESG section,
 * a total line of SUMs, then the rules' figures (cap, carbon price, social clause) as label/value rows.
 */
export function esgSheet(p: Plan): SheetSpec | undefined {
  const e = p.esg;
  if (!e) return undefined;
  const head = [
    'Country',
    'Hours',
    'Telework hours',
    'Telework share',
    'kgCO2e per hour',
    `tCO2e per ${p.period}`,
    'tCO2e per year',
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
    bold('Total'),
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
      [text(`Carbon cap, tCO2e per ${c.cap.per}`), number(c.cap.tonnes, FMT.general)],
      [text(`Carbon cap, tCO2e per ${p.period}`), tonnes(c.cap.perPeriod)],
    );
  if (c?.price !== undefined) {
    facts.push(
      [text(`Carbon price, ${p.currency} per tCO2e`), money(c.price)],
      [text(`Carbon cost ${p.currency}`), money(c.carbonCost)],
      [text(`Cost without carbon ${p.currency}`), money(p.totalCost)],
      [text(`Cost with carbon ${p.currency}`), money(c.costWithCarbon)],
    );
  }
  if (e.social)
    facts.push(
      [text('Social clause: share of all hours'), share(e.social.minShare)],
      [text(`Social clause: hours in insertion in ${p.home}`), hours(e.social.hours)],
    );
  return {
    name: 'ESG',
    rows: [header(head), ...rows, total, ...(facts.length > 0 ? [[], ...facts] : [])],
    widths: [34, 11, 14, 14, 15, 16, 15],
  };
}
