import type { SweepResult } from '../../sweep/sweepTypes.js';
import { round, type Locale } from '../format.js';
import { xlsxWords } from '../i18n/xlsx.js';
import { FMT, formula, header, number, text, type SheetSpec, type XRow } from './cells.js';

const status = (s: string) => (s === 'optimal' ? 'plan' : s === 'infeasible' ? 'no plan' : 'invalid');

/**
 * `sweep --format xlsx`: every point (inputs, status, cost, shares), the percentile bands
 * (Monte Carlo) and the tornado, whose swing is a formula over the two costs beside it.
 */
export function sweepSheets(r: SweepResult, locale: Locale = 'en'): SheetSpec[] {
  const w = xlsxWords(locale);
  const noPlan = w.l('no plan');
  const head = [
    '#',
    ...r.inputs.map((i) => i.path),
    w.l('Status'),
    `${w.l('Cost')} ${r.currency}`,
    ...r.countries.map(w.countryShare),
  ];
  const points: XRow[] = r.points.map((p, k) => [
    number(k + 1, FMT.count),
    ...p.values.map((v) => number(round(v, 6), FMT.money)),
    text(w.l(status(p.status))),
    number(p.cost === undefined ? undefined : round(p.cost, 2), FMT.money),
    ...r.countries.map((c) => (p.status === 'optimal' ? number(round(p.shares[c] ?? 0, 6), FMT.share) : null)),
  ]);
  const sheets: SheetSpec[] = [
    {
      name: w.l('Points'),
      rows: [header(head), ...points],
      widths: [6, ...r.inputs.map((i) => Math.min(40, i.path.length + 2)), 9, 14, ...r.countries.map(() => 10)],
    },
  ];
  if (r.bands) {
    const bands: XRow[] = [
      [
        text(`${w.l('Cost')} ${r.currency}`),
        number(round(r.bands.cost.p10, 2), FMT.money),
        number(round(r.bands.cost.p50, 2), FMT.money),
        number(round(r.bands.cost.p90, 2), FMT.money),
      ],
    ];
    for (const c of r.countries) {
      const b = r.bands.shares[c];
      if (b)
        bands.push([
          text(w.countryShare(c)),
          number(round(b.p10, 6), FMT.share),
          number(round(b.p50, 6), FMT.share),
          number(round(b.p90, 6), FMT.share),
        ]);
    }
    sheets.push({ name: w.l('Bands'), rows: [header(['', 'P10', 'P50', 'P90']), ...bands], widths: [16, 14, 14, 14] });
  }
  if (r.tornado.length > 0) {
    const bars: XRow[] = r.tornado.map((b, k) => {
      const at = k + 2;
      const low = b.costLow === undefined ? text(noPlan) : number(round(b.costLow, 2), FMT.money);
      const high = b.costHigh === undefined ? text(noPlan) : number(round(b.costHigh, 2), FMT.money);
      const swing =
        b.costLow === undefined || b.costHigh === undefined
          ? null
          : formula(`ABS(E${at}-C${at})`, Math.abs(round(b.costHigh, 2) - round(b.costLow, 2)), FMT.money, true);
      return [text(b.input), number(round(b.low, 6), FMT.money), low, number(round(b.high, 6), FMT.money), high, swing];
    });
    sheets.push({
      name: w.l('Tornado'),
      rows: [
        header([
          w.l('Input'),
          w.l('Low'),
          `${w.l('Cost at low')} ${r.currency}`,
          w.l('High'),
          `${w.l('Cost at high')} ${r.currency}`,
          `${w.l('Swing')} ${r.currency}`,
        ]),
        ...bars,
      ],
      widths: [36, 12, 16, 12, 16, 14],
    });
  }
  return sheets;
}
