import type { Priced } from './context.js';
import type { Bounds } from './types.js';

/**
 * Differences between two plans' costs stated no more precisely than the plans are proven. A plan
 * proven within a gap (a rota, a queue plan stopped short) costs `cost`, and its scenario's optimum
 * lies between `bound` and `cost`; the difference of two optima then lies between the bound of
 * one less the cost of the other and the other way round. Both plans proven optimal: the figure
 * is exact and no range is stated.
 */
const exact = (p: Priced): boolean => p.bound === p.cost;

/** What lifting a rule saves (base optimum − lifted optimum): never below 0, as lifting never raises the optimum. */
export function savingBounds(base: Priced, lifted: Priced): Bounds | undefined {
  if (exact(base) && exact(lifted)) return undefined;
  return {
    low: base.bound === undefined ? 0 : Math.max(0, base.bound - lifted.cost),
    high: lifted.bound === undefined ? undefined : base.cost - lifted.bound,
  };
}

/** What one step costs (stepped optimum − base optimum), per step of `steps`. */
export function changeBounds(base: Priced, stepped: Priced, steps: number): Bounds | undefined {
  if (exact(base) && exact(stepped)) return undefined;
  return {
    low: stepped.bound === undefined ? undefined : (stepped.bound - base.cost) / steps,
    high: base.bound === undefined ? undefined : (stepped.cost - base.bound) / steps,
  };
}
