import type { LpModel, Term } from '../model/lp.js';

export const sameTerms = (a: readonly Term[], b: readonly Term[]): boolean =>
  a === b || (a.length === b.length && a.every((t, k) => t.v === b[k]?.v && t.coef === b[k]?.coef));

/**
 * Same variables (ids, kinds) and rows (ids, coefficients) in the same order: `b` is `a` with
 * other costs, bounds or right-hand sides only, which an engine can take in place. Cheap on
 * patched models, whose unchanged rows share their term arrays.
 */
export function sameShape(a: LpModel, b: LpModel): boolean {
  if (a === b) return true;
  if (a.vars.length !== b.vars.length || a.rows.length !== b.rows.length) return false;
  for (let j = 0; j < a.vars.length; j++) {
    const u = a.vars[j];
    const v = b.vars[j];
    if (u !== v && (u === undefined || v === undefined || u.id !== v.id || u.kind !== v.kind)) return false;
  }
  for (let i = 0; i < a.rows.length; i++) {
    const r = a.rows[i];
    const q = b.rows[i];
    if (r !== q && (r === undefined || q === undefined || r.id !== q.id || !sameTerms(r.terms, q.terms))) return false;
  }
  return true;
}

/**
 * Same shape and the same costs, bounds and right-hand sides: the same program. Values are
 * compared first, variable by variable: two sweep points differ in a cost or a bound early on,
 * and the comparison stops there.
 */
export function sameModel(a: LpModel, b: LpModel): boolean {
  if (a === b) return true;
  if (a.vars.length !== b.vars.length || a.rows.length !== b.rows.length) return false;
  for (let j = 0; j < a.vars.length; j++) {
    const u = a.vars[j];
    const v = b.vars[j];
    if (
      u !== v &&
      (u === undefined || v === undefined || u.cost !== v.cost || u.lower !== v.lower || u.upper !== v.upper)
    )
      return false;
  }
  for (let i = 0; i < a.rows.length; i++) {
    const r = a.rows[i];
    const q = b.rows[i];
    if (r !== q && (r === undefined || q === undefined || r.op !== q.op || r.rhs !== q.rhs)) return false;
  }
  return sameShape(a, b);
}
