import type { Roadmap, RoadmapOutcome } from '../../roadmap/types.js';
import { round, type Locale } from '../format.js';
import { roadmapWords } from '../i18n/roadmap.js';
import { xlsxWords, type XlsxWords } from '../i18n/xlsx.js';
import { poolFte, poolsOf } from '../roadmap/series.js';
import { FMT, bold, column, formula, header, number, sumOf, text, type SheetSpec, type XRow } from './cells.js';

/**
 * `roadmap --format xlsx`: a summary (NPV, as-is, saving as a formula, payback), the months
 * (cash by kind, each month's total, discounted cash and cumulative cash as formulas, a total
 * line of SUMs whose discounted sum is the NPV), and the staff of each pool month by month.
 * A roadmap without a solution gets its findings and the months short of trained agents.
 * Sheet names, heads and labels follow `locale`, as the findings do.
 */
export function roadmapSheets(o: RoadmapOutcome, locale: Locale = 'en'): SheetSpec[] {
  const w = xlsxWords(locale);
  if (o.status === 'infeasible') {
    const shortages: XRow[] = o.shortages.map((s) => [
      text(s.month),
      text(s.activity),
      text(s.country),
      number(round(s.hours, 1), FMT.hours),
      number(round(s.fte, 2), FMT.fte),
    ]);
    return [
      {
        name: w.l('Findings'),
        rows: [header([w.l('Finding')]), ...o.findings.map((f) => [text(roadmapWords(locale).finding(f))])],
        widths: [100],
      },
      {
        name: w.l('Shortages'),
        rows: [header((['Month', 'Activity', 'Country', 'Hours short', 'FTE short'] as const).map(w.l)), ...shortages],
        widths: [10, 18, 10, 14, 12],
      },
    ];
  }
  return [summary(o, w), months(o, w), staff(o, w)];
}

function summary(o: Roadmap, w: XlsxWords): SheetSpec {
  const c = o.currency;
  const asIs = o.asIs.available ? round(o.asIs.path.npv, 2) : undefined;
  const npv = round(o.path.npv, 2);
  return {
    name: w.l('Summary'),
    rows: [
      header(['', w.l('Value')]),
      [text(w.l('Scenario')), text(o.name)],
      [text(w.l('Start')), text(o.start)],
      [text(w.l('Months')), number(o.months, FMT.count)],
      [text(w.l('Discount rate')), number(o.discountRate, FMT.share)],
      [text(`${w.l('NPV of the roadmap')} ${c}`), number(npv, FMT.money)],
      [text(`${w.l("NPV of today's delivery continued")} ${c}`), number(asIs, FMT.money)],
      [
        bold(`${w.l('Saving')} ${c}`),
        asIs === undefined ? text(w.l('no as-is')) : formula('B7-B6', asIs - npv, FMT.money, true),
      ],
      [text(w.l('Payback month')), text(o.payback?.month ?? w.l('never'))],
      [text(`${w.l('Peak one-off')} ${c} (${o.peakOneOff.month})`), number(round(o.peakOneOff.amount, 2), FMT.money)],
      [text(w.l('Status')), text(w.roadmapStatus(o.status))],
    ],
    widths: [40, 20],
  };
}

function months(o: Roadmap, w: XlsxWords): SheetSpec {
  const c = o.currency;
  const kinds = Object.keys(o.path.months[0]?.cost ?? {});
  const pools = poolsOf(o);
  const asIs = o.asIs.available ? o.asIs.path : undefined;
  // Columns: A month, B t, then the kinds, then total, discount, discounted, cumulative, as-is, FTE…, hires.
  const first = 2;
  const totalCol = 2 + kinds.length;
  const [tot, disc, cum] = [totalCol, totalCol + 1, totalCol + 3].map(column);
  let running = 0;
  const rows: XRow[] = o.path.months.map((m, i) => {
    const at = first + i;
    const cash = Object.values(m.cost).map((v) => round(v, 2));
    const total = cash.reduce((s, v) => s + v, 0);
    running += total;
    const discount = round(m.discount, 6);
    const kindRange = `${column(2)}${at}:${column(1 + kinds.length)}${at}`;
    return [
      text(m.label),
      number(m.t, FMT.count),
      ...cash.map((v) => number(v, FMT.money)),
      formula(`SUM(${kindRange})`, total, FMT.money),
      number(discount, FMT.quality),
      formula(`${tot}${at}*${disc}${at}`, total * discount, FMT.money),
      formula(i === 0 ? `${tot}${at}` : `${cum}${at - 1}+${tot}${at}`, running, FMT.money),
      number(asIs ? round(asIs.months[i]?.total ?? 0, 2) : undefined, FMT.money),
      ...pools.map((p) => number(round(poolFte(m, p), 3), FMT.fte)),
      number(
        round(
          m.staff.reduce((s, x) => s + x.hires, 0),
          3,
        ),
        FMT.fte,
      ),
    ];
  });
  const sums = [...kinds.keys()].map((k) => sumOf(rows, 2 + k, first, FMT.money));
  const hiresCol = totalCol + 5 + pools.length;
  const totalLine: XRow = [
    bold(w.l('Total')),
    null,
    ...sums,
    sumOf(rows, totalCol, first, FMT.money),
    null,
    sumOf(rows, totalCol + 2, first, FMT.money),
    null,
    asIs ? sumOf(rows, totalCol + 4, first, FMT.money) : null,
    ...pools.map(() => null),
    sumOf(rows, hiresCol, first, FMT.fte),
  ];
  const head = [
    w.l('Month'),
    't',
    ...kinds.map((k) => `${w.costKind(k)} ${c}`),
    `${w.l('Total')} ${c}`,
    w.l('Discount factor'),
    `${w.l('Discounted')} ${c}`,
    `${w.l('Cumulative')} ${c}`,
    `${w.l('As-is total')} ${c}`,
    ...pools.map((p) => `${w.l('FTE')} ${p}`),
    w.l('Hires'),
  ];
  return {
    name: w.l('Months'),
    rows: [header(head), ...rows, totalLine],
    widths: [10, 5, ...kinds.map(() => 14), 14, 10, 14, 14, 14, ...pools.map(() => 10), 10],
  };
}

function staff(o: Roadmap, w: XlsxWords): SheetSpec {
  const rows: XRow[] = o.path.months.flatMap((m) =>
    m.staff.map((s) => [
      text(m.label),
      text(s.activity),
      text(s.pool),
      number(round(s.headcount, 3), FMT.fte),
      number(round(s.productive, 3), FMT.fte),
      number(round(s.hires, 3), FMT.fte),
      number(round(s.leavers, 3), FMT.fte),
      number(round(s.released, 3), FMT.fte),
    ]),
  );
  return {
    name: w.l('Staff'),
    rows: [
      header(
        (['Month', 'Activity', 'Pool', 'Headcount', 'Productive', 'Hires', 'Leavers', 'Released'] as const).map(w.l),
      ),
      ...rows,
    ],
    widths: [10, 18, 10, 12, 12, 10, 10, 10],
  };
}
