import { xmlText } from '../../text/escape.js';

/**
 * What the option charts share: how they open (standalone, for a file or a slide, or inline in
 * an HTML page), round axis ticks, and compact numbers in attributes.
 */

/** Faces installed nearly everywhere (Windows, macOS, Linux), so a slide shows the text as drawn. */
export const CHART_FONTS = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** Attribute numbers with one decimal at most: compact and identical from run to run. */
export const n = (x: number): string => String(Math.round(x * 10) / 10);

/**
 * The opening tag: a standalone picture carries its namespace, its size, a font list and a white
 * background; an inline one scales to its column (`width="100%"`) and takes the page's font.
 */
export function svgOpen(w: number, h: number, label: string, standalone: boolean, fontSize = 12): string[] {
  return standalone
    ? [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${n(h)}" viewBox="0 0 ${w} ${n(h)}" font-family="${CHART_FONTS}" font-size="${fontSize}" role="img" aria-label="${xmlText(label)}">`,
        `<title>${xmlText(label)}</title>`,
        `<rect width="${w}" height="${n(h)}" fill="#fff"/>`,
      ]
    : [
        `<svg viewBox="0 0 ${w} ${n(h)}" width="100%" role="img" aria-label="${xmlText(label)}" font-size="${fontSize}">`,
        `<title>${xmlText(label)}</title>`,
      ];
}

/** [lo, hi] widened by 5 % on each side (by 1 or 5 % of the value when lo = hi), so no point sits on an axis. */
export function paddedDomain(values: readonly number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  const span = hi - lo;
  return span > 0
    ? [lo - span * 0.05, hi + span * 0.05]
    : [lo - Math.max(1e-3, Math.abs(lo) * 0.05), hi + Math.max(1e-3, Math.abs(hi) * 0.05)];
}

/** Round tick values (steps of 1, 2 or 5 × 10^k) inside [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 5, integer = false): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((k) => k * mag).find((k) => k >= raw) ?? raw;
  if (integer) step = Math.max(1, Math.round(step));
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out.filter((t) => t >= lo && t <= hi);
}

/** Ticks of an axis over `values` (padded as the chart pads them), each with its text. */
export function axisTicks(
  values: readonly number[],
  text: (v: number) => string,
  integer = false,
): readonly (readonly [number, string])[] {
  const [lo, hi] = paddedDomain(values);
  return niceTicks(lo, hi, 5, integer).map((t) => [t, text(t)] as const);
}
