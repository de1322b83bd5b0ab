import type { AlternativesResult } from '../../options/types.js';
import type { ParetoResult } from '../../options/paretoTypes.js';
import { xmlText as esc } from '../../text/escape.js';
import { frontSvg } from '../charts/frontSvg.js';
import { sharesSvg } from '../charts/sharesSvg.js';
import { CHART_FONTS } from '../charts/chartFrame.js';
import { money, percent } from '../format.js';
import type { OptionsRenderOptions } from './alternativesRender.js';
import { pointChange } from './cells.js';
import { optionsWords } from '../i18n/options.js';
import { alternativesChart, frontChart, frontSharesChart, objectiveLabel, objectiveText } from './optionCharts.js';

/**
 * `--format svg` and `--format html` of `alternatives` and `pareto`: standalone SVG pictures
 * (viewBox, fonts found everywhere: a slide takes them as they are) and one self-contained HTML
 * page with the pictures and the table (inline CSS and SVG, no script, no request). Pure.
 */

const code = (c: string): string => c;

/** A picture on its own (a slide) says which scenario it is about. */
const named = <C extends { readonly title: string }>(name: string, c: C): C => ({
  ...c,
  title: `${name} — ${c.title}`,
});

/** The front, as one standalone picture. */
export const renderParetoSvg = (r: ParetoResult, o: OptionsRenderOptions): string =>
  `${frontSvg(named(r.name, frontChart(r, o.locale, o.locale)), true)}\n`;

/** The optimum and its alternatives as 100 % bars of their country shares, one standalone picture. */
export const renderAlternativesSvg = (r: AlternativesResult, o: OptionsRenderOptions): string =>
  `${sharesSvg(named(r.name, alternativesChart(r, o.locale, o.locale, code)), true)}\n`;

const CSS = `html { font-family: ${CHART_FONTS}; font-size: 11pt; color: #1d2733; }
body { margin: 0 auto; max-width: 190mm; padding: 10mm 6mm; }
h1 { font-size: 17pt; color: #1f4e79; margin: 0 0 4pt; }
figure { margin: 12pt 0; break-inside: avoid; }
svg { display: block; max-width: 170mm; }
svg text { fill: #1d2733; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 8pt 0; }
th { background: #1f4e79; color: #fff; text-align: left; padding: 4pt 6pt; }
td { padding: 3pt 6pt; border-bottom: 0.5pt solid #c9d3de; vertical-align: top; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
@page { size: A4; margin: 15mm; }`;

function page(lang: string, title: string, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${esc(title)}</h1>`,
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[]): string {
  const cls = (k: number): string => (numeric.includes(k) ? ' class="num"' : '');
  return [
    '<table>',
    `<thead><tr>${head.map((h, k) => `<th scope="col"${cls(k)}>${esc(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((r) => `<tr>${r.map((c, k) => `<td${cls(k)}>${esc(c)}</td>`).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
}

const HEAD = {
  en: { point: '#', cost: 'Cost', above: 'Above', change: 'Change from the point before', differs: 'How it differs' },
  fr: {
    point: 'n°',
    cost: 'Coût',
    above: 'Surcoût',
    change: 'Changement depuis le point précédent',
    differs: 'Ce qui change',
  },
} as const;

export function renderParetoHtml(r: ParetoResult, o: OptionsRenderOptions): string {
  const h = HEAD[o.locale];
  const base = r.points[0]?.plan.totalCost ?? 0;
  const rows = r.points.map((p, k) => [
    `${k + 1}${k === r.knee ? (o.locale === 'fr' ? ' (coude)' : ' (knee)') : ''}`,
    objectiveText(r.objective.unit, p.value, o.locale),
    money(p.plan.totalCost, r.currency, o.locale),
    k === 0 ? '—' : `+${percent(base > 0 ? (p.plan.totalCost - base) / base : 0, o.locale)}`,
    pointChange(r, k, o.locale),
  ]);
  return page(o.locale, `${r.name} — ${frontChart(r, o.locale, o.locale).title}`, [
    `<figure>${frontSvg(frontChart(r, o.locale, o.locale), false)}</figure>`,
    `<figure>${sharesSvg(frontSharesChart(r, o.locale, o.locale, code), false)}</figure>`,
    table([h.point, objectiveLabel(r, o.locale), h.cost, h.above, h.change], rows, [0, 1, 2, 3]),
  ]);
}

export function renderAlternativesHtml(r: AlternativesResult, o: OptionsRenderOptions): string {
  const h = HEAD[o.locale];
  const chart = alternativesChart(r, o.locale, o.locale, code);
  const rows = [
    ['0', money(r.optimum.totalCost, r.currency, o.locale), '—', o.locale === 'fr' ? 'l’optimum' : 'the optimum'],
    ...r.alternatives.map((a) => [
      String(a.rank),
      money(a.plan.totalCost, r.currency, o.locale),
      `+${percent(a.above, o.locale, 2)}`,
      optionsWords(o.locale).difference(a.difference),
    ]),
  ];
  return page(o.locale, `${r.name} — ${chart.title}`, [
    `<figure>${sharesSvg(chart, false)}</figure>`,
    table([h.point, h.cost, h.above, h.differs], rows, [0, 1, 2]),
  ]);
}
