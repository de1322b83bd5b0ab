import { dualBound } from '../model/dualBound.js';
import { isPattern, type LpModel, type Var } from '../model/lp.js';
import type { SolveResult } from './solver.js';

type Solve = (model: LpModel) => Promise<SolveResult>;

/** With a gap allowed, the kept patterns grow at most this many times before the plan stands. */
const WIDEN_AT_MOST = 4;

/** The model with only the variables `keep` says yes to; `original[k]` is the full index of variable k. */
function restrict(model: LpModel, keep: readonly boolean[]): { model: LpModel; original: number[] } {
  const original: number[] = [];
  const index = new Map<number, number>();
  model.vars.forEach((_, j) => { if (keep[j]) { index.set(j, original.length); original.push(j); } });
  const rows = model.rows.map((r) => ({ ...r, terms: r.terms.flatMap((t) => { const k = index.get(t.v); return k === undefined ? [] : [{ v: k, coef: t.coef }]; }) }));
  return { model: { ...model, vars: original.map((j) => model.vars[j] as Var), rows }, original };
}

/**
 * A whole-agent queue model has a staffing pattern per way of splitting each hour, most of
 * which no good plan uses. Its LP relaxation (every count continuous) bounds every plan from
 * below: L, with reduced costs d_j, and any plan using pattern j at least once costs at least
 * L + d_j (model/dualBound.ts). So: solve the relaxation; keep the patterns with d_j ≤ τ
 * (τ = 10⁻⁶ of L, at least 1, to start: the patterns the relaxation itself uses); solve the integer model over them, cost U; if U − L ≤ τ, no pattern
 * left out can be in a plan cheaper than U, and the engine's optimum over the kept ones is the
 * optimum of all. Otherwise τ = U − L and again (the kept set only grows, U only falls). Exact,
 * and the engine's branch and bound sees a few hundred patterns instead of thousands. With a
 * relative gap g asked for (a rota), U stands once U − L − τ ≤ g·U, and τ grows to U(1 − g) − L.
 */
export async function solvePricedOut(model: LpModel, solve: Solve, mipGap = 0): Promise<SolveResult> {
  const patterns = model.vars.filter((v) => isPattern(v) && v.kind !== 'continuous').length;
  if (patterns === 0) return solve(model);
  const relaxed = await solve({ ...model, vars: model.vars.map((v) => (v.kind === 'continuous' ? v : { ...v, kind: 'continuous' as const })) });
  if (relaxed.status !== 'optimal' || !relaxed.duals) return relaxed.status === 'infeasible' ? relaxed : solve(model);
  const { lowerBound, reduced } = dualBound(model, relaxed.duals);
  if (!Number.isFinite(lowerBound)) return solve(model);
  let threshold = Math.max(1, 1e-6 * Math.abs(lowerBound));
  let kept = -1;
  let last: SolveResult | undefined;
  for (;;) {
    const keep = model.vars.map((v, j) => !isPattern(v) || v.kind === 'continuous' || (reduced[j] ?? 0) <= threshold);
    const count = keep.filter((k, j) => k && isPattern(model.vars[j])).length;
    const pricedOut = { lowerBound, threshold, kept: count, total: patterns };
    // Nothing new within the threshold: the last optimum stands for every pattern.
    if (count === kept && last?.status === 'optimal') {
      const outside = Math.max(0, last.objective - lowerBound - threshold) / Math.max(1, Math.abs(last.objective));
      return { ...last, mipGap: Math.max(last.mipGap ?? 0, outside), pricedOut };
    }
    kept = count;
    if (count === patterns) return solve(model);
    const sub = restrict(model, keep);
    const r = await solve(sub.model);
    // No plan from these patterns alone: widen the net tenfold (all of them, past the bound itself).
    if (r.status === 'infeasible') { threshold = threshold * 10 > Math.abs(lowerBound) ? Infinity : threshold * 10; continue; }
    if (r.status !== 'optimal' && r.status !== 'feasible') return r;
    const x = new Array<number>(model.vars.length).fill(0);
    sub.original.forEach((j, k) => { x[j] = r.x[k] ?? 0; });
    if (r.status === 'feasible') {
      // Stopped by the time limit: the engine's gap speaks of the kept patterns only. Any plan
      // using a pattern left out costs at least L + τ, so the gap against all plans is the
      // larger of the two.
      const U = r.objective;
      const outside = U > lowerBound + threshold ? (U - lowerBound - threshold) / Math.max(1, Math.abs(U)) : 0;
      return { ...r, x, mipGap: Math.max(r.mipGap ?? 0, outside), pricedOut };
    }
    last = { ...r, x, duals: undefined };
    // A plan using a pattern left out costs at least L + τ: within the gap asked for (0: none), U stands.
    const U = r.objective;
    const outside = Math.max(0, U - lowerBound - threshold) / Math.max(1, Math.abs(U));
    if (outside <= mipGap) return { ...last, mipGap: Math.max(r.mipGap ?? 0, outside), pricedOut };
    // Let in every pattern that could make a plan cheaper than U by more than the gap.
    const next = U * (1 - mipGap) - lowerBound;
    // With a gap allowed (a rota, whose LP bound is loose), a net that would take in most
    // patterns buys little at great cost: the plan stands with the gap it has proved.
    const entering = model.vars.filter((v, j) => isPattern(v) && v.kind !== 'continuous' && (reduced[j] ?? 0) <= next).length;
    if (mipGap > 0 && entering > WIDEN_AT_MOST * count) return { ...last, mipGap: Math.max(r.mipGap ?? 0, outside), pricedOut };
    threshold = next;
  }
}
