import { explainContext } from '../explain/context.js';
import { explainScenario, type ExplainMore } from '../explain/explainScenario.js';
import type { Explanation } from '../explain/types.js';
import { planScenario } from '../plan/planScenario.js';
import type { Outcome } from '../plan/types.js';
import type { Scenario } from '../scenario/types.js';
import { ENGINE_NAMES, pickEngine } from '../solver/engines.js';
import type { Solver } from '../solver/solver.js';

/** The engines `--solver` names (ENGINE_NAMES at run time; a test keeps the two in step). */
export type EngineName = 'auto' | 'highs' | 'javascript-lp-solver' | 'glpk';

/** How to solve: the CLI's `--solver`, `--time-limit` and `--whole-fte`. */
export type PlanOptions = {
  /** `auto` (default): javascript-lp-solver for small LPs, HiGHS for the rest. */
  readonly solver?: EngineName;
  /** Give up solving after this many seconds (default 60); a plan stopped by it says so. */
  readonly timeLimitSeconds?: number;
  /** Staff whole FTEs per country (mixed-integer). */
  readonly wholeFte?: boolean;
  /** Told each step of a long solve in words (`branch and bound over 1,402 of 15,688 staffing patterns`): the CLI's status line. */
  readonly onProgress?: (step: string) => void;
};

/** How to explain: `plan`'s options, and a count of the rules priced so far (the CLI's progress bar). */
export type ExplainOptions = Omit<PlanOptions, 'wholeFte'> & {
  readonly onCount?: (done: number, total: number, unit: string) => void;
};

/** Is this one of the engines `solver` names? */
export function isEngineName(name: string): name is EngineName {
  return ENGINE_NAMES.some((known) => known === name);
}

export const DEFAULT_TIME_LIMIT_SECONDS = 60;

function engineOf(options: PlanOptions): Solver {
  const solver = pickEngine(options.solver ?? 'auto');
  if (!solver)
    throw new RangeError(`unknown solver "${String(options.solver)}": expected one of ${ENGINE_NAMES.join(', ')}`);
  return solver;
}

function timeLimitOf(options: PlanOptions): number {
  const seconds = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  if (!(seconds > 0)) throw new RangeError(`timeLimitSeconds: expected a positive number, got ${seconds}`);
  return seconds;
}

/**
 * The least-cost plan of a scenario read by `read`, proven optimal and verified against every
 * rule: `status: 'optimal'` (or `'feasible'` when the time limit stopped the search) with the allocation, or `'infeasible'` with a
 * diagnosis. A solver answer that fails verification throws (never a wrong plan).
 */
export async function plan(scenario: Scenario, options: PlanOptions = {}): Promise<Outcome> {
  return planScenario(scenario, engineOf(options), {
    timeLimitSeconds: timeLimitOf(options),
    wholeFte: options.wholeFte === true,
    ...(options.onProgress ? { onStep: options.onProgress } : {}),
  });
}

/**
 * What each rule costs, the marginal values of the binding rules, why (not) each country; for a
 * scenario with no plan, a minimal conflict and the cheapest ways out (`status: 'infeasible'`).
 */
export async function explain(
  scenario: Scenario,
  options: ExplainOptions = {},
  /** The CLI's worker threads (they re-read the scenario's YAML layer): not part of the documented API. */
  threads: Pick<ExplainMore, 'threads'> = {},
): Promise<Explanation> {
  const ctx = explainContext(engineOf(options), { timeLimitSeconds: timeLimitOf(options) });
  try {
    return await explainScenario(scenario, ctx, options.onCount, {
      ...(options.onProgress ? { status: options.onProgress } : {}),
      ...threads,
    });
  } finally {
    ctx.close();
  }
}
