import type { AnnexDoc, Block, HeatLegend, Run, TableRow } from './blocks.js';
import { xmlText as esc } from '../../text/escape.js';
import { barChartSvg, heatMapSvg, swatchSvg } from './svg.js';
import { frontSvg } from '../charts/frontSvg.js';
import { sharesSvg } from '../charts/sharesSvg.js';
import { lineChartSvg } from './svgLines.js';

/**
 * One self-contained HTML file: inline CSS and SVG, no script, no font, no image, and a
 * Content-Security-Policy that forbids the page any request. Prints on A4.
 */

const CSS = `@page { size: A4; margin: 16mm 15mm 18mm; @bottom-right { content: counter(page) " / " counter(pages); font: 8pt sans-serif; color: #4a5663; } }
:root { --ink: #1d2733; --accent: #1f4e79; --rule: #c9d3de; --soft: #eef3f8; --muted: #4a5663; }
* { box-sizing: border-box; }
html { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; color: var(--ink); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 180mm; padding: 12mm 6mm; }
header { border-bottom: 2pt solid var(--accent); padding-bottom: 6pt; margin-bottom: 10pt; }
h1 { font-size: 20pt; line-height: 1.2; color: var(--accent); margin: 0 0 3pt; }
.subtitle { font-size: 13pt; margin: 0; }
.meta { color: var(--muted); margin: 2pt 0 0; }
h2 { font-size: 14pt; color: var(--accent); margin: 16pt 0 6pt; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 6pt; }
.keep { break-inside: avoid; page-break-inside: avoid; }
ul { margin: 0 0 8pt; padding-left: 14pt; }
li { margin-bottom: 3pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 9.5pt; }
thead { display: table-header-group; }
th { background: var(--accent); color: #fff; text-align: left; font-weight: 600; padding: 4pt 6pt; vertical-align: bottom; }
td { padding: 3pt 6pt; border-bottom: 0.5pt solid var(--rule); vertical-align: top; }
tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr.subtotal td { background: var(--soft); font-style: italic; }
tr.total td { font-weight: 700; border-top: 1pt solid var(--ink); border-bottom: none; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6pt; margin: 6pt 0 10pt; }
.figure { border: 0.75pt solid var(--rule); border-top: 3pt solid var(--accent); padding: 6pt 8pt; break-inside: avoid; }
.figure .label, .figure .detail { font-size: 8.5pt; color: var(--muted); }
.figure .value { font-size: 13pt; font-weight: 700; white-space: nowrap; margin: 2pt 0; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 14pt; margin: 4pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
figure { margin: 0; }
figcaption { font-weight: 600; font-size: 9.5pt; margin-bottom: 4pt; }
svg { display: block; }
.option-chart { margin: 4pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
.nw { white-space: nowrap; }
.heatmaps { display: grid; grid-template-columns: repeat(3, 1fr); align-items: end; gap: 10pt 14pt; margin: 4pt 0 4pt; }
.heatmaps figure { break-inside: avoid; page-break-inside: avoid; }
.heatmaps figcaption { font-size: 9.5pt; margin-bottom: 2pt; }
.heatmaps figcaption span { display: block; font-weight: 400; font-size: 8.5pt; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 3pt 12pt; font-size: 8.5pt; color: var(--muted); margin: 0 0 10pt; }
.legend span { display: inline-flex; align-items: center; gap: 4pt; }
.legend svg { display: inline-block; }
svg text { fill: var(--ink); }
@media print { body { max-width: none; padding: 0; } }`;

/** Ranges ("08:00–22:00", "Lun–Dim") are never cut at their dash: a browser would break after it. */
// The punctuation after a range joins its unbreakable span: a browser may break at the end of a
// nowrap span, which left a lone ";" at the start of a heat-map caption's second line.
const keepRanges = (escaped: string): string =>
  escaped.replace(/[^ \t\n;,()]*\u2013[^ \t\n;,()]*[;,]?/g, (t) => `<span class="nw">${t}</span>`);
const runs = (rs: readonly Run[]): string =>
  rs.map((r) => (r.bold ? `<strong>${keepRanges(esc(r.text))}</strong>` : keepRanges(esc(r.text)))).join('');

/** Tables up to this many rows stay on one page when printed, as in the DOCX. */
const KEEP_ROWS = 25;

