import { hasIntegers, type LpModel } from '../model/lp.js';
import { loadHighs, toModelData } from './highsSolver.js';

/**
 * Sensitivity of an optimal LP from HiGHS's dual simplex: row duals and, for each row, the range
 * of its right-hand side over which that dual holds (the optimal basis stays optimal).
 */
export type Ranging = {
  readonly objective: number;
  readonly x: readonly number[];
  readonly duals: readonly number[];
  /** Per row: lowest and highest right-hand side for which its dual is unchanged. */
  readonly rhsRange: readonly { readonly from: number; readonly to: number }[];
};

/** Undefined when the model is mixed-integer, not optimal, or HiGHS gives no ranging. */
export async function highsRanging(model: LpModel, timeLimitSeconds: number): Promise<Ranging | undefined> {
  if (hasIntegers(model) || model.vars.length === 0) return undefined;
  const h = await loadHighs(model);
  return h.withModel((m): Ranging | undefined => {
    m.options.set({ output_flag: false, time_limit: timeLimitSeconds, solver: 'simplex', presolve: 'off' });
    m.passModel(toModelData(h, model));
    m.run();
    if (m.getModelStatus() !== 7) return undefined;
    const sol = m.getSolution();
    let ranging;
    try {
      ranging = m.getRanging();
    } catch {
      return undefined;
    }
    const inf = h.infinity;
    const finite = (v: number | undefined, fallback: number): number =>
      v === undefined || Math.abs(v) >= inf ? fallback : v;
    const rhsRange = model.rows.map((_, i) => ({
      from: finite(ranging.rowBoundDown.value[i], -Infinity),
      to: finite(ranging.rowBoundUp.value[i], Infinity),
    }));
    return { objective: m.getObjectiveValue(), x: Array.from(sol.colValue), duals: Array.from(sol.rowDual), rhsRange };
  });
}
