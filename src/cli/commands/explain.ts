import { explain, isEngineName } from '../../api/plan.js';
import { read } from '../../api/read.js';
import { renderExplanation } from '../../api/render.js';
import { EXIT, ScenarioError, UsageError, type ExitCode } from '../../errors.js';
import { EXPLAIN_FORMATS } from '../../report/formatNames.js';
import { displayName } from '../../scenario/loadLayers.js';
import type { Io } from '../io.js';
import type { ReadFlags } from '../loadOptions.js';
import { setsFrom, type SetFlags } from '../setOptions.js';
import { toStdout, writeOutput } from '../writeOutput.js';
import { engineFrom, type EngineOptions } from './planFile.js';

export type ExplainOptions = EngineOptions & SetFlags & ReadFlags & { readonly format: string; readonly output?: string; readonly locale?: 'en' | 'fr' };

/**
 * `bestshore explain <scenario>`: what each rule costs, marginal values, why (not) each country.
 * Exit 0 with a plan; 1 when the scenario has no plan (a minimal conflict and the ways out).
 */
export async function explainCommand(file: string, opts: ExplainOptions, io: Io): Promise<ExitCode> {
  const format = EXPLAIN_FORMATS.find((f) => f === opts.format);
  if (!format) throw new UsageError(`--format: expected one of ${EXPLAIN_FORMATS.join(', ')}, got "${opts.format}"`);
  const { timeLimitSeconds } = engineFrom(opts);
  setsFrom(opts);
  const loaded = await read(file, { set: opts.set ?? [], allowExtendsOutside: opts.allowExtendsOutside === true, ...(io.stdin ? { stdin: io.stdin } : {}) });
  if (!loaded.ok) throw new ScenarioError(loaded.diagnostics);
  io.warn(loaded.warnings);
  const explanation = await explain(loaded.scenario, { solver: isEngineName(opts.solver) ? opts.solver : 'auto', timeLimitSeconds });
  const text = renderExplanation(explanation, format, { color: toStdout(opts.output) && io.color, locale: opts.locale ?? 'en' });
  await writeOutput(io, opts.output, text, loaded.files);
  if (explanation.status === 'infeasible') {
    io.err(`bestshore: ${displayName(file)}: no plan satisfies the constraints`);
    return EXIT.infeasible;
  }
  return EXIT.ok;
}
