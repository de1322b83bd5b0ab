import type { BarChart } from './blocks.js';

/** Inline SVG charts for HTML (no xmlns needed there): no script, no external reference, fonts inherited from the page. */

const escXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Attribute numbers with one decimal at most: compact and identical from run to run. */
const n = (x: number): string => String(Math.round(x * 10) / 10);

const WIDTH = 320;
const ROW = 26;
const BAR = 16;
const FONT = 11;
/** Rough advance of one character at FONT size in a sans-serif face, to size the columns. */
const CHAR = FONT * 0.6;

/** A horizontal bar chart: one row per bar, label on the left, value at the end of the bar. */
export function barChartSvg(chart: BarChart, color = '#1f4e79'): string {
  const labelW = Math.min(120, Math.max(40, ...chart.bars.map((b) => b.label.length * CHAR))) + 8;
  const valueW = Math.max(...chart.bars.map((b) => b.text.length * CHAR), 20) + 8;
  const barMax = WIDTH - labelW - valueW;
  const top = Math.max(0, ...chart.bars.map((b) => b.value));
  const height = chart.bars.length * ROW + 8;
  const rows = chart.bars.map((b, i) => {
    const y = 4 + i * ROW;
    const w = top > 0 ? Math.max(b.value > 0 ? 1 : 0, (b.value / top) * barMax) : 0;
    const mid = y + ROW / 2;
    return [
      `<text x="${n(labelW - 8)}" y="${n(mid)}" text-anchor="end" dominant-baseline="central">${escXml(b.label)}</text>`,
      `<rect x="${n(labelW)}" y="${n(mid - BAR / 2)}" width="${n(w)}" height="${BAR}" rx="2" fill="${color}"/>`,
      `<text x="${n(labelW + w + 4)}" y="${n(mid)}" dominant-baseline="central">${escXml(b.text)}</text>`,
    ].join('');
  });
  const axis = `<line x1="${n(labelW)}" y1="2" x2="${n(labelW)}" y2="${n(height - 2)}" stroke="#8a8a8a" stroke-width="1"/>`;
  return [
    `<svg viewBox="0 0 ${WIDTH} ${n(height)}" width="100%" role="img" aria-label="${escXml(chart.title)}" font-size="${FONT}">`,
    `<title>${escXml(chart.title)}</title>`,
    axis,
    ...rows,
    '</svg>',
  ].join('');
}
