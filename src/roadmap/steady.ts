import { dualBound } from '../model/dualBound.js';
import { objectiveAt, type LpModel, type Row, type Var } from '../model/lp.js';
import type { SolveResult } from '../solver/solver.js';

type Optimal = Extract<SolveResult, { status: 'optimal' }>;

/** A reduced cost this close to 0 (relative to the variable's cost) leaves the variable free on the optimal face. */
const FACE_TOLERANCE = 1e-7;
/** The steadiest roadmap may cost this much more than the first optimum (relative), else the first is kept. */
const SAME_NPV = 1e-9;

/**
 * Among roadmaps of the same NPV, the steadiest: the one with the fewest agents hired and
 * released over the horizon (docs/roadmap.md, "Ties"). A roadmap LP is highly degenerate (a
 * pool can be emptied and refilled, or two pools swap staff, at equal NPV), and the vertex an
 * engine lands on depends on its path; this second solve makes the transfers stable and the
 * same on every engine.
 *
 * It works on the optimal face of the first solve: every variable whose reduced cost under the
 * first solve's duals is not zero keeps its value, and every row with a dual price stays tight
 * (complementary slackness: so they are in every optimal roadmap); the other variables are
 * free to minimise Σ hires + releases. Every roadmap
 * of that face costs the first NPV, so the NPV does not change (checked: a second roadmap that
 * costs more than SAME_NPV above the first is dropped). The first solve's duals still certify
 * the result.
 *
 * `moves` are the indices of the hires and releases variables. Returns the first solution when
 * the model has integers, the engine gave no duals, or the second solve fails.
 */
export async function steadiest(
  model: LpModel,
  first: Optimal,
  moves: readonly number[],
  solve: (m: LpModel) => Promise<SolveResult>,
): Promise<readonly number[]> {
  if (!first.duals || moves.length === 0 || model.vars.some((v) => v.kind !== 'continuous')) return first.x;
  const { reduced } = dualBound(model, first.duals);
  const isMove = new Set(moves);
  const vars = model.vars.map((v, j): Var => {
    const d = reduced[j] ?? 0;
    const cost = isMove.has(j) ? 1 : 0;
    if (Math.abs(d) <= FACE_TOLERANCE * Math.max(1, Math.abs(v.cost))) return { ...v, cost };
    const at = Math.min(v.upper, Math.max(v.lower, first.x[j] ?? 0));
    return { ...v, cost, lower: at, upper: at };
  });
  // A row with a dual price stays tight: slack there would cost its price.
  const rows = model.rows.map((r, i): Row => {
    const y = first.duals?.[i] ?? 0;
    return r.op !== '=' && Math.abs(y) > FACE_TOLERANCE ? { ...r, op: '=' } : r;
  });
  const second = await solve({ ...model, vars, rows });
  if (second.status !== 'optimal') return first.x;
  const before = objectiveAt(model, first.x);
  const after = objectiveAt(model, second.x);
  return after <= before + SAME_NPV * Math.max(1, Math.abs(before)) ? second.x : first.x;
}
