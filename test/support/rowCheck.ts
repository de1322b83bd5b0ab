import type { LpModel } from '../../src/model/lp.js';

/** Σ coef · x against each row, each bound, and whole values where the model asks for them: what `x` breaks. */
export function violations(model: LpModel, x: readonly number[]): string[] {
  const out: string[] = [];
  const tol = 1e-6;
  model.vars.forEach((v, j) => {
    const value = x[j] ?? 0;
    if (value < v.lower - tol || value > v.upper + tol) out.push(`${v.id} = ${value} out of its bounds`);
    if (v.kind !== 'continuous' && Math.abs(value - Math.round(value)) > tol) out.push(`${v.id} = ${value} not whole`);
  });
  for (const row of model.rows) {
    const lhs = row.terms.reduce((t, term) => t + term.coef * (x[term.v] ?? 0), 0);
    const slack = tol * Math.max(1, Math.abs(row.rhs));
    const ok =
      row.op === '<='
        ? lhs <= row.rhs + slack
        : row.op === '>='
          ? lhs >= row.rhs - slack
          : Math.abs(lhs - row.rhs) <= slack;
    if (!ok) out.push(`${row.id}: ${lhs} ${row.op} ${row.rhs}`);
  }
  return out;
}
