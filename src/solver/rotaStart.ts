import { isPattern, type LpModel, type Var } from '../model/lp.js';
import type { SolveResult } from './solver.js';

type Solve = (model: LpModel) => Promise<SolveResult>;

const continuous = (model: LpModel): LpModel => ({ ...model, vars: model.vars.map((v) => (v.kind === 'continuous' ? v : { ...v, kind: 'continuous' as const })) });
const fixedAt = (v: Var, value: number): Var => ({ ...v, lower: value, upper: value });

/**
 * A whole plan to start a rota's branch and bound from (solver/rota.ts, step 1), or undefined;
 * and the relaxation's cost, a bound for every rota whatever the search then proves.
 * On the larger rotas the engine's own heuristics found no plan within 10 % of the bound in a
 * minute; rounding the relaxation does, in three LPs:
 * 1. the relaxation (everything continuous);
 * 2. each queue hour staffed by the pattern the relaxation gives most of, the rest continuous;
 * 3. every other integer (agents on duty, sites) rounded up from 2 and fixed, the continuous
 *    variables (hours, shifts) re-optimised around them.
 * Rounding agents on duty up keeps every hour's work carried and its floors met; it may break a
 * seat limit or a cap on countries, and then there is no start (the engine starts as before).
 * The engine checks the start and ignores it when it does not hold: a start only saves time.
 */
export async function rotaStart(model: LpModel, solveLp: Solve): Promise<{ readonly start: readonly number[] | undefined; readonly bound: number }> {
  const relaxed = await solveLp(continuous(model));
  if (relaxed.status !== 'optimal') return { start: undefined, bound: -Infinity };
  const bound = relaxed.objective;
  const none = { start: undefined, bound };
  let x = relaxed.x;
  const chosen = choosePatterns(model, x);
  if (chosen.size > 0) {
    const staffed = await solveLp(continuous({ ...model, vars: model.vars.map((v, j) => (isPattern(v) ? fixedAt(v, chosen.get(j) ?? 0) : v)) }));
    if (staffed.status !== 'optimal') return none;
    x = staffed.x;
  }
  const rounded = model.vars.map((v, j): Var => {
    if (isPattern(v)) return fixedAt(v, chosen.get(j) ?? 0);
    if (v.kind === 'continuous') return v;
    return fixedAt(v, Math.max(v.lower, Math.ceil((x[j] ?? 0) - 1e-6)));
  });
  const whole = await solveLp({ ...model, vars: rounded });
  if (whole.status !== 'optimal') return none;
  return { start: whole.x.map((value, j) => (model.vars[j]?.kind === 'continuous' ? value : Math.round(value))), bound };
}

/**
 * For every queue hour (a demand row over patterns), the pattern the relaxation staffs most of
 * its hours with, given all of them: pattern index → hours.
 */
function choosePatterns(model: LpModel, x: readonly number[]): Map<number, number> {
  const chosen = new Map<number, number>();
  for (const r of model.rows) {
    if (r.kind !== 'demand' || r.op !== '=' || r.terms.length === 0 || !r.terms.every((t) => isPattern(model.vars[t.v]))) continue;
    let best = r.terms[0]?.v ?? -1;
    for (const t of r.terms) if ((x[t.v] ?? 0) > (x[best] ?? 0)) best = t.v;
    chosen.set(best, r.rhs);
  }
  return chosen;
}
