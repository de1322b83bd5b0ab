import type { RoadmapOutcome } from '../../roadmap/types.js';
import { csvLine } from './csvCells.js';
import { round } from '../format.js';
import type { RoadmapRenderOptions } from './registry.js';
import { cumulativeSaving, poolFte, poolsOf } from './series.js';
import { csvHead } from '../i18n/csvHeads.fr.js';
import { roadmapWords } from '../i18n/roadmap.js';

/**
 * One row per month (for a chart in Excel): cash by kind, total, one-off, discount factor,
 * cumulative cash of the roadmap and of today's delivery continued, FTE per pool, and the
 * exchange rate used for each currency pools are paid in.
 */
export function renderRoadmapCsv(o: RoadmapOutcome, { locale }: RoadmapRenderOptions): string {
  const line = (vals: readonly (string | number)[]): string => csvLine(vals, locale);
  if (o.status === 'infeasible') {
    const w = roadmapWords(locale);
    const head = line(['status', 'finding'].map((h) => csvHead(h, locale)));
    return `\uFEFF${[head, ...o.findings.map((f) => line(['infeasible', w.finding(f)]))].join('\r\n')}\r\n`;
  }
  const pools = poolsOf(o);
  const saving = cumulativeSaving(o);
  const asIs = o.asIs.available ? o.asIs.path : undefined;
  const kinds = Object.keys(o.path.months[0]?.cost ?? {});
  const header = [
    'month',
    't',
    ...kinds,
    'total',
    'one_off',
    'discount',
    'cumulative',
    'as_is_total',
    'as_is_cumulative',
    'cumulative_saving',
    ...pools.map((p) => `fte_${p}`),
    'hires',
    // Units of each pool's currency for one of the scenario's, the month's rate (none: no column).
    ...o.exchangeRates.map((x) => `rate_${x.currency}`),
  ];
  const rows = o.path.months.map((m, i) =>
    line([
      m.label,
      m.t,
      ...Object.values(m.cost).map((v) => round(v, 2)),
      round(m.total, 2),
      round(m.oneOff, 2),
      round(m.discount, 6),
      round(o.path.cumulative[i] ?? 0, 2),
      asIs ? round(asIs.months[i]?.total ?? 0, 2) : '',
      asIs ? round(asIs.cumulative[i] ?? 0, 2) : '',
      saving ? round(saving[i] ?? 0, 2) : '',
      ...pools.map((p) => round(poolFte(m, p), 3)),
      round(
        m.staff.reduce((s, x) => s + x.hires, 0),
        3,
      ),
      ...o.exchangeRates.map((x) => round(x.byMonth[i] ?? x.rate, 6)),
    ]),
  );
  return `\uFEFF${[line(header.map((h) => csvHead(h, locale))), ...rows].join('\r\n')}\r\n`;
}
