import { differenceOf } from '../../options/difference.js';
import type { Difference } from '../../options/types.js';
import type { Plan } from '../../plan/types.js';
import {
  alternativesChart,
  frontChart,
  frontSharesChart,
  objectiveLabel,
  objectiveText,
} from '../options/optionCharts.js';
import { para, type Block, type TableRow } from './blocks.js';
import { optionsMessages } from './i18nOptions.js';
import type { Composed, LayoutCtx } from './layout.js';
import type { OptionsData } from './modelOptions.js';

/**
 * The options section: the alternatives as 100 % bars of their country shares and a table; the
 * front as a chart (cost against the objective, knee ringed), the shares along it and a table.
 * HTML draws the charts as SVG; DOCX draws the shares as a native table and gives the front's
 * figures in its table; Markdown gives the tables.
 */
export function composeOptions(d: OptionsData, { m, f, name }: LayoutCtx): Composed {
  const lang = m.tag.startsWith('fr') ? 'fr' : 'en';
  const t = optionsMessages(lang);
  const country = (code: string): string => {
    const ref = d.countries.find((c) => c.code === code);
    return ref ? name(ref) : code;
  };
  const used = (p: Plan): number => p.countries.filter((c) => c.hours > 0).length;
  const homeShare = (p: Plan): number =>
    p.totalHours > 0 ? (p.countries.find((c) => c.country === p.home)?.hours ?? 0) / p.totalHours : 0;
  const above = (cost: number, base: number): string => `+${f.percent(base > 0 ? (cost - base) / base : 0, 1)}`;
  const any = d.alternatives?.optimum ?? d.front?.points[0]?.plan;
  const activity = (id: string): string => any?.activities.find((x) => x.activity === id)?.label ?? id;
  const moves = (x: Difference): string[] => {
    const list = (cs: readonly string[]): string => cs.map(country).join(', ');
    const out = x.moves.flatMap((mv) => [
      ...(mv.left.length > 0 ? [t.leaves(activity(mv.activity), list(mv.left))] : []),
      ...(mv.entered.length > 0 ? [t.enters(activity(mv.activity), list(mv.entered))] : []),
    ]);
    return out.length <= 3 ? out : [...out.slice(0, 2), t.moreMoves(String(out.length - 2))];
  };
  const differs = (x: Difference): string =>
    [
      ...(x.dropped.length > 0 ? [t.drops(x.dropped.map(country).join(', '))] : []),
      ...moves(x),
      ...(x.added.length > 0 ? [t.adds(x.added.map(country).join(', '))] : []),
      ...[x.home, ...x.shifts]
        .filter((s) => Math.abs(s.to - s.from) >= 0.01)
        .map((s) => `${country(s.country)} ${f.percent(s.from, 0)} → ${f.percent(s.to, 0)}`),
      t.moved(f.percent(x.moved, 0)),
    ].join(lang === 'fr' ? ' ; ' : '; ');
  const blocks: Block[] = [];
  const a = d.alternatives;
  if (a) {
    const slack = f.percent(a.slack, a.slack * 100 === Math.round(a.slack * 100) ? 0 : 1);
    blocks.push({ kind: 'subheading', text: t.alternativesHead });
    if (a.alternatives.length === 0) blocks.push(para(t.noAlternative(slack)));
    else {
      blocks.push(para(t.alternativesIntro(String(a.alternatives.length), slack, f.money(a.budget))));
      blocks.push({ kind: 'shares', chart: alternativesChart(a, lang, lang, country) });
      const rows: TableRow[] = [
        {
          kind: 'body',
          cells: [
            t.optimum,
            f.money(a.optimum.totalCost),
            '—',
            String(used(a.optimum)),
            f.percent(homeShare(a.optimum), 0),
            '',
          ],
        },
        ...a.alternatives.map((x): TableRow => ({
          kind: 'body',
          cells: [
            String(x.rank),
            f.money(x.plan.totalCost),
            above(x.plan.totalCost, a.optimum.totalCost),
            String(x.countries),
            f.percent(homeShare(x.plan), 0),
            differs(x.difference),
          ],
        })),
      ];
      blocks.push({
        kind: 'table',
        head: [t.plan, t.cost, t.above, t.countries, t.homeShare, t.differs],
        rows,
        numeric: [1, 2, 3, 4],
        nowrap: [1, 2],
      });
      const open = a.alternatives.filter((x) => !x.proof.proven).map((x) => String(x.rank));
      blocks.push(para(open.length === 0 ? t.proven : t.notProven(open.join(', '))));
    }
  }
  const r = d.front;
  if (r) {
    const label = objectiveLabel(r, lang);
    const base = r.points[0]?.plan.totalCost ?? 0;
    blocks.push({ kind: 'subheading', text: t.frontHead(label) });
    blocks.push(para(t.frontIntro(label, String(r.points.length))));
    blocks.push({ kind: 'front', chart: frontChart(r, lang, lang) });
    blocks.push(para(r.knee === undefined ? t.noKnee : t.knee(String(r.knee + 1))));
    blocks.push({ kind: 'shares', chart: frontSharesChart(r, lang, lang, country) });
    blocks.push({
      kind: 'table',
      head: [t.point, label, t.cost, t.above, t.countries, t.differs],
      rows: r.points.map((p, k) => ({
        kind: 'body',
        cells: [
          `${k + 1}${k === r.knee ? ` (${lang === 'fr' ? 'coude' : 'knee'})` : ''}`,
          objectiveText(r.objective.unit, p.value, lang),
          f.money(p.plan.totalCost),
          k === 0 ? '—' : above(p.plan.totalCost, base),
          String(used(p.plan)),
          ((prev) => (prev === undefined ? t.optimum : differs(differenceOf(prev.plan, p.plan))))(r.points[k - 1]),
        ],
      })),
      numeric: [1, 2, 3, 4],
      nowrap: [0, 2, 3],
    });
    const open = r.points.flatMap((p, k) => (p.proof.proven ? [] : [String(k + 1)]));
    blocks.push(para(open.length === 0 ? t.proven : t.notProven(open.join(', '))));
  }
  blocks.push(para(t.howTo));
  return { heading: t.heading, blocks };
}
