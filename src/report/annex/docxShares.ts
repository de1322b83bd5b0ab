import {
  AlignmentType,
  BorderStyle,
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
import type { SharesChart } from '../charts/sharesSvg.js';
import { xmlChars } from '../../text/escape.js';

/**
 * A chart Word can edit, as a table of fixed columns (a label, the steps of the bars, a note)
 * under its bold title, kept with it on one page; `margin`: [top and bottom, left and right].
 */
export function stepTable(
  title: string,
  width: number,
  columnWidths: readonly number[],
  margin: readonly [number, number],
  rows: TableRow[],
): FileChild[] {
  const [v, h] = margin;
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [new TextRun({ text: xmlChars(title), bold: true })],
    }),
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: [...columnWidths],
      layout: TableLayoutType.FIXED,
      margins: { top: v, bottom: v, left: h, right: h },
      rows,
    }),
  ];
}

/** Steps of a bar: each is 4 % of the hours. */
const STEPS = 25;
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** Whole steps per part adding up to STEPS (largest remainders), so every bar is as long as the others. */
function stepsOf(shares: readonly number[]): number[] {
  const raw = shares.map((s) => s * STEPS);
  const out = raw.map(Math.floor);
  const left = STEPS - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < left && k < order.length; k++) {
    const i = order[k]?.[1] ?? 0;
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

const ink = (fill: string): string => {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(fill.slice(i, i + 2), 16) || 0);
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0) < 150 ? 'FFFFFF' : '1D2733';
};

/**
 * Plans as 100 % bars Word can edit: a table whose middle columns are 4 % of the hours each,
 * every country a run of cells shaded in its colour with its share written in it (when two
 * cells wide or more), the plan's name on the left and its note on the right; the legend under it.
 */
export function sharesTable(c: SharesChart, content: number, muted: string): FileChild[] {
  const labelW = 1900;
  const noteW = 1900;
  const stepW = Math.floor((content - labelW - noteW) / STEPS);
  const plain = (t: string, w: number, keep: boolean, right = false): TableCell =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      borders: { top: none, bottom: none, left: none, right: none },
      children: [
        new Paragraph({
          keepNext: keep,
          alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: xmlChars(t), size: 17 })],
        }),
      ],
    });
  // Every row keeps with the next, the last with the legend: Word never splits the chart.
  const keep = true;
  const rows = c.rows.map((r) => {
    const parts = c.legend.flatMap((l) => {
      const share = r.parts.find((p) => p.key === l.key)?.share ?? 0;
      return share > 0 ? [{ color: l.color, share }] : [];
    });
    const steps = stepsOf(parts.map((p) => p.share));
    const cells = [plain(r.label, labelW, keep, true)];
    parts.forEach((p, k) => {
      const span = steps[k] ?? 0;
      if (span === 0) return;
      cells.push(
        new TableCell({
          width: { size: span * stepW, type: WidthType.DXA },
          columnSpan: span,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: p.color },
          borders: { top: none, bottom: none, left: none, right: none },
          children: [
            new Paragraph({
              keepNext: keep,
              alignment: AlignmentType.CENTER,
              children:
                span >= 2
                  ? [new TextRun({ text: `${Math.round(p.share * 100)}%`, size: 15, color: ink(p.color) })]
                  : [],
            }),
          ],
        }),
      );
    });
    cells.push(plain(r.note, noteW, keep));
    return new TableRow({ cantSplit: true, children: cells });
  });
  return [
    ...stepTable(c.title, content, [labelW, ...Array.from({ length: STEPS }, () => stepW), noteW], [30, 40], rows),
    new Paragraph({
      spacing: { before: 60, after: 120 },
      children: c.legend.flatMap((l, k) => [
        new TextRun({ text: `${k === 0 ? '' : '   '}■ `, color: l.color, size: 17 }),
        new TextRun({ text: xmlChars(l.label), size: 17, color: muted }),
      ]),
    }),
  ];
}
