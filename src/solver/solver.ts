import type { LpModel } from '../model/lp.js';

/** What an engine can say about a model: expected outcomes are values, not exceptions. */
/**
 * How a whole-agent queue model was solved (solver/pricedOut.ts): its LP relaxation bounds every
 * plan by `lowerBound`, and the staffing patterns left out each cost more than `threshold` above
 * it, so none can be in a plan within `threshold` of the bound; the engine then proved the optimum
 * over the `kept` patterns.
 */
export type PricedOut = { readonly lowerBound: number; readonly threshold: number; readonly kept: number; readonly total: number };

export type SolveResult =
  | {
    readonly status: 'optimal';
    /** The engine that found it (under `auto`, the one chosen). */
    readonly engine: string;
    readonly objective: number;
    /** Value of each model variable, by index. */
    readonly x: readonly number[];
    /** Row duals (shadow prices) by row index, when the engine provides them (LPs only). */
    readonly duals: readonly number[] | undefined;
    /** Mixed-integer models: the engine's relative gap between solution and bound (0 = proven). */
    readonly mipGap: number | undefined;
    readonly pricedOut?: PricedOut;
  }
  /** A mixed-integer search stopped by its time limit with a solution and a gap. */
  | {
    readonly status: 'feasible';
    readonly engine: string;
    readonly objective: number;
    readonly x: readonly number[];
    readonly mipGap: number | undefined;
    readonly pricedOut?: PricedOut;
  }
  | { readonly status: 'infeasible' }
  | { readonly status: 'unbounded' }
  | { readonly status: 'error'; readonly message: string };

export type SolveOptions = {
  readonly timeLimitSeconds: number;
  /**
   * Relative gap at which branch and bound may stop (mixed-integer models; default 0: proven
   * optimal). A plan stopped this way states the gap it proved.
   */
  readonly mipGap?: number;
};

/** One LP engine behind a common interface; adapters translate the neutral model. */
export type Solver = {
  readonly name: string;
  solve(model: LpModel, options: SolveOptions): Promise<SolveResult>;
};
