import type { Band, SweepResult, TornadoBar } from '../../sweep/sweepTypes.js';
import { xmlText } from '../../text/escape.js';

const W = 720;
const LABEL = 230;
const RIGHT = 100;
const ROW = 26;
const money = (x: number): string => Math.round(x).toLocaleString('en-US');
const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
const n = (v: number): string => v.toFixed(1);

/** A horizontal scale from [lo, hi] to the chart's plotting width, padded. */
function scale(lo: number, hi: number, pad = 0.05): (x: number) => number {
  const span = hi > lo ? hi - lo : Math.max(1, Math.abs(hi));
  const a = lo - span * pad;
  const b = hi + span * pad;
  return (x) => LABEL + ((x - a) / (b - a)) * (W - LABEL - RIGHT);
}

/** Tornado: each input's low-to-high cost, a bar around the scenario's own cost, widest first. */
function tornado(r: SweepResult, top: number): { body: string[]; height: number } {
  const bars = r.tornado.filter(
    (b): b is TornadoBar & { costLow: number; costHigh: number } => b.costLow !== undefined && b.costHigh !== undefined,
  );
  if (bars.length === 0) return { body: [], height: 0 };
  const base = r.baseCost;
  const ends = bars.flatMap((b) => [b.costLow, b.costHigh]).concat(base === undefined ? [] : [base]);
  // Room on the left for the low ends' figures.
  const x = scale(Math.min(...ends), Math.max(...ends), 0.2);
  const out = [
    `<text x="${LABEL}" y="${top + 16}" font-weight="bold">${xmlText(`Tornado: cost ${r.currency} per ${r.period} at each input's low and high end`)}</text>`,
  ];
  bars.forEach((b, k) => {
    const y = top + 30 + k * ROW;
    const [lo, hi] = [Math.min(b.costLow, b.costHigh), Math.max(b.costLow, b.costHigh)];
    out.push(`<text x="${LABEL - 8}" y="${y + 15}" text-anchor="end">${xmlText(b.input)}</text>`);
    out.push(
      `<rect x="${n(x(lo))}" y="${y + 3}" width="${n(Math.max(1, x(hi) - x(lo)))}" height="${ROW - 8}" fill="#1f77b4"><title>${xmlText(`${b.input}: ${b.low} → ${money(b.costLow)}; ${b.high} → ${money(b.costHigh)}`)}</title></rect>`,
    );
    out.push(
      `<text x="${n(x(lo) - 4)}" y="${y + 15}" text-anchor="end" font-size="10">${xmlText(money(lo))}</text>`,
      `<text x="${n(x(hi) + 4)}" y="${y + 15}" font-size="10">${xmlText(money(hi))}</text>`,
    );
  });
  const bottom = top + 30 + bars.length * ROW;
  if (base !== undefined)
    out.push(
      `<line x1="${n(x(base))}" y1="${top + 26}" x2="${n(x(base))}" y2="${bottom}" stroke="#d62728" stroke-dasharray="4 3"/>`,
      `<text x="${n(x(base))}" y="${bottom + 14}" text-anchor="middle" fill="#d62728" font-size="10">${xmlText(`as written: ${money(base)}`)}</text>`,
    );
  return { body: out, height: bottom + 24 - top };
}

/** One P10–P90 bar with its P50 tick. */
function bandRow(label: string, b: Band, x: (v: number) => number, y: number, f: (v: number) => string): string[] {
  return [
    `<text x="${LABEL - 8}" y="${y + 15}" text-anchor="end">${xmlText(label)}</text>`,
    `<rect x="${n(x(b.p10))}" y="${y + 4}" width="${n(Math.max(1, x(b.p90) - x(b.p10)))}" height="${ROW - 10}" fill="#aec7e8"><title>${xmlText(`${label}: P10 ${f(b.p10)}, P50 ${f(b.p50)}, P90 ${f(b.p90)}`)}</title></rect>`,
    `<line x1="${n(x(b.p50))}" y1="${y + 2}" x2="${n(x(b.p50))}" y2="${y + ROW - 4}" stroke="#1f77b4" stroke-width="2"/>`,
    `<text x="${n(x(b.p90) + 4)}" y="${y + 15}" font-size="10">${xmlText(`${f(b.p10)} – ${f(b.p90)}`)}</text>`,
  ];
}

/** Monte Carlo bands: the cost's P10–P90 (P50 marked), then each country's share. */
function bands(r: SweepResult, top: number): { body: string[]; height: number } {
  if (!r.bands) return { body: [], height: 0 };
  const out = [
    `<text x="${LABEL}" y="${top + 16}" font-weight="bold">${xmlText('Monte Carlo: P10 to P90, P50 marked')}</text>`,
  ];
  const c = r.bands.cost;
  out.push(...bandRow(`cost ${r.currency}`, c, scale(c.p10, c.p90), top + 28, money));
  const shares = r.countries.filter((cc) => r.bands?.shares[cc] !== undefined);
  const xs = scale(0, Math.max(0.01, ...shares.map((cc) => r.bands?.shares[cc]?.p90 ?? 0)));
  shares.forEach((cc, k) => {
    const b = r.bands?.shares[cc];
    if (b) out.push(...bandRow(`${cc} share`, b, xs, top + 28 + (k + 1) * ROW, pct));
  });
  return { body: out, height: 40 + (shares.length + 1) * ROW };
}

/**
 * A sweep as a standalone SVG picture (for an HTML report or a slide): the tornado, and for
 * Monte Carlo the percentile bands. Pure: the same result gives the same bytes; every text
 * from the scenario or the command line is escaped for XML.
 */
export function renderSweepSvg(r: SweepResult): string {
  const head = [
    `<text x="${W / 2}" y="24" text-anchor="middle" font-size="14" font-weight="bold">${xmlText(r.name)}</text>`,
  ];
  const t = tornado(r, 36);
  const b = bands(r, 36 + t.height);
  const height = Math.max(80, 36 + t.height + b.height + 10);
  const empty =
    t.height === 0 && b.height === 0
      ? [
          `<text x="${W / 2}" y="60" text-anchor="middle">${xmlText('No input has a plan at both ends: nothing to draw.')}</text>`,
        ]
      : [];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>${xmlText(`${r.name}: sweep`)}</title>`,
    `<rect width="${W}" height="${height}" fill="#fff"/>`,
    ...head,
    ...t.body,
    ...b.body,
    ...empty,
    '</svg>',
    '',
  ].join('\n');
}
