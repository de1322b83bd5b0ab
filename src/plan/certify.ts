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
