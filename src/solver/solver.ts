import type { LpModel } from '../model/lp.js';

/** What an engine can say about a model: expected outcomes are values, not exceptions. */
/**
 * How a whole-agent queue model was solved (solver/pricedOut.ts): its LP relaxation bounds every
 * plan by `lpBound`, raised to `lowerBound` by solving each time class in whole agents at the
 * relaxation's prices (model/blockBound.ts; equal when not needed). Every staffing pattern left
 * out would make a plan cost more than `lowerBound + threshold`, so none can be in a cheaper
 * plan; the engine then proved the optimum over the `kept` patterns.
 */
export type PricedOut = {
  readonly lowerBound: number;
  readonly lpBound: number;
  readonly threshold: number;
  readonly kept: number;
  /**
   * The patterns a plan cheaper than the one found (by more than the gap asked for) could use,
   * kept or not: more than `kept` when that net was too wide to search and the plan stands with
   * the gap its bound proves (solver/pricedOut.ts `WIDEN_AT_MOST`).
   */
  readonly inPlay: number;
  readonly total: number;
};

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
  | {
      readonly status: 'error';
      readonly message: string;
      /** Set when a limit of the solve stopped the engine before it had any plan (HiGHS). */
      readonly stoppedBy?: 'time limit' | 'node limit';
    };

export type SolveOptions = {
  readonly timeLimitSeconds: number;
  /**
   * Relative gap at which branch and bound may stop (mixed-integer models; default 0: proven
   * optimal). A plan stopped this way states the gap it proved.
   */
  readonly mipGap?: number;
  /**
   * A whole plan to start branch and bound from (a value per variable of the model solved):
   * its cost prunes the search from the start. An engine may ignore it; one that is not
   * feasible is ignored.
   */
  readonly start?: readonly number[];
  /**
   * Branch and bound also stops after this many nodes (mixed-integer models; HiGHS only; the
   * other engines have only the time limit). Where it stops then depends on the model alone,
   * not on the machine or its load: a search given both limits answers the same everywhere it
   * reaches this one first.
   */
  readonly nodeLimit?: number;
  /**
   * Told what each engine call of a long solve is about to do ("branch and bound over 1,402 of
   * 15,688 staffing patterns"): the CLI shows it on a terminal. Absent: nothing is told.
   */
  readonly onStep?: (what: string) => void;
};

/** One LP engine behind a common interface; adapters translate the neutral model. */
export type Solver = {
  readonly name: string;
  solve(model: LpModel, options: SolveOptions): Promise<SolveResult>;
};
