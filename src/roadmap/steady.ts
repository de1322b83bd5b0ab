import { objectiveAt, type LpModel } from '../model/lp.js';
import type { SolveResult } from '../solver/solver.js';
import { preferredOptimum } from '../solver/tieBreak.js';

type Optimal = Extract<SolveResult, { status: 'optimal' }>;

/** The steadiest roadmap may cost this much more than the first optimum (relative), else the first is kept. */
const SAME_NPV = 1e-9;

/**
 * Among roadmaps of the same NPV, the steadiest: the one with the fewest agents hired and
 * released over the horizon (docs/roadmap.md, "Ties"). A roadmap LP is highly degenerate (a
 * pool can be emptied and refilled, or two pools swap staff, at equal NPV), and the vertex an
 * engine lands on depends on its path; this second solve makes the transfers stable and the
 * same on every engine.
 *
 * It is the plan's tie-break (solver/tieBreak.ts) with a preference of one per agent hired or
 * released: over the first solve's optimal face, minimise Σ hires + releases. Every roadmap of
 * that face costs the first NPV (checked: a second roadmap that costs more than SAME_NPV above
 * the first is dropped). The first solve's duals still certify the result.
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
  const isMove = new Set(moves);
  const preference = model.vars.map((_, j) => (isMove.has(j) ? 1 : 0));
  const second = await preferredOptimum(model, first.x, first.duals, preference, solve);
  const before = objectiveAt(model, first.x);
  const after = objectiveAt(model, second);
  return after <= before + SAME_NPV * Math.max(1, Math.abs(before)) ? second : first.x;
}
