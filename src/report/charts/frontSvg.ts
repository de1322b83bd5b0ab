import { xmlText } from '../../text/escape.js';
import { n, paddedDomain, svgOpen } from './chartFrame.js';

/** A trade-off front in words and numbers, ready to draw: one objective across, the cost up. */
export type FrontChart = {
  readonly title: string;
  /** Axis captions: "home share (more is better)", "cost EUR per month". */
  readonly xLabel: string;
  readonly yLabel: string;
  /** In order along the front; `label` is written beside the dot (its number), `tip` shows on hover. */
  readonly points: readonly { readonly x: number; readonly y: number; readonly label: string; readonly tip: string }[];
  readonly knee: number | undefined;
  /** The word beside the knee's ring ("knee", "coude"). */
  readonly kneeText: string;
  /** Ticks with their text (chartFrame.axisTicks over the same values). */
  readonly xTicks: readonly (readonly [number, string])[];
  readonly yTicks: readonly (readonly [number, string])[];
};

const W = 640;
const H = 380;
const M = { left: 92, right: 28, top: 40, bottom: 58 };

/**
 * The front as an SVG chart: each point a numbered dot on the line that joins them, the knee
 * ringed, ticks and captions as given. `standalone`: a file of its own (a slide takes it as
 * it is); otherwise inline in an HTML page. Pure: the same chart gives the same bytes.
 */
export function frontSvg(c: FrontChart, standalone: boolean): string {
  const [x0, x1] = paddedDomain(c.points.map((p) => p.x));
  const [y0, y1] = paddedDomain(c.points.map((p) => p.y));
  const px = (x: number): number => M.left + ((x - x0) / (x1 - x0)) * (W - M.left - M.right);
  const py = (y: number): number => H - M.bottom - ((y - y0) / (y1 - y0)) * (H - M.top - M.bottom);
  const bottom = H - M.bottom;
  const out: string[] = [
    ...svgOpen(W, H, c.title, standalone),
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${xmlText(c.title)}</text>`,
  ];
  for (const [t, text] of c.yTicks)
    out.push(
      `<line x1="${M.left}" y1="${n(py(t))}" x2="${W - M.right}" y2="${n(py(t))}" stroke="#e3e8ee"/>`,
      `<text x="${M.left - 8}" y="${n(py(t) + 4)}" text-anchor="end">${xmlText(text)}</text>`,
    );
  for (const [t, text] of c.xTicks)
    out.push(
      `<line x1="${n(px(t))}" y1="${bottom}" x2="${n(px(t))}" y2="${bottom + 5}" stroke="#4a5663"/>`,
      `<text x="${n(px(t))}" y="${bottom + 19}" text-anchor="middle">${xmlText(text)}</text>`,
    );
  out.push(
    `<line x1="${M.left}" y1="${bottom}" x2="${W - M.right}" y2="${bottom}" stroke="#4a5663"/>`,
    `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${bottom}" stroke="#4a5663"/>`,
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 14}" text-anchor="middle">${xmlText(c.xLabel)}</text>`,
    `<text transform="translate(18 ${(M.top + bottom) / 2}) rotate(-90)" text-anchor="middle">${xmlText(c.yLabel)}</text>`,
    `<polyline fill="none" stroke="#1f4e79" stroke-width="2" points="${c.points.map((p) => `${n(px(p.x))},${n(py(p.y))}`).join(' ')}"/>`,
  );
  c.points.forEach((p, k) => {
    const cx = n(px(p.x));
    const cy = n(py(p.y));
    out.push(
      `<circle cx="${cx}" cy="${cy}" r="4" fill="#1f4e79"><title>${xmlText(p.tip)}</title></circle>`,
      `<text x="${n(px(p.x) + 7)}" y="${n(py(p.y) + 14)}" font-size="10" style="fill:#4a5663">${xmlText(p.label)}</text>`,
    );
    if (k === c.knee)
      out.push(
        `<circle cx="${cx}" cy="${cy}" r="9" fill="none" stroke="#d55e00" stroke-width="2"/>`,
        `<text x="${cx}" y="${n(py(p.y) - 14)}" text-anchor="middle" style="fill:#d55e00">${xmlText(c.kneeText)}</text>`,
      );
  });
  out.push('</svg>');
  return out.join('\n');
}
