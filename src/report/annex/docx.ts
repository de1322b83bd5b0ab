import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { AnnexDoc, BarChart, Block, HeatCell, HeatLegend, HeatMap, Run, TableRow as Row } from './blocks.js';
import { xmlChars } from '../../text/escape.js';
import { fixDocxTimes } from './docxZip.js';
import { sharesTable, stepTable } from './docxShares.js';

/**
 * An editable Word document: real headings (navigation pane), real tables, bars as shaded cells.
 * docx escapes markup itself; every text goes through xmlChars for the characters XML cannot carry.
 */
const ACCENT = '1F4E79';
const RULE = 'C9D3DE';
const SOFT = 'EEF3F8';
const MUTED = '4A5663';
/** A4 portrait with 15 mm side margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 851 };
const CONTENT = PAGE.width - 2 * PAGE.margin;

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const line = (color: string, size = 4) => ({ style: BorderStyle.SINGLE, size, color });
const shade = (fill: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill });
const MARGINS = { top: 50, bottom: 50, left: 90, right: 90 };

const textRuns = (rs: readonly Run[]): TextRun[] =>
  rs.map((r) => new TextRun({ text: xmlChars(r.text), bold: r.bold ?? false }));

const longestWord = (t: string): number => Math.max(0, ...t.split(/[ \n]/).map((w) => w.length));
/** Rough width of one character at 10 pt, and of a cell's side margins, in twips. */
const CHAR_TW = 118;
const PAD_TW = 2 * MARGINS.left + 40;

/**
 * Column widths: each column first gets its longest word (header included), so that no word
 * is ever cut; what is left goes to the columns whose text is longer than that, capped so a
 * long text wraps rather than squeezing the others; any rest is shared in proportion.
 */
function widths(head: readonly string[], rows: readonly Row[], nowrap: readonly number[] = []): number[] {
  const cells = head.map((h, i) => [h, ...rows.map((r) => r.cells[i] ?? '')]);
  // A column that should not wrap (ids, days) gets its longest cell, with a character to spare.
  const min = cells.map(
    (col, i) =>
      (nowrap.includes(i)
        ? Math.max(longestWord(col[0] ?? ''), ...col.slice(1).map((t) => t.length + 1))
        : Math.max(4, ...col.map(longestWord))) *
        CHAR_TW +
      PAD_TW,
  );
  const want = cells.map((col, i) =>
    Math.max(min[i] ?? 0, Math.min(36, Math.max(...col.slice(1).map((t) => t.length), 0)) * CHAR_TW + PAD_TW),
  );
  const minSum = min.reduce((t, w) => t + w, 0);
  if (minSum >= CONTENT) return min.map((w) => Math.floor((w / minSum) * CONTENT));
  const extra = want.map((w, i) => w - (min[i] ?? 0));
  const extraSum = extra.reduce((t, w) => t + w, 0);
  const room = CONTENT - minSum;
  const grown = min.map((w, i) => w + (extraSum > room ? ((extra[i] ?? 0) * room) / extraSum : (extra[i] ?? 0)));
  const left = CONTENT - grown.reduce((t, w) => t + w, 0);
  const grownSum = grown.reduce((t, w) => t + w, 0);
  return grown.map((w) => Math.floor(w + (left * w) / grownSum));
}

/** Tables up to this many rows are kept on one page (each row's paragraphs keep with the next). */
const KEEP_ROWS = 25;

