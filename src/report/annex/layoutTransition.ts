import { ONE_OFF_KINDS } from '../../roadmap/types.js';
import { para, type Block, type TableRow } from './blocks.js';
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
  const blocks: Block[] = [
    para(t.intro(f.num(d.months, 0), d.start)),
    { kind: 'table', head, rows, numeric: head.map((_, i) => i).filter((i) => i > 0) },
    para(t.headcount),
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
  }
  return { heading: t.heading, blocks };
}
