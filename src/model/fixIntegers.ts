import { itemAt, type LpModel, type Var } from './lp.js';

/** The continuous LP left when a MILP's integer variables are fixed at a solution's values. */
export type FixedLp = {
  readonly model: LpModel;
  /** Objective contribution of the fixed variables. */
  readonly constant: number;
  /** Index in the original model of each variable of the reduced one. */
  readonly original: readonly number[];
};

/**
 * Fix every non-continuous variable (and every variable with bounds other than [0, ∞)) at its
 * value and move it to the right-hand sides. What remains is a plain LP, so the dual certificate
 * can prove the continuous part optimal for the sites and staffing the engine chose.
 */
export function fixIntegers(model: LpModel, x: readonly number[]): FixedLp {
  // Continuous variables stay, bounded ones too (a period-average queue's pattern counts, ≤ the hours of their class).
  const keep = (v: Var): boolean => v.kind === 'continuous' && v.lower === 0;
  const original: number[] = [];
  const newIndex = new Map<number, number>();
  let constant = 0;
  model.vars.forEach((v, j) => {
    if (keep(v)) {
      newIndex.set(j, original.length);
      original.push(j);
    } else {
      constant += v.cost * Math.round(x[j] ?? 0);
    }
  });
  const rows = model.rows.map((r) => {
    let rhs = r.rhs;
    const terms: { v: number; coef: number }[] = [];
    for (const t of r.terms) {
      const k = newIndex.get(t.v);
      if (k === undefined) rhs -= t.coef * Math.round(x[t.v] ?? 0);
      else terms.push({ v: k, coef: t.coef });
    }
    return { ...r, rhs, terms };
  });
  return { model: { vars: original.map((j) => itemAt(model.vars, j)), rows }, constant, original };
}