function dataTable(
  head: readonly string[],
  rows: readonly Row[],
  numeric: readonly number[],
  nowrap: readonly number[] = [],
): Table {
  const columnWidths = widths(head, rows, nowrap);
  const align = (i: number) => (numeric.includes(i) ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const keep = rows.length <= KEEP_ROWS;
  type CellStyle = { bold?: boolean; italics?: boolean; color?: string; fill?: string; top?: boolean; last?: boolean };
  const cell = (t: string, i: number, opts: CellStyle) =>
    new TableCell({
      width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
      ...(opts.fill ? { shading: shade(opts.fill) } : {}),
      borders: { top: opts.top ? line('1D2733', 8) : none, bottom: line(RULE), left: none, right: none },
      children: [
        new Paragraph({
          alignment: align(i),
          keepNext: keep && opts.last !== true,
          spacing: { after: 0 },
          children: [
            new TextRun({
              text: xmlChars(t),
              bold: opts.bold ?? false,
              italics: opts.italics ?? false,
              ...(opts.color ? { color: opts.color } : {}),
            }),
          ],
        }),
      ],
    });
  return new Table({
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    margins: MARGINS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: head.map((h, i) => cell(h, i, { bold: true, color: 'FFFFFF', fill: ACCENT })),
      }),
      ...rows.map(
        (r, n) =>
          new TableRow({
            cantSplit: true,
            children: r.cells.map((c, i) =>
              cell(c, i, {
                ...(r.kind === 'total'
                  ? { bold: true, top: true }
                  : r.kind === 'subtotal'
                    ? { italics: true, fill: SOFT }
                    : {}),
                last: n === rows.length - 1,
              }),
            ),
          }),
      ),
    ],
  });
}

function figures(items: Extract<Block, { kind: 'figures' }>['items']): Table {
  const w = Math.floor(CONTENT / Math.max(1, items.length));
  const small = (t: string) =>
    new Paragraph({ children: [new TextRun({ text: xmlChars(t), size: 17, color: MUTED })] });
  return new Table({
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths: items.map(() => w),
    layout: TableLayoutType.FIXED,
    margins: { top: 80, bottom: 80, left: 110, right: 110 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: items.map(
          (i) =>
            new TableCell({
              width: { size: w, type: WidthType.DXA },
              borders: { top: line(ACCENT, 18), bottom: line(RULE), left: line(RULE), right: line(RULE) },
              children: [
                small(i.label),
                new Paragraph({
                  spacing: { before: 40, after: 40 },
                  children: [new TextRun({ text: xmlChars(i.value), bold: true, size: 26 })],
                }),
                small(i.detail),
              ],
            }),
        ),
      }),
    ],
  });
}

/** A bar chart Word can edit: a grid of narrow columns, the bar a run of shaded cells. */
function chart(c: BarChart): FileChild[] {
  const steps = 24;
  const labelW = 2200;
  const valueW = 2300;
  const stepW = Math.floor((CONTENT - labelW - valueW) / steps);
  const top = Math.max(0, ...c.bars.map((b) => b.value));
  // Every row but the last keeps with the next: Word then never splits the chart across pages.
  const plainCell = (t: string, w: number, span: number, keep: boolean, right = false) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      columnSpan: span,
      borders: { top: none, bottom: none, left: none, right: none },
      children: [
        new Paragraph({
          keepNext: keep,
          alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: xmlChars(t), size: 18 })],
        }),
      ],
    });
  const rows = c.bars.map((b, i) => {
    const keep = i < c.bars.length - 1;
    const k = top > 0 ? Math.max(b.value > 0 ? 1 : 0, Math.round((b.value / top) * steps)) : 0;
    const cells = [plainCell(b.label, labelW, 1, keep, true)];
    if (k > 0) {
      cells.push(
        new TableCell({
          width: { size: k * stepW, type: WidthType.DXA },
          columnSpan: k,
          shading: shade(ACCENT),
          borders: { top: line('FFFFFF', 12), bottom: line('FFFFFF', 12), left: none, right: none },
          children: [new Paragraph({ keepNext: keep })],
        }),
      );
    }
    if (k < steps) cells.push(plainCell('', (steps - k) * stepW, steps - k, keep));
    cells.push(plainCell(b.text, valueW, 1, keep));
    return new TableRow({ cantSplit: true, children: cells });
  });
  return stepTable(c.title, CONTENT, [labelW, ...Array.from({ length: steps }, () => stepW), valueW], [20, 60], rows);
}

