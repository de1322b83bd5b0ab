import { localeOf } from '../locale.js';
import { cliWords } from '../words.js';
import { byName } from '../../report/formatNames.js';
import { EXIT, ScenarioError, UsageError, type ExitCode } from '../../errors.js';
import { explain } from '../../api/plan.js';
import { isExplainFormat, renderExplanationFile } from '../../api/render.js';
import { EXPLAIN_RENDERERS } from '../../report/explain/explainFormats.js';
import { displayName, loadLayer } from '../../scenario/loadLayers.js';
import { readLayer } from '../../scenario/variants.js';
import { availableParallelism } from 'node:os';
import { compiledWorker } from '../../sweep/sweepPool.js';
import { workersOption } from '../sweepOptions.js';
import type { Io } from '../io.js';
import type { ExplainOptions } from '../explainOptions.js';
import { loadOptions } from '../loadOptions.js';
import { scenarioSets } from '../dataOptions.js';
import { refuseBinaryOnStdout } from '../render.js';
import { outputWidth } from '../width.js';
import { toStdout, writeOutput } from '../writeOutput.js';
import { engineFrom } from './planFile.js';

/**
 * `bestshore explain <scenario>`: what each rule costs, marginal values, why (not) each country.
 * Exit 0 with a plan; 1 when the scenario has no plan (a minimal conflict and the ways out).
 */
export async function explainCommand(file: string, opts: ExplainOptions, io: Io): Promise<ExitCode> {
  const format = opts.format;
  const render = byName(EXPLAIN_RENDERERS, format);
  if (!render || !isExplainFormat(format))
    throw new UsageError(`--format: expected one of ${Object.keys(EXPLAIN_RENDERERS).join(', ')}, got "${format}"`);
  refuseBinaryOnStdout(render, format, opts.output);
  const { name, timeLimitSeconds } = engineFrom(opts);
  const sets = await scenarioSets(opts);
  const workers = workersOption(opts);
  // As loadScenario does, keeping the YAML layer for the worker threads.
  const layer = await loadLayer(file, loadOptions(io, opts));
  if (!layer.ok) throw new ScenarioError(layer.diagnostics);
  const loaded = { ...readLayer(layer.layer, sets), files: layer.files };
  if (!loaded.ok) throw new ScenarioError(loaded.diagnostics);
  io.warn(loaded.warnings);
  const script = workers === 1 ? undefined : compiledWorker('explain', 'rulesWorker.js');
  const threads = script ? { workers: workers ?? availableParallelism(), script, layer: layer.layer, sets } : undefined;
  let explanation;
  try {
    explanation = await explain(
      loaded.scenario,
      {
        solver: name,
        timeLimitSeconds,
        ...(io.progress ? { onCount: io.progress } : {}),
        ...(io.status ? { onProgress: io.status } : {}),
      },
      threads ? { threads } : {},
    );
  } finally {
    io.status?.('');
  }
  const text = await renderExplanationFile(explanation, format, {
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
