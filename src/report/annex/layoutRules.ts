import { para, type TableRow } from './blocks.js';
import type { Composed, LayoutCtx } from './layout.js';
import { timingBlocks } from './layoutCoverage.js';
import type { AssumptionsData, DataProtectionData, QualityData } from './model.js';

/** Composers of the sections about rules and commitments: data protection, quality, assumptions. */

export function composeDataProtection(d: DataProtectionData, { m, model, name }: LayoutCtx): Composed {
  const rows: TableRow[] = d.activities.flatMap((a) =>
    a.rows.map((r, i): TableRow => ({
      kind: 'body',
      cells: [i === 0 ? a.activity : '', i === 0 ? m.dataClass(a.data) : '', name(r.country), m.basisShort(r.basis)],
    })),
  );
  return {
    heading: m.headings.dataProtection,
    blocks: [
      para(m.dataIntro),
      { kind: 'table', head: [m.activity, m.dataClassLabel, m.country, m.legalBasisLabel], rows, numeric: [] },
      { kind: 'subheading', text: m.basesTitle },
      { kind: 'list', items: d.bases.map((b) => [{ text: m.basisLong(b) }]) },
      { kind: 'subheading', text: m.rulesTitle },
      { kind: 'list', items: d.classes.map((c) => [{ text: m.dataRule(c, name(model.home)) }]) },
    ],
  };
}

export function composeQuality(d: QualityData, { m, f }: LayoutCtx): Composed {
  const points = (diff: number): string => {
    const p = Math.round(diff * 1000) / 10;
    return `${p < 0 ? '−' : '+'}${f.num(Math.abs(p), 1)}\u00a0${m.pointUnit}`;
  };
  const rows: TableRow[] = d.rows.map((r) => ({
    kind: 'body',
    cells:
      r.floor === undefined
        ? [r.activity, m.languageName(r.language), '—', f.percent(r.planned), '—', m.noFloor]
        : [
            r.activity,
            m.languageName(r.language),
            f.percent(r.floor),
            f.percent(r.planned),
            points(r.planned - r.floor),
            r.met ? m.met : m.notMet,
          ],
  }));
  return {
    heading: m.headings.quality,
    blocks: [
      para(m.qualityIntro),
      {
        kind: 'table',
        head: [m.activity, m.languageLabel, m.floor, m.planned, m.margin, m.status],
        rows,
        numeric: [2, 3, 4],
      },
    ],
  };
}

export function composeAssumptions(d: AssumptionsData, ctx: LayoutCtx): Composed {
  const { m, f, model, per, name } = ctx;
  const week = (h: number): string => `${f.num(h, Number.isInteger(h) ? 0 : 1)}\u00a0${m.hourUnit}`;
  const w = d.weeksPerPeriod;
  const weeks = w === undefined ? undefined : f.num(w, Number.isInteger(w) ? 0 : 2);
  const rows: TableRow[] = d.countries.map((c) => ({
    kind: 'body',
    cells: [
      c.used ? name(c.country) : `${name(c.country)} (${m.notUsed})`,
      f.money(c.costPerHour),
      week(c.weekHours),
      f.num(c.hoursPerFte, 1),
      c.from === 'scenario'
        ? m.fromScenario
        : m.fromDefault(week(c.weekHours), weeks ?? '—', f.percent(d.shrinkage, 0)),
    ],
  }));
  return {
    heading: m.headings.assumptions,
    blocks: [
      para(m.assumptionsIntro),
      {
        kind: 'table',
        head: [m.country, m.rate, m.weekLabel, m.hoursPerFteLabel(per), m.sourceLabel],
        rows,
        numeric: [1, 2, 3],
      },
      {
        kind: 'list',
        items: [
          m.periodLine(m.periodNoun(model.period), weeks),
          m.shrinkageLine(f.percent(d.shrinkage, 0)),
          d.pricedByHour ? m.priceLine(model.currency) : m.priceLineFixed(model.currency),
          m.fteLine,
          ...(d.timing
            ? [
                m.timingLine(
                  f.date(d.timing.week),
                  d.timing.timezone,
                  f.num(d.timing.weeksPerPeriod, Number.isInteger(d.timing.weeksPerPeriod) ? 0 : 2),
                ),
              ]
            : []),
          ...(d.method === undefined ? [] : [m.optimisedLine(d.method)]),
        ].map((t) => [{ text: t }]),
      },
      ...(d.timing ? timingBlocks(d.timing, ctx) : []),
    ],
  };
}