/** Dark text on light fills, white on dark ones (perceived luminance of the fill). */
const inkOn = (fill: string): string => {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(fill.slice(i, i + 2), 16) || 0);
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0) < 150 ? 'FFFFFF' : '1D2733';
};
const CLOSED_FILL = 'EEF1F4';

/**
 * A week heat-map Word can edit: a table with a column per day, each cell shaded in the colour
 * of the country answering most and holding the countries' codes ("SR+RO", "*" when thin).
 * Consecutive hours whose seven cells are alike share a row ("06:00–22:00"), so a 24/7 desk
 * takes a few rows, not 24.
 */
function heatTable(map: HeatMap, days: readonly string[]): FileChild[] {
  const labelW = 1500;
  const dayW = Math.floor((CONTENT - labelW) / 7);
  const same = (a: readonly HeatCell[], b: readonly HeatCell[]): boolean =>
    a.every((c, i) => c.open === b[i]?.open && c.short === b[i]?.short && c.colors.join() === b[i]?.colors.join());
  const groups: { from: number; to: number; cells: readonly HeatCell[] }[] = [];
  map.cells.forEach((row, h) => {
    const last = groups[groups.length - 1];
    if (last && same(last.cells, row)) last.to = h + 1;
    else groups.push({ from: h, to: h + 1, cells: row });
  });
  const hh = (h: number): string => `${String(h).padStart(2, '0')}:00`;
  const cell = (
    text: string,
    w: number,
    o: { fill?: string; color?: string; bold?: boolean; italics?: boolean; right?: boolean; keep: boolean },
  ) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      ...(o.fill ? { shading: shade(o.fill) } : {}),
      borders: { top: line('FFFFFF', 6), bottom: line('FFFFFF', 6), left: line('FFFFFF', 6), right: line('FFFFFF', 6) },
      children: [
        new Paragraph({
          alignment: o.right ? AlignmentType.RIGHT : AlignmentType.CENTER,
          keepNext: o.keep,
          spacing: { after: 0 },
          children: [
            new TextRun({
              text: xmlChars(text),
              size: 16,
              bold: o.bold ?? false,
              italics: o.italics ?? false,
              ...(o.color ? { color: o.color } : {}),
            }),
          ],
        }),
      ],
    });
  const rows = groups.map(
    (g, n) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(`${hh(g.from)}–${hh(g.to)}`, labelW, { right: true, keep: n < groups.length - 1 }),
          ...g.cells.map((c) => {
            const fill = !c.open ? CLOSED_FILL : (c.colors[0] ?? 'FFFFFF');
            return cell(c.short, dayW, {
              fill,
              color: c.open && c.colors.length === 0 ? 'C0392B' : inkOn(fill),
              bold: c.open && c.colors.length === 0,
              italics: c.thin,
              keep: n < groups.length - 1,
            });
          }),
        ],
      }),
  );
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [
        new TextRun({ text: xmlChars(map.title), bold: true }),
        new TextRun({ text: xmlChars(` — ${map.detail}`), color: MUTED }),
      ],
    }),
    new Table({
      width: { size: labelW + 7 * dayW, type: WidthType.DXA },
      columnWidths: [labelW, ...days.map(() => dayW)],
      layout: TableLayoutType.FIXED,
      margins: { top: 20, bottom: 20, left: 60, right: 60 },
      rows: [
        // A plain head: the annex's blue is a country's colour here.
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: [cell('', labelW, { keep: true }), ...days.map((d) => cell(d, dayW, { bold: true, keep: true }))],
        }),
        ...rows,
      ],
    }),
  ];
}

