import type { LpModel } from './lp.js';

/**
 * For any row duals y, clipped to the signs of their rows (≥: y ≥ 0, ≤: y ≤ 0, =: free), the
 * reduced costs d = c − Aᵀy and the bound L = b·y + Σ_j min(0, d_j)·u_j, with u_j the upper
 * bound each variable has anyway. Every feasible x with 0 ≤ x ≤ u costs at least
 * L + Σ_{d_j > 0} d_j·x_j: a wrong or inaccurate y only weakens the bound, never breaks it.
 */
export function dualBound(model: LpModel, duals: readonly number[]): { lowerBound: number; reduced: number[] } {
  const reduced = model.vars.map((v) => v.cost);
  let bound = 0;
  model.rows.forEach((r, i) => {
    const raw = duals[i] ?? 0;
    const y = !Number.isFinite(raw) ? 0 : r.op === '>=' ? Math.max(0, raw) : r.op === '<=' ? Math.min(0, raw) : raw;
    if (y === 0) return;
    bound += y * r.rhs;
    for (const t of r.terms) reduced[t.v] = (reduced[t.v] ?? 0) - y * t.coef;
  });
  model.vars.forEach((v, j) => {
    const d = reduced[j] ?? 0;
    if (d < 0) bound += d * v.impliedUpper;
  });
  return { lowerBound: bound, reduced };
}
