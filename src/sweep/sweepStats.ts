import type { Band, SweepInput, SweepPoint, TornadoBar } from './sweepTypes.js';

/** Percentile p in [0, 1] of sorted values, linear between ranks (Excel's PERCENTILE.INC). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

export function band(values: readonly number[]): Band {
  const sorted = [...values].sort((x, y) => x - y);
  return { p10: percentile(sorted, 0.1), p50: percentile(sorted, 0.5), p90: percentile(sorted, 0.9) };
}

/** P10/P50/P90 of the cost and of each country's share, over the points that have a plan. */
export function bands(
  points: readonly SweepPoint[],
  countries: readonly string[],
): { cost: Band; shares: Record<string, Band> } | undefined {
  const ok = points.filter((p) => p.status === 'optimal' && p.cost !== undefined);
  if (ok.length === 0) return undefined;
  const shares: Record<string, Band> = {};
  for (const c of countries) shares[c] = band(ok.map((p) => p.shares[c] ?? 0));
  return { cost: band(ok.map((p) => p.cost ?? 0)), shares };
}

/** Each input at its low and high end, the others at their base values; largest swing first. */
export async function tornado(
  inputs: readonly SweepInput[],
  costAt: (values: readonly number[]) => Promise<number | undefined>,
): Promise<TornadoBar[]> {
  const base = inputs.map((i) => i.base ?? (i.low + i.high) / 2);
  const bars: TornadoBar[] = [];
  for (const [k, input] of inputs.entries()) {
    const at = (v: number): number[] => base.map((b, j) => (j === k ? v : b));
    const costLow = await costAt(at(input.low));
    const costHigh = await costAt(at(input.high));
    const swing = costLow === undefined || costHigh === undefined ? undefined : Math.abs(costHigh - costLow);
    bars.push({ input: input.path, low: input.low, high: input.high, costLow, costHigh, swing });
  }
  return bars.sort((a, b) => (b.swing ?? Infinity) - (a.swing ?? Infinity));
}
