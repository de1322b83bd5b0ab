import { dualBound } from '../model/dualBound.js';
import { objectiveAt, type LpModel } from '../model/lp.js';
import type { Certificate } from './types.js';

/**
 * Check an optimality certificate without trusting the engine.
 * For any row duals y of the right signs (≥ rows: y ≥ 0, ≤ rows: y ≤ 0, = rows: free) and any
 * feasible x ≥ 0 with x_j ≤ u_j:  c·x = Σ d_j x_j + Σ y_i (A_i x) ≥ b·y + Σ min(0, d_j)·u_j,
 * where d = c − Aᵀy. That lower bound holds whatever y is, so if it meets c·x at the plan, the
 * plan is optimal (up to the gap). Wrong-signed duals are clipped to 0, which keeps it valid.
 */
export function certify(model: LpModel, x: readonly number[], duals: readonly number[] | undefined): Certificate {
  if (!duals) return { kind: 'none', reason: 'the engine gave no dual solution' };
  const bound = dualBound(model, duals).lowerBound;
  const objective = objectiveAt(model, x);
  const gap = Math.max(0, objective - bound) / Math.max(1, Math.abs(objective));
  return Number.isFinite(bound)
    ? { kind: 'dual', lowerBound: bound, gap }
    : { kind: 'none', reason: 'the dual bound is not finite' };
}

/**
 * A mixed-integer plan's certificate: the hours' checked dual bound given its decisions
 * (`inner`, of the model with the integers fixed, plus what fixing them made constant), and what
 * the engine's gap proves of every plan.
 */
export function mipCertificate(
  inner: Extract<Certificate, { kind: 'dual' }>,
  constant: number,
  objective: number,
  mipGap: number | undefined,
): Extract<Certificate, { kind: 'mip' }> {
  const lowerBound = inner.lowerBound + constant;
  const scale = Math.max(1, Math.abs(objective));
  const gap = Math.max(0, objective - lowerBound) / scale;
  const anyPlan = mipGap === undefined ? undefined : objective - Math.max(gap, mipGap) * scale;
  return {
    kind: 'mip',
    mipGap,
    lowerBound,
    gap,
    optimumAtLeast: anyPlan === undefined ? undefined : Math.min(lowerBound, anyPlan),
  };
}
