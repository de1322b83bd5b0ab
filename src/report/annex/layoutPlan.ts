import { bold, para, type Block, type TableRow } from './blocks.js';
import type { Composed, LayoutCtx } from './layout.js';
import type { AllocationData, Baseline, CountriesData, ProofData, SummaryData } from './model.js';

/** Composers of the sections about money and people: summary, allocation, countries. */

export function composeSummary(d: SummaryData, { m, f, model, per, name, names }: LayoutCtx): Composed {
  const yearly = d.periodsPerYear === undefined ? '' : ` · ${m.figYear(f.money(d.cost * d.periodsPerYear))}`;
  const b = d.baseline;
  const home = name(model.home);
  const saving =
    b === undefined
      ? []
      : [
          b.kind === 'impossible'
            ? { label: m.figSaving(home), value: '—', detail: '' }
            : {
                label: b.kind === 'feasible' ? m.figSaving(home) : m.figSavingNotional(home),
                value: f.money(b.saving),
                detail: `${per} · ${f.percent(b.cost > 0 ? b.saving / b.cost : 0)}`,
              },
        ];
  const blocks: Block[] = [
    {
      kind: 'figures',
      items: [
        { label: m.figTotal, value: f.money(d.cost), detail: `${per}${yearly}` },
        ...saving,
        { label: m.figFte, value: f.fte(d.fte), detail: `${f.hours(d.hours)} ${per}` },
        { label: m.figSites, value: f.num(d.sites, 0), detail: names(d.countries) },
      ],
    },
    para(m.spread(f.num(d.hours, 0), per, f.fte(d.fte), d.sites, names(d.countries))),
    ...(b === undefined ? [] : baselineBlocks(b, home, { m, f, per })),
  ];
  if (d.proof) blocks.push(para(proofText(d.proof, m, f)));
  return { heading: m.headings.summary, blocks };
}

/** Internal edition: the plan against delivering everything at home. */
function baselineBlocks(b: Baseline, home: string, { m, f, per }: Pick<LayoutCtx, 'm' | 'f' | 'per'>): Block[] {
  if (b.kind === 'feasible') {
    return [
      para(
        b.saving > 0.005
          ? m.savingFeasible(
              home,
              f.money(b.cost),
              f.money(b.saving),
              f.percent(b.cost > 0 ? b.saving / b.cost : 0),
              per,
            )
          : m.noSaving(home, f.money(b.cost)),
      ),
    ];
  }
  return [
    para(m.homeImpossible(home)),
    { kind: 'list', items: b.reasons.map((r) => [{ text: m.homeReason(r, f) }]) },
    para(
      b.kind === 'notional'
        ? m.notional(home, f.money(b.cost), f.money(b.saving), f.percent(b.cost > 0 ? b.saving / b.cost : 0), per)
        : m.noComparison(home),
    ),
  ];
}

/** Only what the certificate proves: the optimum of the model, within the staffing patterns it searched. */
function proofText(p: ProofData, m: LayoutCtx['m'], f: LayoutCtx['f']): string {
  const scope = {
    queues: p.queues,
    patterns:
      p.patterns === undefined
        ? undefined
        : { kept: f.num(p.patterns.kept, 0), inPlay: f.num(p.patterns.inPlay, 0), total: f.num(p.patterns.total, 0) },
  };
  if (p.proven) return m.proven(p.method, scope);
  return m.notProven(p.gap === undefined ? undefined : f.percent(p.gap, 4), scope);
}

export function composeAllocation(d: AllocationData, { m, f, per, name }: LayoutCtx): Composed {
  const rows: TableRow[] = [];
  for (const a of d.activities) {
    a.rows.forEach((r, i) =>
      rows.push({
        kind: 'body',
        cells: [
          i === 0 ? a.activity : '',
          name(r.country),
          f.num(r.hours, 0),
          f.num(r.fte, 1),
          f.money(r.cost),
          f.percent(r.share),
        ],
      }),
    );
    if (a.rows.length > 1)
      rows.push({
        kind: 'subtotal',
        cells: ['', m.subtotal, f.num(a.hours, 0), f.num(a.fte, 1), f.money(a.cost), f.percent(1)],
      });
  }
  const extraCost = d.cost - d.work.cost;
  const extraFte = d.fte - d.work.fte;
  if (Math.abs(extraCost) >= 0.005 || Math.abs(extraFte) >= 0.05) {
    rows.push({
      kind: 'subtotal',
      cells: [m.workTotal, '', f.num(d.work.hours, 0), f.num(d.work.fte, 1), f.money(d.work.cost), ''],
    });
    rows.push({
      kind: 'body',
      cells: [m.siteCosts, '', '', Math.abs(extraFte) < 0.05 ? '' : f.num(extraFte, 1), f.money(extraCost), ''],
    });
  }
  rows.push({ kind: 'total', cells: [m.total, '', f.num(d.hours, 0), f.num(d.fte, 1), f.money(d.cost), ''] });
  return {
    heading: m.headings.allocation,
    blocks: [
      para(m.allocationIntro(per)),
      { kind: 'table', head: [m.activity, m.country, m.hours, m.fte, m.price, m.share], rows, numeric: [2, 3, 4, 5] },
      ...descriptions(
        d.described.map((x) => [x.name, x.description]),
        m.colon,
      ),
    ],
  };
}

export function composeCountries(d: CountriesData, { m, f, per, name }: LayoutCtx): Composed {
  const rows: TableRow[] = d.rows.map((r) => ({
    kind: 'body',
    cells: [
      name(r.country),
      f.num(r.sites, 0),
      f.money(r.costPerHour),
      f.num(r.hours, 0),
      f.num(r.fte, 1),
      f.money(r.cost),
      f.percent(r.costShare),
    ],
  }));
  rows.push({
    kind: 'total',
    cells: [m.total, f.num(d.sites, 0), '', f.num(d.hours, 0), f.num(d.fte, 1), f.money(d.cost), f.percent(1)],
  });
  return {
    heading: m.headings.countries,
    blocks: [
      para(d.pricedByHour ? m.countriesIntro : m.countriesIntroFixed),
      {
        kind: 'table',
        head: [m.country, m.sites, m.rate, m.hours, m.fte, m.price, m.share],
        rows,
        numeric: [1, 2, 3, 4, 5, 6],
      },
      {
        kind: 'charts',
        charts: [
          {
            title: m.chartCost(f.currencyLabel, per),
            bars: d.rows.map((r) => ({ label: name(r.country), value: r.cost, text: f.money(r.cost) })),
          },
          {
            title: m.chartFte,
            bars: d.rows.map((r) => ({ label: name(r.country), value: r.fte, text: f.num(r.fte, 1) })),
          },
        ],
      },
      ...descriptions(
        d.described.map((x) => [name(x.country), x.description]),
        m.colon,
      ),
    ],
  };
}

/** "Name: description" items, when the scenario describes some activities or countries. */
function descriptions(items: readonly (readonly [string, string])[], colon: string): Block[] {
  return items.length === 0
    ? []
    : [{ kind: 'list', items: items.map(([n, text]) => [bold(n), { text: `${colon}${text}` }]) }];
}
