import { ONE_OFF_KINDS } from '../../roadmap/types.js';
import { para, type Block, type LineChart, type TableRow } from './blocks.js';
import { transitionMessages } from './i18nTransition.js';
import type { Composed, LayoutCtx } from './layout.js';
import type { TransitionData } from './modelTransition.js';

export function composeTransition(d: TransitionData, { m, f, name }: LayoutCtx): Composed {
  const t = transitionMessages(m.tag.startsWith('fr') ? 'fr' : 'en');
  const site = (p: {
    readonly country: TransitionData['pools'][number]['country'];
    readonly inHouse: boolean;
  }): string => (p.inHouse ? t.inHouse(name(p.country)) : t.provider(name(p.country)));
  const head = [t.site, ...d.snapshots.map((s) => s.label)];
  const series = d.pools.map((p) => ({ label: site(p), values: p.monthly }));
  const rows: TableRow[] = d.pools.map((p) => ({
    kind: 'body',
    cells: [site(p), ...p.headcount.map((n) => f.num(n, 1))],
  }));
  rows.push({
    kind: 'total',
    cells: [
      t.kinds.total,
      ...d.snapshots.map((_, i) =>
        f.num(
          d.pools.reduce((s, p) => s + (p.headcount[i] ?? 0), 0),
          1,
        ),
      ),
    ],
  });
  const signed = (share: number): string => `${share > 0 ? '+' : ''}${f.percent(share, 1)}`;
  const rates = d.rates.map((x) =>
    t.rate(
      x.currency,
      x.countries.map(name).join(', '),
      f.num(x.first, 4),
      f.num(x.last, 4),
      [x.shock === 0 ? '' : t.shock(signed(x.shock)), x.drift === 0 ? '' : t.drift(signed(x.drift))]
        .filter((w) => w !== '')
        .join(', '),
    ),
  );
  const blocks: Block[] = [
    para(t.intro(f.num(d.months, 0), d.start)),
    ...(rates.length === 0 ? [] : [para(t.rates(f.currencyLabel, rates))]),
    { kind: 'table', head, rows, numeric: head.map((_, i) => i).filter((i) => i > 0) },
    para(t.headcount),
    // The headcount table gives the figures: the chart is for the picture (HTML) only.
    { kind: 'lines', chart: lineChart(t.fteChart, d.monthLabels, series, (v) => f.num(v, 0), undefined, undefined) },
    para(t.transfers),
    d.transfers.length === 0
      ? para(t.noTransfer)
      : { kind: 'list', items: d.transfers.map((x) => [{ text: t.transfer(x.month, x.activity, site(x), x.kind) }]) },
  ];
  const costRows: TableRow[] = ONE_OFF_KINDS.filter((k) => d.oneOff[k] > 0.005).map((k) => ({
    kind: 'body',
    cells: [t.kinds[k], f.money(d.oneOff[k])],
  }));
  costRows.push({ kind: 'total', cells: [t.kinds.total, f.money(d.oneOff.total)] });
  blocks.push(para(t.oneOffHead), {
    kind: 'table',
    head: ['', `${t.amount} (${f.currencyLabel})`],
    rows: costRows,
    numeric: [1],
  });
  const b = d.business;
  if (b) {
    blocks.push(
      para(
        t.business(
          f.money(b.npv),
          b.asIsNpv === undefined ? undefined : f.money(b.asIsNpv),
          b.saving === undefined ? undefined : f.money(b.saving),
          b.payback,
          f.money(b.peak.amount),
          b.peak.month,
        ),
      ),
    );
    const saving = b.cumulativeSaving;
    if (saving) {
      // Every sixth month and the last: the J-curve's shape, as figures for Word and Markdown.
      const shown = d.monthLabels.flatMap((label, i) =>
        i % 6 === 5 || i === d.monthLabels.length - 1 ? [{ label, value: saving[i] ?? 0 }] : [],
      );
      const paybackAt = b.payback === undefined ? -1 : d.monthLabels.indexOf(b.payback);
      blocks.push({
        kind: 'lines',
        chart: lineChart(
          t.cashChart(f.currencyLabel),
          d.monthLabels,
          [{ label: t.cumulativeSaving, values: saving }],
          // The title says the currency: the axis keeps to whole numbers, to fit its margin.
          (v) => f.num(v, 0),
          paybackAt < 0 || b.payback === undefined ? undefined : { index: paybackAt, text: t.paybackMark(b.payback) },
          {
            head: [t.month, `${t.cumulativeSaving} (${f.currencyLabel})`],
            rows: shown.map((s) => ({ kind: 'body', cells: [s.label, f.money(s.value)] })),
            numeric: [1],
          },
        ),
      });
    }
  }
  return { heading: t.heading, blocks };
}

/** A chart of series over the months, its axis from the lowest value (or 0) to the highest. */
function lineChart(
  title: string,
  months: readonly string[],
  series: LineChart['series'],
  format: (v: number) => string,
  mark: LineChart['mark'],
  table: LineChart['table'],
): LineChart {
  const all = series.flatMap((s) => s.values);
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  return { title, months, series, axis: { lo, hi, loText: format(lo), hiText: format(hi) }, mark, table };
}
