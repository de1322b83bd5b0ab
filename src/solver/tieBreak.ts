import { dualBound } from '../model/dualBound.js';
import type { LpModel, Row, Var } from '../model/lp.js';
import type { SolveResult } from './solver.js';

type Solve = (model: LpModel) => Promise<SolveResult>;

/** Reduced costs and duals this small, against the largest cost, count as zero. */
const ZERO = 1e-7;

/**
 * Among the optimal solutions of an LP, the one `preference` puts first: the engine's own
 * pick among equal-cost plans depends on its path, so two engines (or versions) would staff
 * the same hours in different countries. Any optimal duals y mark out every optimal x exactly
 * (complementary slackness): x_j at its bound where the reduced cost is not zero, a row tight
 * where its dual is not zero. Over that face, minimise Σ preference_j · x_j: a second LP, over
 * the variables the face leaves free only (the others are moved to the right-hand sides).
 * Returns `x` itself when the optimum is already the only one (no free variable at a bound, no
 * tight row with a zero dual) or when the second LP fails.
 */
export async function preferredOptimum(
  model: LpModel,
  x: readonly number[],
  duals: readonly number[],
  preference: readonly number[],
  solve: Solve,
): Promise<readonly number[]> {
  const { reduced } = dualBound(model, duals);
  const zero = ZERO * model.vars.reduce((m, v) => Math.max(m, Math.abs(v.cost)), 1);
  // Each variable's value on the face, or undefined where the face leaves it free.
  const pinned = model.vars.map((v, j): number | undefined => {
    const d = reduced[j] ?? 0;
    if (v.lower === v.upper || d > zero) return v.lower;
    if (d < -zero && Number.isFinite(v.upper)) return v.upper;
    return undefined;
  });
  const original: number[] = [];
  const at = new Map<number, number>();
  let free = false;
  pinned.forEach((p, j) => {
    if (p !== undefined) return;
    at.set(j, original.length);
    original.push(j);
    const v = model.vars[j] as Var;
    const value = x[j] ?? 0;
    if (value <= v.lower + 1e-9 || value >= v.upper - 1e-9) free = true;
  });
  const rows: Row[] = [];
  model.rows.forEach((r, i) => {
    let rhs = r.rhs;
    const terms: { v: number; coef: number }[] = [];
    for (const t of r.terms) {
      const k = at.get(t.v);
      if (k === undefined) rhs -= t.coef * (pinned[t.v] ?? 0);
      else terms.push({ v: k, coef: t.coef });
    }
    if (terms.length === 0) return;
    const tight = r.op !== '=' && Math.abs(duals[i] ?? 0) > zero;
    if (!free && r.op !== '=' && !tight) {
      const lhs = r.terms.reduce((t, term) => t + term.coef * (x[term.v] ?? 0), 0);
      if (Math.abs(lhs - r.rhs) <= 1e-9 * Math.max(1, Math.abs(r.rhs))) free = true;
    }
    rows.push({ ...r, rhs, terms, ...(tight ? { op: '=' as const } : {}) });
  });
  if (!free) return x;
  const vars = original.map((j): Var => ({ ...(model.vars[j] as Var), cost: preference[j] ?? 0 }));
  const r = await solve({ ...model, vars, rows });
  if (r.status !== 'optimal') return x;
  const out = pinned.map((p) => p ?? 0);
  original.forEach((j, k) => {
    out[j] = r.x[k] ?? 0;
  });
  return out;
}
