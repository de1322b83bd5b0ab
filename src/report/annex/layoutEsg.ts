import { para, type Block, type TableRow } from './blocks.js';
import { esgMessages } from './i18nEsg.js';
import type { Composed, LayoutCtx } from './layout.js';
import type { EsgData } from './modelEsg.js';

/** tCO2e to the kilogram. */
const T = 3;

export function composeEsg(d: EsgData, { m, f, per, name }: LayoutCtx): Composed {
  const e = esgMessages(m.tag.startsWith('fr') ? 'fr' : 'en');
  const carbon = d.tonnes !== undefined;
  const cell = (v: number | undefined, decimals: number): string => (v === undefined ? '—' : f.num(v, decimals));
  const rows: TableRow[] = d.rows.map((r) => ({
    kind: 'body',
    cells: [
      name(r.country),
      f.num(r.hours, 0),
      f.percent(r.teleworkShare),
      ...(carbon ? [cell(r.kgPerHour, 3), cell(r.tonnes, T), cell(r.tonnesPerYear, T)] : []),
    ],
  }));
  rows.push({
    kind: 'total',
    cells: [
      e.total,
      f.num(d.hours, 0),
      f.percent(d.teleworkShare),
      ...(carbon ? ['', cell(d.tonnes, T), cell(d.tonnesPerYear, T)] : []),
    ],
  });
  const head = [e.country, e.hours(per), e.telework, ...(carbon ? [e.kgPerHour, e.tonnes(per), e.tonnesYear] : [])];
  const blocks: Block[] = [
    para(e.intro),
    { kind: 'table', head, rows, numeric: head.map((_, i) => i).filter((i) => i > 0) },
    para(e.residency),
  ];
  if (d.cap) {
    const planned =
      d.cap.per === 'year' ? d.tonnesPerYear : d.tonnesPerYear === undefined ? undefined : d.tonnesPerYear / 12;
    blocks.push(para(e.cap(f.num(d.cap.tonnes, T), d.cap.per, cell(planned, T))));
  }
  if (d.price)
    blocks.push(
      para(
        e.price(
          f.money(d.price.perTonne),
          f.money(d.price.carbonCost),
          f.money(d.price.costWithout),
          f.money(d.price.costWith),
          per,
        ),
      ),
    );
  if (d.social)
    blocks.push(para(e.social(f.percent(d.social.minShare), f.hours(d.social.hours), per, name(d.social.home))));
  if (carbon) {
    blocks.push(para(e.method), para(e.sources), {
      kind: 'list',
      items: d.grids.map((g) => [
        {
          text:
            g.year === undefined
              ? e.sourceOwn(name(g.country), f.num(g.gPerKwh, 2))
              : e.sourceTable(name(g.country), f.num(g.gPerKwh, 2), String(g.year)),
        },
      ]),
    });
  }
  return { heading: e.heading, blocks };
}