function table(
  head: readonly string[],
  rows: readonly TableRow[],
  numeric: readonly number[],
  nowrap: readonly number[] = [],
): string {
  const cls = (i: number): string => {
    const names = [...(numeric.includes(i) ? ['num'] : []), ...(nowrap.includes(i) ? ['nw'] : [])];
    return names.length === 0 ? '' : ` class="${names.join(' ')}"`;
  };
  const th = head.map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`).join('');
  const tr = rows.map(
    (r) =>
      `<tr${r.kind === 'body' ? '' : ` class="${r.kind}"`}>${r.cells.map((c, i) => `<td${cls(i)}>${keepRanges(esc(c))}</td>`).join('')}</tr>`,
  );
  return `<table${rows.length <= KEEP_ROWS ? ' class="keep"' : ''}>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${tr.join('\n')}\n</tbody>\n</table>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${runs(b.runs)}</p>`;
    case 'subheading':
      return `<h3>${esc(b.text)}</h3>`;
    case 'list':
      return `<ul>\n${b.items.map((i) => `<li>${runs(i)}</li>`).join('\n')}\n</ul>`;
    case 'figures':
      return `<div class="figures">\n${b.items
        .map(
          (i) =>
            `<div class="figure"><div class="label">${esc(i.label)}</div><div class="value">${esc(i.value)}</div><div class="detail">${esc(i.detail)}</div></div>`,
        )
        .join('\n')}\n</div>`;
    case 'table':
      return table(b.head, b.rows, b.numeric, b.nowrap);
    case 'charts':
      return `<div class="charts">\n${b.charts.map((c) => `<figure><figcaption>${esc(c.title)}</figcaption>${barChartSvg(c)}</figure>`).join('\n')}\n</div>`;
    case 'front':
      return `<figure class="option-chart">${frontSvg(b.chart, false)}</figure>`;
    case 'shares':
      return `<figure class="option-chart">${sharesSvg(b.chart, false)}</figure>`;
    case 'lines':
      return `<figure class="lines"><figcaption>${esc(b.chart.title)}</figcaption>${lineChartSvg(b.chart)}</figure>`;
    case 'heatmaps':
      return `<div class="heatmaps">\n${b.maps.map((m) => `<figure><figcaption>${esc(m.title)}<span>${keepRanges(esc(m.detail))}</span></figcaption>${heatMapSvg(m, b.days, b.hours)}</figure>`).join('\n')}\n</div>\n${legend(b.legend)}`;
  }
}

function legend(l: HeatLegend): string {
  const first = l.countries.map((c) => c.color);
  const item = (swatch: string, label: string): string => `<span>${swatch}${esc(label)}</span>`;
  const items = [
    ...l.countries.map((c) => item(swatchSvg(c), c.label)),
    ...(l.shared === undefined ? [] : [item(swatchSvg('shared', first), l.shared)]),
    ...(l.thin === undefined ? [] : [item(swatchSvg('thin', first), l.thin)]),
    item(swatchSvg('closed'), l.closed),
    ...(l.nobody === undefined ? [] : [item(swatchSvg('nobody'), l.nobody)]),
  ];
  return `<p class="legend">${items.join('')}</p>`;
}

/**
 * A heading never ends a page: it goes with the paragraphs after it and the first table,
 * chart or list, in a block the printer does not split (unless it is taller than a page).
 */
function keepTogether(heading: string, blocks: readonly Block[]): string {
  const out: string[] = [];
  let group: string[] = [heading];
  let open = true;
  for (const b of blocks) {
    if (b.kind === 'subheading') {
      if (open) out.push(`<div class="keep">\n${group.join('\n')}\n</div>`);
      group = [block(b)];
      open = true;
      continue;
    }
    if (!open) {
      out.push(block(b));
      continue;
    }
    group.push(block(b));
    if (b.kind !== 'paragraph') {
      out.push(`<div class="keep">\n${group.join('\n')}\n</div>`);
      open = false;
    }
  }
  if (open) out.push(`<div class="keep">\n${group.join('\n')}\n</div>`);
  return out.join('\n');
}

export function annexHtml(doc: AnnexDoc): string {
  const head = [
    '<meta charset="utf-8">',
    // No request of any kind: styles inline, charts inline, nothing else to fetch.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`${doc.title} — ${doc.subtitle}`)}</title>`,
    `<style>\n${CSS}\n</style>`,
  ];
  const header = [
    `<h1>${esc(doc.title)}</h1>`,
    `<p class="subtitle">${esc(doc.subtitle)}</p>`,
    ...doc.meta.map((l) => `<p class="meta">${esc(l)}</p>`),
  ];
  const sections = doc.sections.map(
    (s) => `<section id="${esc(s.id)}">\n${keepTogether(`<h2>${esc(s.heading)}</h2>`, s.blocks)}\n</section>`,
  );
  return `<!DOCTYPE html>\n<html lang="${esc(doc.lang)}">\n<head>\n${head.join('\n')}\n</head>\n<body>\n<header>\n${header.join('\n')}\n</header>\n<main>\n${sections.join('\n')}\n</main>\n</body>\n</html>\n`;
}
