import { xmlText as escXml } from '../../text/escape.js';
import type { BarChart, HeatMap } from './blocks.js';

/** Inline SVG charts for HTML (no xmlns needed there): no script, no external reference, fonts inherited from the page. */

/** Attribute numbers with one decimal at most: compact and identical from run to run. */
const n = (x: number): string => String(Math.round(x * 10) / 10);

const WIDTH = 320;
const ROW = 26;
const BAR = 16;
const FONT = 11;
/**
 * Advance of one character at FONT size in the widest sans-serif face a reader may have: DejaVu
 * Sans (stock Linux) averages ~0.63 em and its capitals more; 0.6 clipped "Roumanie" to
 * "oumanie". Columns are sized with this generous figure.
 */
const CHAR = FONT * 0.7;
/** The label column takes at most this much of the chart; longer labels end with "…" (the full text in a tooltip). */
const LABEL_MAX = WIDTH * 0.45;

/** A label cut to `chars` characters, "…" last, when it is longer. */
const cut = (label: string, chars: number): string =>
  [...label].length <= chars
    ? label
    : `${[...label]
        .slice(0, Math.max(1, chars - 1))
        .join('')
        .trimEnd()}…`;

/** A horizontal bar chart: one row per bar, label on the left, value at the end of the bar. */
export function barChartSvg(chart: BarChart, color = '#1f4e79'): string {
  const labelW = Math.min(LABEL_MAX, Math.max(40, ...chart.bars.map((b) => [...b.label].length * CHAR))) + 8;
  const labelChars = Math.floor((labelW - 8) / CHAR);
  const valueW = Math.max(...chart.bars.map((b) => b.text.length * CHAR), 20) + 8;
  const barMax = WIDTH - labelW - valueW;
  const top = Math.max(0, ...chart.bars.map((b) => b.value));
  const height = chart.bars.length * ROW + 8;
  const rows = chart.bars.map((b, i) => {
    const y = 4 + i * ROW;
    const w = top > 0 ? Math.max(b.value > 0 ? 1 : 0, (b.value / top) * barMax) : 0;
    const mid = y + ROW / 2;
    return [
      `<text x="${n(labelW - 8)}" y="${n(mid)}" text-anchor="end" dominant-baseline="central">${[...b.label].length > labelChars ? `<title>${escXml(b.label)}</title>` : ''}${escXml(cut(b.label, labelChars))}</text>`,
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

/** Heat-map geometry: hour labels on the left, day heads on top, one cell per hour of the week. */
const HM = { label: 32, head: 14, cell: 24, row: 9, font: 9, band: 5 } as const;
const CLOSED = '#eef1f4';
const NOBODY = '#c0392b';

/**
 * One activity's week as a grid: 7 day columns × 24 hour rows. Each open hour is one
 * `rect.hour` in the colour of the country answering most; in a shared hour the other countries
 * take bands on its right, as wide as their share of the agents (never too thin to see); a thin hour carries a white dot; an open
 * hour nobody answers is white with a red outline. Closed hours show the grey background.
 */
export function heatMapSvg(map: HeatMap, days: readonly string[], hours: readonly string[]): string {
  const width = HM.label + 7 * HM.cell + 1;
  const height = HM.head + 24 * HM.row + 1;
  const x0 = HM.label;
  const y0 = HM.head;
  const parts: string[] = [
    `<rect x="${x0}" y="${y0}" width="${7 * HM.cell}" height="${24 * HM.row}" fill="${CLOSED}"/>`,
    ...days.map(
      (d, i) => `<text x="${n(x0 + (i + 0.5) * HM.cell)}" y="${HM.head - 4}" text-anchor="middle">${escXml(d)}</text>`,
    ),
    ...hours.flatMap((h, i) =>
      i % 2 === 0
        ? [
            `<text x="${x0 - 3}" y="${n(y0 + (i + 0.5) * HM.row)}" text-anchor="end" dominant-baseline="central">${escXml(h)}</text>`,
          ]
        : [],
    ),
  ];
  const dots: string[] = [];
  map.cells.forEach((row, h) =>
    row.forEach((c, d) => {
      if (!c.open) return;
      const x = x0 + d * HM.cell + 0.5;
      const y = y0 + h * HM.row;
      const w = HM.cell - 1;
      const title = `<title>${escXml(c.title)}</title>`;
      if (c.colors.length === 0) {
        parts.push(
          `<rect class="hour" x="${n(x + 0.5)}" y="${n(y + 0.5)}" width="${n(w - 1)}" height="${HM.row - 1}" fill="#fff" stroke="${NOBODY}" stroke-width="1">${title}</rect>`,
        );
        return;
      }
      parts.push(
        `<rect class="hour" x="${n(x)}" y="${y}" width="${w}" height="${HM.row}" fill="#${c.colors[0] ?? ''}">${title}</rect>`,
      );
      // The other countries in bands on the right: widths follow their agents, wide enough to be seen.
      let right = x + w;
      for (let i = c.colors.length - 1; i >= 1; i--) {
        const part = Math.min(w / 2, Math.max(HM.band, w * (c.shares[i] ?? 0)));
        right -= part;
        parts.push(`<path d="M${n(right)} ${y}h${n(part)}v${HM.row}h${n(-part)}Z" fill="#${c.colors[i] ?? ''}"/>`);
      }
      if (c.thin)
        dots.push(
          `<circle cx="${n(x + w / 2)}" cy="${n(y + HM.row / 2)}" r="2.2" fill="#fff" stroke="#1d2733" stroke-width="0.8"/>`,
        );
    }),
  );
  // Day separators and a guide every six hours, over the cells.
  const guides = [
    ...Array.from(
      { length: 6 },
      (_, i) =>
        `<line x1="${x0 + (i + 1) * HM.cell}" y1="${y0}" x2="${x0 + (i + 1) * HM.cell}" y2="${y0 + 24 * HM.row}" stroke="#fff" stroke-width="1"/>`,
    ),
    ...[6, 12, 18].map(
      (h) =>
        `<line x1="${x0}" y1="${y0 + h * HM.row}" x2="${x0 + 7 * HM.cell}" y2="${y0 + h * HM.row}" stroke="#fff" stroke-width="0.8"/>`,
    ),
  ];
  return [
    `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escXml(map.summary)}" font-size="${HM.font}">`,
    // Square edges: adjacent hours of one colour read as one block, without hairline seams.
    `<g shape-rendering="crispEdges">${parts.join('')}${guides.join('')}</g>`,
    ...dots,
    '</svg>',
  ].join('');
}

/** A legend swatch: a country's colour, a shared hour, a thin hour, a closed hour, an hour nobody answers. */
export function swatchSvg(
  kind: { readonly color: string } | 'shared' | 'thin' | 'closed' | 'nobody',
  colors: readonly string[] = [],
): string {
  const box = (fill: string, extra = ''): string =>
    `<rect x="0.5" y="0.5" width="13" height="9" fill="${fill}"${extra}/>`;
  const inner =
    typeof kind === 'object'
      ? box(`#${kind.color}`)
      : kind === 'shared'
        ? `${box(`#${colors[0] ?? '1f4e79'}`)}<path d="M9 0.5h4.5v9H9Z" fill="#${colors[1] ?? 'e69f00'}"/>`
        : kind === 'thin'
          ? `${box(`#${colors[0] ?? '1f4e79'}`)}<circle cx="7" cy="5" r="2.2" fill="#fff" stroke="#1d2733" stroke-width="0.8"/>`
          : kind === 'closed'
            ? box(CLOSED, ' stroke="#c9d3de" stroke-width="0.75"')
            : box('#fff', ` stroke="${NOBODY}" stroke-width="1"`);
  return `<svg viewBox="0 0 14 10" width="14" height="10" aria-hidden="true">${inner}</svg>`;
}
