import type { ParetoResult } from '../../options/paretoTypes.js';
import { xmlText } from '../../text/escape.js';

const W = 640;
const H = 400;
const M = { left: 90, right: 30, top: 50, bottom: 60 };

/** Round tick values spanning [lo, hi]. */
function ticks(lo: number, hi: number, n = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((k) => k >= raw) ?? raw;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

const fmt = (x: number, unit: 'share' | 'score' | 'index' | 'count' | 'money'): string =>
  unit === 'share'
    ? `${(x * 100).toFixed((x * 100) % 1 === 0 ? 0 : 1)}%`
    : unit === 'score'
      ? x.toFixed(3)
      : unit === 'index'
        ? x.toFixed(1)
        : unit === 'count'
          ? String(Math.round(x))
          : Math.round(x).toLocaleString('en-US');

/**
 * The front as a small standalone SVG chart (an HTML report or a slide takes it as it is): the
 * objective across, the cost up, each point a dot, the knee ringed. Pure: the same result gives
 * the same bytes; every text from the scenario is escaped for XML.
 */
export function renderParetoSvg(r: ParetoResult): string {
  const xs = r.points.map((p) => p.value);
  const ys = r.points.map((p) => p.plan.totalCost);
  const pad = (lo: number, hi: number): [number, number] =>
    hi > lo
      ? [lo - (hi - lo) * 0.05, hi + (hi - lo) * 0.05]
      : [lo - Math.max(1, Math.abs(lo) * 0.05), hi + Math.max(1, Math.abs(hi) * 0.05)];
  const [x0, x1] = pad(Math.min(...xs), Math.max(...xs));
  const [y0, y1] = pad(Math.min(...ys), Math.max(...ys));
  const px = (x: number): number => M.left + ((x - x0) / (x1 - x0)) * (W - M.left - M.right);
  const py = (y: number): number => H - M.bottom - ((y - y0) / (y1 - y0)) * (H - M.top - M.bottom);
  const n = (v: number): string => v.toFixed(1);
  const unit = r.objective.unit;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<title>${xmlText(`${r.name}: cost against ${r.objective.label}`)}</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="24" text-anchor="middle" font-size="14" font-weight="bold">${xmlText(`Cost against ${r.objective.label}`)}</text>`,
    `<line x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}" stroke="#333"/>`,
    `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#333"/>`,
  ];
  for (const t of ticks(x0, x1))
    if (t >= x0 && t <= x1)
      out.push(`<text x="${n(px(t))}" y="${H - M.bottom + 18}" text-anchor="middle">${xmlText(fmt(t, unit))}</text>`);
  for (const t of ticks(y0, y1))
    if (t >= y0 && t <= y1)
      out.push(
        `<text x="${M.left - 8}" y="${n(py(t) + 4)}" text-anchor="end">${xmlText(fmt(t, 'money'))}</text>`,
        `<line x1="${M.left}" y1="${n(py(t))}" x2="${W - M.right}" y2="${n(py(t))}" stroke="#eee"/>`,
      );
  out.push(
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 16}" text-anchor="middle">${xmlText(`${r.objective.label} (${r.objective.sense === 'max' ? 'more is better' : 'less is better'})`)}</text>`,
  );
  out.push(
    `<text transform="translate(18 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${xmlText(`cost ${r.currency} per ${r.period}`)}</text>`,
  );
  out.push(
    `<polyline fill="none" stroke="#1f77b4" stroke-width="2" points="${r.points.map((p) => `${n(px(p.value))},${n(py(p.plan.totalCost))}`).join(' ')}"/>`,
  );
  r.points.forEach((p, k) => {
    const cx = n(px(p.value));
    const cy = n(py(p.plan.totalCost));
    out.push(
      `<circle cx="${cx}" cy="${cy}" r="4" fill="#1f77b4"><title>${xmlText(`${fmt(p.value, unit)}: ${fmt(p.plan.totalCost, 'money')} ${r.currency}`)}</title></circle>`,
    );
    if (k === r.knee)
      out.push(
        `<circle cx="${cx}" cy="${cy}" r="9" fill="none" stroke="#d62728" stroke-width="2"/>`,
        `<text x="${cx}" y="${n(py(p.plan.totalCost) - 14)}" text-anchor="middle" fill="#d62728">knee</text>`,
      );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