/** The legend in words: which code is which country, what * and the grey cells mean. */
function heatLegend(l: HeatLegend, sep: string): Paragraph {
  const items = [
    ...l.countries.map((c) => `${c.code} = ${c.label}`),
    l.codes,
    ...(l.thin === undefined ? [] : [`* ${l.thin.charAt(0).toLowerCase()}${l.thin.slice(1)}`]),
    l.closedGrey,
    ...(l.nobody === undefined ? [] : [`! ${l.nobody}`]),
  ];
  return new Paragraph({
    spacing: { before: 60, after: 120 },
    children: [new TextRun({ text: xmlChars(items.join(sep)), size: 17, color: MUTED })],
  });
}

/** `keepNext`: the paragraph introduces what follows and must not end a page without it. */
function block(b: Block, keepNext: boolean, sep: string): FileChild[] {
  const gap = new Paragraph({ spacing: { after: 0 }, children: [] });
  switch (b.kind) {
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, keepNext, children: textRuns(b.runs) })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(xmlChars(b.text))] })];
    case 'list':
      return b.items.map((i) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: textRuns(i) }));
    case 'figures':
      return [figures(b.items), gap];
    case 'table':
      return [dataTable(b.head, b.rows, b.numeric, b.nowrap), gap];
    case 'charts':
      return [...b.charts.flatMap(chart), gap];
    // Word gets the chart's figures as a native table (none when the section's tables give them).
    case 'lines':
      return b.chart.table === undefined
        ? []
        : [
            new Paragraph({ spacing: { after: 60 }, keepNext: true, children: textRuns([{ text: b.chart.title }]) }),
            dataTable(b.chart.table.head, b.chart.table.rows, b.chart.table.numeric),
            gap,
          ];
    case 'heatmaps':
      return [...b.maps.flatMap((m) => heatTable(m, b.days)), heatLegend(b.legend, sep)];
    // Word has no SVG without a bitmap beside it: the front's figures are in the table after it.
    case 'front':
      return [];
    case 'shares':
      return sharesTable(b.chart, CONTENT, MUTED);
  }
}

const SECTION_NUMBERS = 'annex-sections';

/** The annex as .docx bytes, identical from run to run (see docxZip.ts). */
export async function annexDocx(doc: AnnexDoc, isoDay?: string): Promise<Uint8Array> {
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlChars(doc.title))] }),
    new Paragraph({
      spacing: { after: 60 },
      children: [new TextRun({ text: xmlChars(doc.subtitle), bold: true, size: 26 })],
    }),
    ...doc.meta.map((m) => new Paragraph({ children: [new TextRun({ text: xmlChars(m), color: MUTED })] })),
    ...doc.sections.flatMap((s) => [
      // Word numbers the sections itself (a list level on Heading 1): moving or deleting one renumbers the rest.
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        numbering: { reference: SECTION_NUMBERS, level: 0 },
        children: [new TextRun(xmlChars(s.title))],
      }),
      ...s.blocks.flatMap((b, i) =>
        block(
          b,
          s.blocks[i + 1] !== undefined && s.blocks[i + 1]?.kind !== 'paragraph',
          doc.lang.startsWith('fr') ? '\u00a0; ' : '; ',
        ),
      ),
    ]),
  ];
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: xmlChars(`${doc.title} — `), size: 16, color: MUTED }),
          new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16, color: MUTED }),
        ],
      }),
    ],
  });
  const file = new Document({
    title: xmlChars(doc.title),
    subject: xmlChars(doc.subtitle),
    creator: 'bestshore',
    numbering: {
      config: [
        {
          reference: SECTION_NUMBERS,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              suffix: LevelSuffix.SPACE,
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 0, hanging: 0 } } },
            },
          ],
        },
      ],
    },
    lastModifiedBy: 'bestshore',
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 20, language: { value: doc.lang } },
          paragraph: { spacing: { after: 80 } },
        },
        title: { run: { font: 'Calibri', size: 40, bold: true, color: ACCENT } },
        heading1: {
          run: { font: 'Calibri', size: 28, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 320, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: 'Calibri', size: 22, bold: true, color: '1D2733' },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: 907, bottom: 1020, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return fixDocxTimes(new Uint8Array(await Packer.toBuffer(file)), isoDay);
}
