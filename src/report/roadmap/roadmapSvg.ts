import type { Roadmap, RoadmapOutcome } from '../../roadmap/types.js';
import { xmlText } from '../../text/escape.js';
import { num } from '../format.js';
import type { RoadmapRenderOptions } from './registry.js';
import { cumulativeSaving, poolFte, poolsOf } from './series.js';
import { roadmapWords } from '../i18n/roadmap.js';

const W = 760;
const PANEL = 220;
const LEFT = 90;
const RIGHT = 150;
const TOP = 40;
const GAP = 60;
/** Colour-blind-safe palette (Okabe–Ito). */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

type Series = {
  readonly label: string;
  readonly values: readonly number[];
  readonly colour: string;
  readonly dashed?: boolean;
};

/** One panel: lines over the months, a zero line, ticks at the extremes, a legend on the right. */
function panel(
  title: string,
  series: readonly Series[],
  months: readonly string[],
  y0: number,
  locale: RoadmapRenderOptions['locale'],
): string {
  const all = series.flatMap((s) => s.values);
  const lo = Math.min(0, ...all);
  const hi = Math.max(1e-9, ...all);
  const plotW = W - LEFT - RIGHT;
  const x = (i: number): number => LEFT + (months.length <= 1 ? 0 : (i * plotW) / (months.length - 1));
  const y = (v: number): number => y0 + PANEL - ((v - lo) / (hi - lo)) * PANEL;
  const path = (vs: readonly number[]): string =>
    vs.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const years = months.flatMap((m, i) =>
    m.endsWith('-01') || i === 0
      ? [
          `<text x="${x(i).toFixed(1)}" y="${y0 + PANEL + 16}" font-size="11" text-anchor="middle">${xmlText(m.slice(0, 4))}</text><line x1="${x(i).toFixed(1)}" x2="${x(i).toFixed(1)}" y1="${y0}" y2="${y0 + PANEL}" stroke="#ddd"/>`,
        ]
      : [],
  );
  return [
    `<text x="${LEFT}" y="${y0 - 12}" font-size="14" font-weight="bold">${xmlText(title)}</text>`,
    `<rect x="${LEFT}" y="${y0}" width="${plotW}" height="${PANEL}" fill="none" stroke="#999"/>`,
    ...years,
    lo < 0
      ? `<line x1="${LEFT}" x2="${LEFT + plotW}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="#666" stroke-dasharray="2,2"/>`
      : '',
    `<text x="${LEFT - 6}" y="${y(hi) + 4}" font-size="11" text-anchor="end">${xmlText(num(hi, 0, locale))}</text>`,
    `<text x="${LEFT - 6}" y="${y(lo) + 4}" font-size="11" text-anchor="end">${xmlText(num(lo, 0, locale))}</text>`,
    ...series.map((s, k) =>
      [
        `<path d="${path(s.values)}" fill="none" stroke="${s.colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6,4"' : ''}/>`,
        `<line x1="${LEFT + plotW + 12}" x2="${LEFT + plotW + 32}" y1="${y0 + 10 + k * 18}" y2="${y0 + 10 + k * 18}" stroke="${s.colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6,4"' : ''}/>`,
        `<text x="${LEFT + plotW + 38}" y="${y0 + 14 + k * 18}" font-size="12">${xmlText(s.label)}</text>`,
      ].join(''),
    ),
  ].join('\n');
}

function chart(r: Roadmap, locale: RoadmapRenderOptions['locale']): string {
  const w = roadmapWords(locale).svg;
  const months = r.path.months.map((m) => m.label);
  // Against today's delivery, the cumulative saving (the J-curve: it crosses zero at payback); else the cumulative cash.
  const saving = cumulativeSaving(r);
  const cash: Series[] = saving
    ? [{ label: w.saving, values: saving, colour: COLOURS[0] ?? '#000' }]
    : [{ label: w.roadmap, values: r.path.cumulative, colour: COLOURS[0] ?? '#000' }];
  const fte: Series[] = poolsOf(r).map((p, k) => ({
    label: p,
    values: r.path.months.map((m) => poolFte(m, p)),
    colour: COLOURS[k % COLOURS.length] ?? '#000',
  }));
  // The rates the amounts were converted at, one line each under the charts (none: no line).
  const rates = r.exchangeRates.map(
    (x, k) =>
      `<text x="${LEFT}" y="${TOP + PANEL * 2 + GAP + 46 + k * 16}" font-size="11">${xmlText(
        w.rate(x.currency, x.pools.join(', '), num(x.first, 4, locale), num(x.last, 4, locale), r.currency),
      )}</text>`,
  );
  const h = TOP + PANEL * 2 + GAP + 40 + rates.length * 16;
  const payback = r.payback ? w.payback(r.payback.month) : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${h}" viewBox="0 0 ${W} ${h}" font-family="Arial, Helvetica, sans-serif">`,
    `<title>${xmlText(w.title(r.name, r.start, r.months))}</title>`,
    panel(saving ? w.savingPanel(r.currency, payback) : w.cashPanel(r.currency), cash, months, TOP, locale),
    panel(w.ftePanel, fte, months, TOP + PANEL + GAP, locale),
    ...rates,
    '</svg>',
    '',
  ].join('\n');
}

/** The roadmap as an SVG chart (cumulative cash against today's delivery, FTE per pool), for a bid document. */
export function renderRoadmapSvg(o: RoadmapOutcome, { locale }: RoadmapRenderOptions): string {
  if (o.status === 'infeasible') {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="60"><text x="10" y="30" font-family="Arial" font-size="14">${xmlText(roadmapWords(locale).svg.noRoadmap(o.name))}</text></svg>\n`;
  }
  return chart(o, locale);
}
