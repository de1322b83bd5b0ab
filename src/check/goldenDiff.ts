import type { Outcome } from '../plan/types.js';
import { DEFAULT_COST_TOLERANCE, DEFAULT_SHARE_TOLERANCE, type Expectation } from './expectation.js';

/** How a fresh plan differs from its golden result; empty when it matches. */
export type Difference = { readonly what: string; readonly expected: string; readonly actual: string };

const pct = (x: number): string => `${(Math.round(x * 10000) / 100).toFixed(2)}%`;
const amount = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** Each activity's share per country in a plan. */
export function sharesOf(outcome: Outcome): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  if (outcome.status !== 'optimal') return out;
  for (const a of outcome.activities) out[a.activity] = {};
  for (const r of outcome.allocation) {
    const total = outcome.activities.find((a) => a.activity === r.activity)?.hours ?? 0;
    const row = out[r.activity] ?? (out[r.activity] = {});
    row[r.country] = total > 0 ? r.hours / total : 0;
  }
  return out;
}

export function compare(outcome: Outcome, exp: Expectation): Difference[] {
  const diffs: Difference[] = [];
  if (outcome.status !== exp.status) return [{ what: 'status', expected: exp.status, actual: outcome.status }];
  if (outcome.status !== 'optimal') return diffs;
  if (exp.totalCost !== undefined) {
    const rel = Math.abs(outcome.totalCost - exp.totalCost) / Math.max(1, Math.abs(exp.totalCost));
    if (rel > exp.costTolerance) {
      const delta = outcome.totalCost - exp.totalCost;
      diffs.push({
        what: 'total cost',
        expected: amount(exp.totalCost),
        actual: `${amount(outcome.totalCost)} (${delta > 0 ? '+' : ''}${amount(delta)}, ${delta > 0 ? '+' : ''}${pct(delta / Math.max(1, exp.totalCost))}; tolerance ±${Number((exp.costTolerance * 100).toPrecision(3))}%)`,
      });
    }
  }
  if (exp.shares) {
    const got = sharesOf(outcome);
    const activities = new Set([...Object.keys(exp.shares), ...Object.keys(got)]);
    for (const a of activities) {
      const e = exp.shares[a] ?? {};
      const g = got[a] ?? {};
      for (const c of new Set([...Object.keys(e), ...Object.keys(g)])) {
        const ev = e[c] ?? 0;
        const gv = g[c] ?? 0;
        if (Math.abs(ev - gv) > exp.shareTolerance)
          diffs.push({ what: `${a} in ${c}`, expected: pct(ev), actual: pct(gv) });
      }
    }
  }
  return diffs;
}

/** The golden result of a plan, as written by `check --update`. */
export function expectationOf(outcome: Outcome): Record<string, unknown> {
  if (outcome.status !== 'optimal') return { status: outcome.status };
  const shares = sharesOf(outcome);
  const rounded = Object.fromEntries(
    Object.entries(shares).map(([a, cs]) => [
      a,
      Object.fromEntries(Object.entries(cs).map(([c, v]) => [c, Math.round(v * 1e6) / 1e6])),
    ]),
  );
  return {
    status: 'optimal',
    total_cost: Math.round(outcome.totalCost * 100) / 100,
    cost_tolerance: DEFAULT_COST_TOLERANCE,
    shares: rounded,
    share_tolerance: DEFAULT_SHARE_TOLERANCE,
  };
}
