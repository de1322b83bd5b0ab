import { xmlText as escXml } from '../../text/escape.js';
import type { LineChart } from './blocks.js';

/**
 * A line chart for the HTML annex (the transition section's headcount per site and cumulative
 * saving): inline SVG, no script, fonts inherited from the page, scaled to the column. Each
 * January is marked on the axis; the zero line is dashed when the values cross it; the marked
 * month (payback) is a vertical line with its words; the legend is under the plot.
 */

/** Attribute numbers with one decimal at most: compact and identical from run to run. */
const n = (x: number): string => String(Math.round(x * 10) / 10);

const W = 640;
const PLOT_H = 170;
const LEFT = 74;
const RIGHT = 12;
const TOP = 14;
const FONT = 10;
/** Generous advance of one character (see svg.ts): the legend's entries are spaced with it. */
const CHAR = FONT * 0.7;
/** Okabe–Ito, colour-blind safe, as `roadmap --format svg`. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'];

export function lineChartSvg(c: LineChart): string {
  const { lo, hi } = c.axis;
  const span = hi - lo > 0 ? hi - lo : 1;
  const plotW = W - LEFT - RIGHT;
  const x = (i: number): number => LEFT + (c.months.length <= 1 ? 0 : (i * plotW) / (c.months.length - 1));
  const y = (v: number): number => TOP + PLOT_H - ((v - lo) / span) * PLOT_H;
  const bottom = TOP + PLOT_H;
  const years = c.months.flatMap((m, i) =>
    i === 0 || m.endsWith('-01')
      ? [
          `<line x1="${n(x(i))}" x2="${n(x(i))}" y1="${TOP}" y2="${bottom}" stroke="#dddddd"/>`,
          `<text x="${n(x(i))}" y="${n(bottom + 13)}" text-anchor="middle">${escXml(m.slice(0, 4))}</text>`,
        ]
      : [],
  );
  // The legend under the plot, entries side by side, wrapping to new lines.
  const legend: string[] = [];
  let lx = LEFT;
  let ly = bottom + 32;
  c.series.forEach((s, k) => {
    const w = 26 + [...s.label].length * CHAR + 14;
    if (lx + w > W && lx > LEFT) {
      lx = LEFT;
      ly += 16;
    }
    const colour = COLOURS[k % COLOURS.length] ?? '#000000';
    legend.push(
      `<line x1="${n(lx)}" x2="${n(lx + 20)}" y1="${n(ly - 4)}" y2="${n(ly - 4)}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${n(lx + 26)}" y="${n(ly)}">${escXml(s.label)}</text>`,
    );
    lx += w;
  });
  const height = ly + 8;
  const lines = c.series.map(
    (s, k) =>
      `<path d="${s.values.map((v, i) => `${i === 0 ? 'M' : 'L'}${n(x(i))} ${n(y(v))}`).join(' ')}" fill="none" stroke="${COLOURS[k % COLOURS.length] ?? '#000000'}" stroke-width="1.8"/>`,
  );
  const mark = c.mark;
  return [
    `<svg viewBox="0 0 ${W} ${n(height)}" width="100%" role="img" aria-label="${escXml(c.title)}" font-size="${FONT}">`,
    `<title>${escXml(c.title)}</title>`,
    ...years,
    `<rect x="${LEFT}" y="${TOP}" width="${plotW}" height="${PLOT_H}" fill="none" stroke="#8a8a8a"/>`,
    lo < 0 && hi > 0
      ? `<line x1="${LEFT}" x2="${LEFT + plotW}" y1="${n(y(0))}" y2="${n(y(0))}" stroke="#555555" stroke-dasharray="3 3"/>`
      : '',
    `<text x="${LEFT - 6}" y="${n(y(hi) + 4)}" text-anchor="end">${escXml(c.axis.hiText)}</text>`,
    `<text x="${LEFT - 6}" y="${n(y(lo))}" text-anchor="end">${escXml(c.axis.loText)}</text>`,
    ...lines,
    mark === undefined
      ? ''
      : `<line x1="${n(x(mark.index))}" x2="${n(x(mark.index))}" y1="${TOP}" y2="${bottom}" stroke="#1d2733" stroke-width="1"/><text x="${n(x(mark.index) + (x(mark.index) > LEFT + plotW / 2 ? -4 : 4))}" y="${TOP + 11}" text-anchor="${x(mark.index) > LEFT + plotW / 2 ? 'end' : 'start'}">${escXml(mark.text)}</text>`,
    ...legend,
    '</svg>',
  ]
    .filter((p) => p !== '')
    .join('');
}
