import { isShift, objectiveAt, type LpModel, type Var } from '../model/lp.js';
import { tieBreakPreference } from '../model/preference.js';
import { varFacts } from '../model/varFacts.js';
import { MIP_PROVEN_GAP } from '../tolerances.js';
import type { SolveResult } from './solver.js';

/** A rota model with more whole-number choices than this keeps the preference of its parts alone. */
const PREFERRED_WHOLE_AT_MOST = 10000;
/**
 * Currency per unit of preference added to each cost: a preference unit is one country's rank
 * for one hour of work, or about one agent's shift, so this weighs 10⁻⁴ EUR where a cent of a
 * rate weighs 10⁻² per hour. Small enough that it never outweighs a real cost difference (the
 * answer is kept only if its cost is the optimum's), large enough for both engines' tolerances.
 */
const PREFERENCE_WEIGHT = 1e-4;

type Solved = Extract<SolveResult, { status: 'optimal' | 'feasible' }>;

/**
 * The rota the whole model prefers among those of the proven optimal cost, or undefined where
 * that cannot be said. Two optimal rotas can split the same hours between countries of equal
 * cost differently, and which one an engine finds depends on its path; fixing every other choice
 * and preferring among the shifts of each part (rota.ts, step 3) cannot move hours between
 * countries. Here the whole model is solved once more with each cost raised by a tiny preference
 * (the hours: home first, then the scenario's countries in order, then a fixed amount per
 * variable; the shifts: fewer, full-time first, earlier starts): a plan that minimises
 * cost + ε·preference and costs the optimum has the least preference of all optimal plans, so
 * every engine that proves it gives the same rota.
 *
 * Only when it can hold: the gap asked for is 0, `best` is proven optimal (its cost within
 * MIP_PROVEN_GAP of `bound`), the model is small, and the engine proves the perturbed model;
 * the answer is kept only if it costs the optimum.
 */
export async function preferredWhole(
  model: LpModel,
  best: Solved,
  bound: number | undefined,
  gapAsked: number,
  solve: (model: LpModel) => Promise<SolveResult>,
): Promise<readonly number[] | undefined> {
  const scale = Math.max(1, Math.abs(best.objective));
  if (gapAsked > 0 || bound === undefined || (best.objective - bound) / scale > MIP_PROVEN_GAP) return undefined;
  if (varFacts(model.vars).integers > PREFERRED_WHOLE_AT_MOST) return undefined;
  const hours = tieBreakPreference(model, model.home ?? '');
  const vars = model.vars.map((v, j): Var => {
    const preference = isShift(v) ? v.preference : v.role === 'duty' ? 0 : (hours[j] ?? 0);
    return { ...v, cost: v.cost + PREFERENCE_WEIGHT * preference };
  });
  const r = await solve({ ...model, vars });
  if (r.status !== 'optimal') return undefined;
  const x = r.x.map((value, j) => (model.vars[j]?.kind === 'continuous' ? value : Math.round(value)));
  return objectiveAt(model, x) <= best.objective + MIP_PROVEN_GAP * scale ? x : undefined;
}
