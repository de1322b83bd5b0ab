import { isShift, type LpModel, type Var } from '../model/lp.js';
import type { SolveResult } from './solver.js';

type Solve = (model: LpModel) => Promise<SolveResult>;

const INTEGRAL = 1e-6;

/**
 * A rota model (model/shiftModel.ts) in two steps. First with the shift counts continuous: the
 * whole agents on duty carry the integrality, and since for given duty counts the covering rows
 * form an interval matrix, the shifts of that relaxation are almost always whole already. It is
 * a relaxation of the rota model, so its cost bounds every rota from below. When some shift count
 * is fractional (a shift wrapping around the week, a part-time cap, seats), every other integer
 * choice is fixed and the shifts alone are solved in whole agents; the plan then states its gap
 * against the first bound. Without shifts, the model is solved as it is.
 */
export async function solveRota(model: LpModel, solve: Solve, solveFixed: Solve): Promise<SolveResult> {
  if (!model.vars.some(isShift)) return solve(model);
  const relaxed = await solve({ ...model, vars: model.vars.map((v) => (isShift(v) ? { ...v, kind: 'continuous' as const } : v)) });
  if (relaxed.status !== 'optimal' && relaxed.status !== 'feasible') return relaxed;
  const fractional = model.vars.some((v, j) => isShift(v) && Math.abs((relaxed.x[j] ?? 0) - Math.round(relaxed.x[j] ?? 0)) > INTEGRAL);
  if (!fractional) return { ...relaxed, x: relaxed.x.map((x, j) => (isShift(model.vars[j]) ? Math.round(x) : x)), mipGap: relaxed.mipGap ?? 0 };
  const fixed: LpModel = {
    ...model,
    vars: model.vars.map((v, j): Var => {
      if (v.kind === 'continuous' || isShift(v)) return v;
      const value = Math.round(relaxed.x[j] ?? 0);
      return { ...v, lower: value, upper: value };
    }),
  };
  const rounded = await solveFixed(fixed);
  if (rounded.status !== 'optimal' && rounded.status !== 'feasible') return solve(model);
  // The relaxation's bound: its cost, less the gap its own search left.
  const bound = relaxed.objective - (relaxed.mipGap ?? 0) * Math.abs(relaxed.objective);
  const gap = Math.max(0, rounded.objective - bound) / Math.max(1, Math.abs(rounded.objective));
  return { ...rounded, mipGap: Math.max(gap, rounded.mipGap ?? 0), ...(relaxed.pricedOut ? { pricedOut: relaxed.pricedOut } : {}) };
}
