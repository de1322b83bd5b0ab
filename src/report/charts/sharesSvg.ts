import { xmlText } from '../../text/escape.js';
import { n, svgOpen } from './chartFrame.js';

/** Plans side by side as 100 % bars of the hours, one colour per country (alternatives, points of a front). */
export type SharesChart = {
  readonly title: string;
  /** One bar per plan, top to bottom: its name on the left, a note on the right (cost above the optimum). */
  readonly rows: readonly {
    readonly label: string;
    readonly note: string;
    readonly parts: readonly { readonly key: string; readonly share: number }[];
  }[];
  /** Every key of the parts, in the order drawn: a colour (6 hex digits, no #) and its name. */
  readonly legend: readonly { readonly key: string; readonly label: string; readonly color: string }[];
};

const W = 640;
const ROW = 28;
const BAR = 18;
const LABEL = 130;
const NOTE = 150;
const CHAR = 12 * 0.62;
/** A part at least this wide (px) carries its share as text. */
const WIDE = 34;

/** White or ink on a colour, whichever reads better (relative luminance); a style, which a page's `svg text` rule does not override. */
function inkOn(hex: string): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) > 0.5 ? '#1d2733' : '#fff';
}

const cut = (t: string, chars: number): string =>
  [...t].length <= chars ? t : `${[...t].slice(0, Math.max(1, chars - 1)).join('')}…`;

/**
 * The plans as horizontal 100 % bars split by country (the legend's order, left to right), each
 * part wide enough showing its share, a legend under them. `standalone`: a file of its own;
 * otherwise inline in an HTML page. Pure: the same chart gives the same bytes.
 */
export function sharesSvg(c: SharesChart, standalone: boolean): string {
  const barW = W - LABEL - NOTE;
  const top = 36;
  const out: string[] = [];
  c.rows.forEach((r, i) => {
    const y = top + i * ROW;
    const mid = y + ROW / 2;
    out.push(
      `<text x="${LABEL - 8}" y="${n(mid + 4)}" text-anchor="end">${xmlText(cut(r.label, Math.floor((LABEL - 12) / CHAR)))}</text>`,
    );
    let x = LABEL;
    for (const l of c.legend) {
      const share = r.parts.find((p) => p.key === l.key)?.share ?? 0;
      if (share <= 0) continue;
      const w = share * barW;
      const pct = `${Math.round(share * 100)}%`;
      out.push(
        `<rect x="${n(x)}" y="${n(mid - BAR / 2)}" width="${n(w)}" height="${BAR}" fill="#${l.color}"><title>${xmlText(`${r.label}: ${l.label} ${pct}`)}</title></rect>`,
      );
      if (w >= WIDE)
        out.push(
          `<text x="${n(x + w / 2)}" y="${n(mid + 4)}" text-anchor="middle" font-size="10" style="fill:${inkOn(l.color)}">${pct}</text>`,
        );
      x += w;
    }
    out.push(`<text x="${W - NOTE + 8}" y="${n(mid + 4)}">${xmlText(r.note)}</text>`);
  });
  // The legend: swatch and name, wrapped to the chart's width.
  let lx = LABEL;
  let ly = top + c.rows.length * ROW + 14;
  for (const l of c.legend) {
    const w = 18 + [...l.label].length * CHAR + 14;
    if (lx + w > W - 8 && lx > LABEL) {
      lx = LABEL;
      ly += 18;
    }
    out.push(
      `<rect x="${n(lx)}" y="${n(ly - 9)}" width="12" height="10" fill="#${l.color}"/>`,
      `<text x="${n(lx + 17)}" y="${n(ly)}" font-size="11">${xmlText(l.label)}</text>`,
    );
    lx += w;
  }
  const height = ly + 12;
  return [
    ...svgOpen(W, height, c.title, standalone),
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${xmlText(c.title)}</text>`,
    ...out,
    '</svg>',
  ].join('\n');
}
