import { isHours, relaxed, type LpModel, type Row, type Term, type Var } from '../model/lp.js';

/**
 * Where a search for a near-optimal plan pushes (modelling to generate alternatives):
 * - `home`: as much of the work at home as the budget allows;
 * - `less`: as little in one country (the optimum's largest offshore supplier) as the budget allows;
 * - `spread`: away from every activity–country pair used so far, each pair weighted by how many
 *   plans already use it (the Hop-Skip-Jump weights of the MGA literature).
 */
export type Direction =
  | { readonly kind: 'home'; readonly country: string }
  | { readonly kind: 'less'; readonly country: string }
  | { readonly kind: 'spread'; readonly weights: ReadonlyMap<string, number> };

/** Key of an activity–country pair. */
export const pairKey = (activity: string, country: string): string => `${activity}\u0000${country}`;

/** Weight of the plan's cost in the search objective: among plans equally far away, the cheaper. */
const COST_TIE_BREAK = 1e-4;

/**
 * The model a search solves: every variable continuous (the search only says which countries to
 * try; each alternative is then planned by the planner itself, integers and all) and one more
 * row, the plan's cost at most `budget`. Its objective is set per direction by `aimedAt`.
 */
export function budgetModel(model: LpModel, budget: number): LpModel {
  const terms: Term[] = [];
  model.vars.forEach((v, j) => {
    if (v.cost !== 0) terms.push({ v: j, coef: v.cost });
  });
  const row: Row = { id: 'cost_budget', kind: 'cost-budget', op: '<=', rhs: budget, terms, source: [] };
  const { vars } = relaxed(model);
  return { vars, rows: [...model.rows, row], ...(model.time ? { time: model.time } : {}) };
}

/**
 * The search model with the objective of `d`: hours are counted as shares (of the activity's
 * hours in the optimum for `spread`, of all hours for `home` and `less`), so that every
 * activity weighs alike whatever its size; `original` gives the plan's costs for the tie-break.
 */
export function aimedAt(
  search: LpModel,
  original: LpModel,
  d: Direction,
  hoursOf: ReadonlyMap<string, number>,
  totalHours: number,
  budget: number,
): LpModel {
  const per = (activity: string): number => Math.max(1e-9, hoursOf.get(activity) ?? totalHours);
  const weight = (v: Var): number => {
    if (!isHours(v)) return 0;
    if (d.kind === 'home') return v.country === d.country ? -1 / totalHours : 0;
    if (d.kind === 'less') return v.country === d.country ? 1 / totalHours : 0;
    return (d.weights.get(pairKey(v.activity, v.country)) ?? 0) / per(v.activity);
  };
  const vars = search.vars.map((v, j): Var => ({
    ...v,
    cost: weight(v) + (COST_TIE_BREAK * (original.vars[j]?.cost ?? 0)) / Math.max(1, budget),
  }));
  return { ...search, vars };
}

/** Hours of each activity–country pair in a solution of `model` (or of a model with its variables). */
export function pairHours(model: LpModel, x: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  model.vars.forEach((v, j) => {
    if (!isHours(v)) return;
    const k = pairKey(v.activity, v.country);
    out.set(k, (out.get(k) ?? 0) + (x[j] ?? 0));
  });
  return out;
}

/** The planner's model with every variable continuous and no objective (for bounds on an objective). */
export function relaxedModel(model: LpModel): LpModel {
  const vars = model.vars.map((v): Var => ({ ...v, kind: 'continuous', cost: 0 }));
  return { vars, rows: model.rows, ...(model.time ? { time: model.time } : {}) };
}
