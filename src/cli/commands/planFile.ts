import { ScenarioError, UsageError } from '../../errors.js';
import { isEngineName, plan, type EngineName } from '../../api/plan.js';
import { readWith } from '../../api/read.js';
import type { Outcome } from '../../plan/types.js';
import type { Scenario } from '../../scenario/types.js';
import { pickEngine } from '../../solver/engines.js';
import type { Solver } from '../../solver/solver.js';
import type { FileId } from '../../files/readInput.js';
import type { Io } from '../io.js';
import { loadOptions, type ReadFlags } from '../loadOptions.js';
import { scenarioSets, type DataFlags } from '../dataOptions.js';
import type { SetFlags } from '../setOptions.js';

export type EngineOptions = { readonly solver: string; readonly timeLimit: string; readonly wholeFte?: boolean };

/** Longest --time-limit: a day. Infinity (or 1e300) would be handed to the engines as is. */
export const MAX_TIME_LIMIT_SECONDS = 86_400;
/** The engine and time limit named by the options (usage errors when they are wrong). */
export function engineFrom(opts: EngineOptions): { solver: Solver; name: EngineName; timeLimitSeconds: number } {
  const name = opts.solver;
  const solver = pickEngine(name);
  if (!solver || !isEngineName(name)) throw new UsageError(`unknown solver "${opts.solver}"`);
  const timeLimitSeconds = Number(opts.timeLimit);
  if (!(timeLimitSeconds > 0))
    throw new UsageError(`--time-limit: expected a positive number of seconds, got "${opts.timeLimit}"`);
  if (!(timeLimitSeconds <= MAX_TIME_LIMIT_SECONDS))
    throw new UsageError(
      `--time-limit: expected at most ${MAX_TIME_LIMIT_SECONDS} seconds (a day), got "${opts.timeLimit}"`,
    );
  return { solver, name, timeLimitSeconds };
}

/**
 * Shared by every command that plans a file: load + validate (warnings to stderr), then plan,
 * through the library's `read` and `plan` (src/api); `files`: those read.
 */
export async function planFile(
  file: string,
  opts: EngineOptions & SetFlags & DataFlags & ReadFlags,
  io: Io,
  beforePlanning?: (scenario: Scenario, files: readonly FileId[]) => Promise<void>,
): Promise<{ scenario: Scenario; outcome: Outcome; files: readonly FileId[] }> {
  const { name, timeLimitSeconds } = engineFrom(opts);
  const loaded = await readWith(file, await scenarioSets(opts), loadOptions(io, opts));
  if (!loaded.ok) throw new ScenarioError(loaded.diagnostics);
  io.warn(loaded.warnings);
  await beforePlanning?.(loaded.scenario, loaded.files);
  const status = io.status;
  let outcome;
  try {
    outcome = await plan(loaded.scenario, {
      solver: name,
      timeLimitSeconds,
      wholeFte: opts.wholeFte === true,
      ...(status ? { onProgress: status } : {}),
    });
  } finally {
    status?.('');
  }
  return { scenario: loaded.scenario, outcome, files: loaded.files };
}
