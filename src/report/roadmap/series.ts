import type { Roadmap } from '../../roadmap/types.js';

const BARS = '▁▂▃▄▅▆▇█';

/** A sparkline of a series: one bar per value, scaled between its least and its most. */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return '';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values
    .map((v) => BARS[hi - lo < 1e-9 ? 3 : Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))] ?? '')
    .join('');
}

/** At most `n` points of a series, evenly picked (the first and the last kept). */
export function thin<T>(values: readonly T[], n: number): T[] {
  if (values.length <= n) return [...values];
  return Array.from({ length: n }, (_, i) => values[Math.round((i * (values.length - 1)) / (n - 1))]).filter(
    (v): v is T => v !== undefined,
  );
}

/** The pools with staff at some point, in the roadmap's order (countries, then in-house). */
export function poolsOf(r: Roadmap): string[] {
  const seen: string[] = [];
  for (const m of r.path.months) for (const s of m.staff) if (!seen.includes(s.pool)) seen.push(s.pool);
  return seen;
}

/** Headcount of a pool in a month, all activities together. */
export const poolFte = (m: Roadmap['path']['months'][number], pool: string): number =>
  m.staff.reduce((t, s) => t + (s.pool === pool ? s.headcount : 0), 0);

/** Cumulative saving against as-is, month by month (undefined without an as-is path). */
export function cumulativeSaving(r: Roadmap): number[] | undefined {
  if (!r.asIs.available) return undefined;
  const asIs = r.asIs.path.cumulative;
  return r.path.cumulative.map((c, i) => (asIs[i] ?? 0) - c);
}
