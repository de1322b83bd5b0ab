import type { Plan } from '../../plan/types.js';
import { PLACES, round } from '../format.js';
import type { XlsxWords } from '../i18n/xlsx.js';
import { FMT, bold, header, number, ratio, sumOf, text, valueOf, type SheetSpec, type XRow } from './cells.js';

/**
 * The plan's tables as sheets. Data rows start at sheet row 2 (row 1 is the header); a total
 * row sums its column with a formula, so a reviewer who edits a cell sees the total follow.
 */
export const FIRST = 2;

export const money = (v: number) => number(round(v, PLACES.cost), FMT.money);
export const hours = (v: number) => number(round(v, PLACES.hours), FMT.hours);
export const fte = (v: number) => number(round(v, PLACES.fte), FMT.fte);
const quality = (v: number) => number(round(v, PLACES.quality), FMT.quality);

/** Sheet row of the total line under `n` data rows. */
export const totalRow = (n: number): number => FIRST + n;

/** Columns of the Allocation sheet that the Summary sheet points at. */
export const ALLOCATION = { hours: 2, fte: 3, cost: 4 } as const;

export function allocationSheet(p: Plan, w: XlsxWords): SheetSpec {
  const premium = p.week !== undefined;
  const head = [
    w.l('Activity'),
    w.l('Country'),
    w.l('Hours'),
    w.l('FTE'),
    `${w.l('Cost')} ${p.currency}`,
    ...(premium ? [`${w.l('of which premiums')} ${p.currency}`] : []),
    w.l('Quality'),
    w.l('Legal basis'),
  ];
  const rows: XRow[] = p.allocation.map((r) => [
    text(r.activity),
    text(r.country),
    hours(r.hours),
    fte(r.fte),
    money(r.cost),
    ...(premium ? [money(r.premiumCost)] : []),
    quality(r.quality),
    text(w.basis(r.basis)),
  ]);
  const formats = [FMT.hours, FMT.fte, FMT.money, FMT.money];
  const total: XRow = head.map((_, i) =>
    i === 0
      ? bold(w.l('Total'))
      : i >= 2 && i < (premium ? 6 : 5)
        ? sumOf(rows, i, FIRST, formats[i - 2] ?? FMT.money)
        : null,
  );
  return {
    name: w.l('Allocation'),
    rows: [header(head), ...rows, total],
    widths: [22, 9, 11, 9, 14, ...(premium ? [14] : []), 9, 18],
  };
}

export function countrySheet(p: Plan, w: XlsxWords): SheetSpec {
  const head = [
    w.l('Country'),
    w.l('Name'),
    `${p.currency}/h`,
    w.l('Hours'),
    w.l(p.wholeFte ? 'FTE (whole)' : 'FTE'),
    `${w.l('Fixed')} ${p.currency}`,
    `${w.l('Cost')} ${p.currency}`,
    w.l('Share of cost'),
    w.l('Idle paid hours'),
  ];
  const tot = totalRow(p.countries.length);
  const data: XRow[] = p.countries.map((c) => [
    text(c.country),
    text(c.name),
    number(round(c.costPerHour, PLACES.cost), FMT.money),
    hours(c.hours),
    fte(c.fte),
    money(c.fixedCost),
    money(c.cost),
    null,
    hours(c.idleHours),
  ]);
  const cost = sumOf(data, 6, FIRST, FMT.money);
  // Share of cost: each country's cost over the total line's (G2/G$total).
  const rows = data.map((r, i): XRow =>
    r.map((c, k) => (k === 7 ? ratio(`G${FIRST + i}`, `G$${tot}`, valueOf(r[6]), valueOf(cost), FMT.share) : c)),
  );
  const total: XRow = [
    bold(w.l('Total')),
    null,
    null,
    sumOf(rows, 3, FIRST, FMT.hours),
    sumOf(rows, 4, FIRST, FMT.fte),
    sumOf(rows, 5, FIRST, FMT.money),
    cost,
    sumOf(rows, 7, FIRST, FMT.share),
    sumOf(rows, 8, FIRST, FMT.hours),
  ];
  return { name: w.l('Countries'), rows: [header(head), ...rows, total], widths: [9, 18, 10, 11, 11, 12, 14, 13, 15] };
}

export function activitySheet(p: Plan, w: XlsxWords): SheetSpec {
  const head = [
    w.l('Activity'),
    w.l('Language'),
    w.l('Data'),
    w.l('Hours'),
    w.l('FTE'),
    `${w.l('Cost')} ${p.currency}`,
    `${p.currency}/h`,
    w.l('Quality'),
    w.l('Quality floor'),
  ];
  const rows: XRow[] = p.activities.map((a, i) => {
    const at = FIRST + i;
    const h = hours(a.hours);
    const c = money(a.cost);
    return [
      text(a.activity),
      text(a.language),
      text(w.dataClass(a.data)),
      h,
      fte(a.fte),
      c,
      ratio(`F${at}`, `D${at}`, valueOf(c), valueOf(h), FMT.money),
      quality(a.quality),
      a.minQuality === undefined ? null : number(a.minQuality, FMT.quality),
    ];
  });
  const tot = totalRow(rows.length);
  const h = sumOf(rows, 3, FIRST, FMT.hours);
  const c = sumOf(rows, 5, FIRST, FMT.money);
  const total: XRow = [
    bold(w.l('Total')),
    null,
    null,
    h,
    sumOf(rows, 4, FIRST, FMT.fte),
    c,
    ratio(`F${tot}`, `D${tot}`, valueOf(c), valueOf(h), FMT.money, true),
    null,
    null,
  ];
  return { name: w.l('Activities'), rows: [header(head), ...rows, total], widths: [22, 10, 16, 11, 9, 14, 10, 9, 13] };
}
