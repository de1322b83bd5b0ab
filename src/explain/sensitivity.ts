import { fixIntegers } from '../model/fixIntegers.js';
import { hasIntegers, type LpModel, type Row } from '../model/lp.js';
import { highsRanging } from '../solver/highsRanging.js';
import { isSolved, type ExplainContext } from './context.js';

/**
 * Row duals (shadow prices) of an optimal plan, with the range of each row's right-hand side
 * over which its dual holds when HiGHS ranging is available. For a mixed-integer model they are
 * the duals of the LP left once its site and staffing decisions are fixed at the plan's values.
 * Sign convention (minimisation): y ≥ 0 on ≥ rows, y ≤ 0 on ≤ rows, free on = rows.
 */
export type Sensitivity = {
  /**
   * The rows the duals belong to: the model's, or for a mixed-integer model those of the LP
   * left once its decisions are fixed (same order; the fixed variables moved to the right-hand
   * sides, so a min_country_share row reads k × hours there).
   */
  readonly rows: readonly Row[];
  readonly duals: readonly number[];
  readonly rhsRange: readonly ({ readonly from: number; readonly to: number } | undefined)[];
  /** Reduced cost of each variable of the full model (undefined for fixed integer variables). */
  readonly reduced: readonly (number | undefined)[];
  readonly source: 'highs-ranging' | 'engine';
  readonly fixedDecisions: boolean;
};

/** c − Aᵀy for every variable of `lp`. */
export function reducedCosts(lp: LpModel, duals: readonly number[]): number[] {
  const d = lp.vars.map((v) => v.cost);
  lp.rows.forEach((r, i) => {
    const y = duals[i] ?? 0;
    if (y === 0) return;
    for (const t of r.terms) d[t.v] = (d[t.v] ?? 0) - y * t.coef;
  });
  return d;
}

async function dualsOf(
  lp: LpModel,
  known: readonly number[] | undefined,
  ctx: ExplainContext,
): Promise<Pick<Sensitivity, 'duals' | 'rhsRange' | 'source'> | undefined> {
  if (ctx.ranging) {
    const r = await highsRanging(lp, ctx.options.timeLimitSeconds);
    if (r) return { duals: r.duals, rhsRange: r.rhsRange, source: 'highs-ranging' };
  }
  let duals = known;
  if (!duals) {
    const solved = await ctx.solve(lp);
    duals = isSolved(solved) && solved.status === 'optimal' ? solved.duals : undefined;
  }
  return duals ? { duals, rhsRange: lp.rows.map(() => undefined), source: 'engine' } : undefined;
}

/** Undefined when no engine gave duals. */
export async function sensitivity(
  model: LpModel,
  x: readonly number[],
  engineDuals: readonly number[] | undefined,
  ctx: ExplainContext,
): Promise<Sensitivity | undefined> {
  if (!hasIntegers(model)) {
    const got = await dualsOf(model, engineDuals, ctx);
    return got && { ...got, rows: model.rows, reduced: reducedCosts(model, got.duals), fixedDecisions: false };
  }
  const fixed = fixIntegers(model, x);
  const got = await dualsOf(fixed.model, undefined, ctx);
  if (!got) return undefined;
  const inner = reducedCosts(fixed.model, got.duals);
  const reduced: (number | undefined)[] = model.vars.map(() => undefined);
  fixed.original.forEach((j, k) => {
    reduced[j] = inner[k];
  });
  return { ...got, rows: fixed.model.rows, reduced, fixedDecisions: true };
}
