import { dualBound } from '../model/dualBound.js';
import type { LpModel, Row, Var } from '../model/lp.js';
import type { SolveResult } from './solver.js';

type Solve = (model: LpModel) => Promise<SolveResult>;

/**
 * A reduced cost this close to 0 (relative to its variable's cost), or a dual this close to 0,
 * leaves the variable free, or the row slack, on the optimal face.
 */
const FACE_TOLERANCE = 1e-7;

/**
 * Among the optimal solutions of an LP, the one `preference` puts first: the engine's own
 * pick among equal-cost solutions depends on its path, so two engines (or versions) would staff
 * the same hours in different countries, or move a roadmap's staff at different months. Any
 * optimal duals y mark out every optimal x exactly (complementary slackness): x_j keeps its
 * value where the reduced cost is not zero, a row stays tight where its dual is not zero. Over
 * that face, minimise Σ preference_j · x_j: a second LP. Returns `x` itself when the optimum is
 * already the only one (no free variable at a bound, no tight row with a zero dual) or when the
 * second LP fails.
 */
export async function preferredOptimum(
  model: LpModel,
  x: readonly number[],
  duals: readonly number[],
  preference: readonly number[],
  solve: Solve,
): Promise<readonly number[]> {
  const { reduced } = dualBound(model, duals);
  let free = false;
  const vars = model.vars.map((v, j): Var => {
    const cost = preference[j] ?? 0;
    const d = reduced[j] ?? 0;
    const value = x[j] ?? 0;
    if (Math.abs(d) <= FACE_TOLERANCE * Math.max(1, Math.abs(v.cost))) {
      if (v.lower !== v.upper && (value <= v.lower + 1e-9 || value >= v.upper - 1e-9)) free = true;
      return { ...v, cost };
    }
    const at = Math.min(v.upper, Math.max(v.lower, value));
    return { ...v, cost, lower: at, upper: at };
  });
  const rows = model.rows.map((r, i): Row => {
    if (r.op === '=') return r;
    if (Math.abs(duals[i] ?? 0) > FACE_TOLERANCE) return { ...r, op: '=' };
    if (!free) {
      const lhs = r.terms.reduce((t, term) => t + term.coef * (x[term.v] ?? 0), 0);
      if (Math.abs(lhs - r.rhs) <= 1e-9 * Math.max(1, Math.abs(r.rhs))) free = true;
    }
    return r;
  });
  if (!free) return x;
  const r = await solve({ ...model, vars, rows });
  return r.status === 'optimal' ? r.x : x;
}
