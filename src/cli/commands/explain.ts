import { localeOf } from '../locale.js';
import { cliWords } from '../words.js';
import { byName } from '../../report/formatNames.js';
import { EXIT, ScenarioError, UsageError, type ExitCode } from '../../errors.js';
import { explainContext } from '../../explain/context.js';
import { explainScenario } from '../../explain/explainScenario.js';
import { EXPLAIN_RENDERERS } from '../../report/explainFormats.js';
import { displayName, loadLayer } from '../../scenario/loadLayers.js';
import { readLayer } from '../../scenario/variants.js';
import { availableParallelism } from 'node:os';
import { compiledWorker } from '../../explain/sweepPool.js';
import { workersOption } from '../sweepOptions.js';
import type { Io } from '../io.js';
import type { ExplainOptions } from '../explainOptions.js';
import { loadOptions } from '../loadOptions.js';
import { scenarioSets } from '../dataOptions.js';
import { refuseBinaryOnStdout, renderWith } from '../render.js';
import { outputWidth } from '../width.js';
import { toStdout, writeOutput } from '../writeOutput.js';
import { engineFrom } from './planFile.js';

/**
 * `bestshore explain <scenario>`: what each rule costs, marginal values, why (not) each country.
 * Exit 0 with a plan; 1 when the scenario has no plan (a minimal conflict and the ways out).
 */
export async function explainCommand(file: string, opts: ExplainOptions, io: Io): Promise<ExitCode> {
  const render = byName(EXPLAIN_RENDERERS, opts.format);
  if (!render)
    throw new UsageError(
      `--format: expected one of ${Object.keys(EXPLAIN_RENDERERS).join(', ')}, got "${opts.format}"`,
    );
  refuseBinaryOnStdout(render, opts.format, opts.output);
  const { solver, timeLimitSeconds } = engineFrom(opts);
  const sets = await scenarioSets(opts);
  const workers = workersOption(opts);
  // As loadScenario does, keeping the YAML layer for the worker threads.
  const layer = await loadLayer(file, loadOptions(io, opts));
  if (!layer.ok) throw new ScenarioError(layer.diagnostics);
  const loaded = { ...readLayer(layer.layer, sets), files: layer.files };
  if (!loaded.ok) throw new ScenarioError(loaded.diagnostics);
  io.warn(loaded.warnings);
  const script = workers === 1 ? undefined : compiledWorker('rulesWorker.js');
  const threads = script ? { workers: workers ?? availableParallelism(), script, layer: layer.layer, sets } : undefined;
  const ctx = explainContext(solver, { timeLimitSeconds });
  let explanation;
  try {
    explanation = await explainScenario(loaded.scenario, ctx, io.progress, {
      ...(io.status ? { status: io.status } : {}),
      ...(threads ? { threads } : {}),
    });
  } finally {
    ctx.close();
    io.status?.('');
  }
  const text = await renderWith(render, explanation, {
    color: toStdout(opts.output) && io.color,
    locale: localeOf(opts.locale, io),
    ...outputWidth(io, toStdout(opts.output)),
  });
  await writeOutput(io, opts.output, text, loaded.files);
  if (explanation.status === 'infeasible') {
    io.err(`bestshore: ${cliWords(localeOf(opts.locale, io)).noPlan(displayName(file))}`);
    return EXIT.infeasible;
  }
  return EXIT.ok;
}
