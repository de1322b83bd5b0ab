/** One varied field of a sweep: a grid of values, or a Monte Carlo range around its value. */
export type SweepInput = {
  /** Dotted path, e.g. `countries.MA.cost_per_hour`. */
  readonly path: string;
  /** The option as written, for error messages. */
  readonly origin: string;
  /** The scenario's own value (after --set), if it has one. */
  readonly base: number | undefined;
  readonly low: number;
  readonly high: number;
  /** Grid values (from..to in steps); undefined for Monte Carlo (uniform in [low, high]). */
  readonly values: readonly number[] | undefined;
};

export type SweepPlan =
  { readonly kind: 'grid' } | { readonly kind: 'monte-carlo'; readonly samples: number; readonly seed: number };

export type PointStatus = 'optimal' | 'infeasible' | 'invalid';

export type SweepPoint = {
  /** One value per input. */
  readonly values: readonly number[];
  readonly status: PointStatus;
  readonly cost: number | undefined;
  /**
   * A point with a plan not proven optimal (a rota or a queue search stopped within its gap): the
   * gap it proves, or null when nothing bounds it; undefined for a proven plan or no plan.
   */
  readonly gap?: number | null;
  /** Share of the hours delivered in each country (0 when none), by country code. */
  readonly shares: Readonly<Record<string, number>>;
  /** Invalid points: the first problem. */
  readonly message: string | undefined;
};

/** 10th, 50th and 90th percentiles (linear interpolation, as Excel's PERCENTILE.INC). */
export type Band = { readonly p10: number; readonly p50: number; readonly p90: number };

/** One input's effect on the total with the others at their base values. */
export type TornadoBar = {
  readonly input: string;
  readonly low: number;
  readonly high: number;
  readonly costLow: number | undefined;
  readonly costHigh: number | undefined;
  /** |costHigh − costLow|; undefined when either end has no plan. */
  readonly swing: number | undefined;
};

export type SweepResult = {
  readonly name: string;
  readonly currency: string;
  readonly period: string;
  readonly plan: SweepPlan;
  readonly inputs: readonly SweepInput[];
  readonly countries: readonly string[];
  readonly baseCost: number | undefined;
  readonly points: readonly SweepPoint[];
  /** Monte Carlo: percentiles of the cost and of each country's share over the points with a plan. */
  readonly bands: { readonly cost: Band; readonly shares: Readonly<Record<string, Band>> } | undefined;
  readonly tornado: readonly TornadoBar[];
  /** Points solved by patching the model in place (costs, right-hand sides) rather than rebuilding it. */
  readonly patched: number;
  readonly seconds: number;
};
