import type { LpModel, Op } from './lp.js';

/**
 * The dual of min c·x s.t. A x (op) b, x ≥ 0, written as another neutral LP so any engine can
 * solve it: max b·y s.t. Aᵀy ≤ c, with y ≥ 0 on ≥ rows, y ≤ 0 on ≤ rows, y free on = rows.
 * Returned in minimisation form over z ≥ 0 (free y split as z⁺ − z⁻), with `toDual` to map back.
 * The primal must be a plain LP (continuous, x ≥ 0, no upper bounds): see fixIntegers.ts for MILPs.
 */
export type DualLp = {
  readonly model: LpModel;
  /** Row duals y from the dual model's solution. */
  toDual(z: readonly number[]): number[];
};

export function dualModel(primal: LpModel): DualLp {
  // Dual columns: for each primal row i, one or two nonnegative variables with sign s.
  const cols: { row: number; sign: 1 | -1 }[] = [];
  primal.rows.forEach((r, i) => {
    const signs: readonly (1 | -1)[] = r.op === '=' ? [1, -1] : [signOf(r.op)];
    for (const sign of signs) cols.push({ row: i, sign });
  });
  const colsOfRow = new Map<number, number[]>();
  cols.forEach((c, k) => colsOfRow.set(c.row, [...(colsOfRow.get(c.row) ?? []), k]));
  // Dual rows: one per primal variable j: Σ_i A_ij y_i ≤ c_j.
  const termsOfVar: { v: number; coef: number }[][] = primal.vars.map(() => []);
  primal.rows.forEach((r, i) => {
    for (const t of r.terms) {
      for (const k of colsOfRow.get(i) ?? []) termsOfVar[t.v]?.push({ v: k, coef: t.coef * (cols[k]?.sign ?? 1) });
    }
  });
  const model: LpModel = {
    vars: cols.map((c, k) => {
      const r = primal.rows[c.row];
      // minimise −b·y
      return {
        role: 'aux',
        id: `y${k}`,
        cost: -(r?.rhs ?? 0) * c.sign,
        kind: 'continuous',
        lower: 0,
        upper: Infinity,
        impliedUpper: Infinity,
      };
    }),
    rows: primal.vars.map((v, j) => ({
      id: `dual[${v.id}]`,
      kind: 'dual',
      op: '<=',
      rhs: v.cost,
      terms: termsOfVar[j] ?? [],
      source: [],
    })),
  };
  const toDual = (z: readonly number[]): number[] => {
    const y = primal.rows.map(() => 0);
    cols.forEach((c, k) => {
      y[c.row] = (y[c.row] ?? 0) + c.sign * (z[k] ?? 0);
    });
    return y;
  };
  return { model, toDual };
}

function signOf(op: Op): 1 | -1 {
  return op === '>=' ? 1 : -1;
}
