import { EXIT, ScenarioError, UsageError, type ExitCode } from '../../errors.js';
import { planScenario } from '../../plan/planScenario.js';
import { RENDERERS } from '../../report/registry.js';
import { loadScenario } from '../../scenario/loadScenario.js';
import { pickEngine } from '../../solver/engines.js';
import type { PlanOptions } from '../options.js';
import type { Io } from '../io.js';
import { writeAtomic } from '../writeAtomic.js';

/** `bestshore plan <scenario>`: load, plan, verify, render; returns the exit code. */
export async function planCommand(file: string, opts: PlanOptions, io: Io): Promise<ExitCode> {
  const render = RENDERERS[opts.format];
  if (!render) throw new UsageError(`unknown format "${opts.format}"`);
  const solver = pickEngine(opts.solver);
  if (!solver) throw new UsageError(`unknown solver "${opts.solver}"`);
  const timeLimitSeconds = Number(opts.timeLimit);
  if (!(timeLimitSeconds > 0)) throw new UsageError(`--time-limit: expected a positive number of seconds, got "${opts.timeLimit}"`);
  const loaded = await loadScenario(file);
  if (!loaded.ok) throw new ScenarioError(loaded.diagnostics);
  io.warn(loaded.warnings);
  const outcome = await planScenario(loaded.scenario, solver, { timeLimitSeconds });
  const text = render(outcome, { color: opts.output === undefined && io.color, locale: opts.locale });
  if (opts.output !== undefined) await writeAtomic(opts.output, text);
  else io.out(text);
  if (outcome.status === 'infeasible') {
    io.err(`bestshore: ${file}: no plan satisfies the constraints (${outcome.diagnosis.length} finding${outcome.diagnosis.length === 1 ? '' : 's'})`);
    return EXIT.infeasible;
  }
  return EXIT.ok;
}
