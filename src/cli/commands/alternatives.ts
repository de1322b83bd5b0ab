import { EXIT, ScenarioError, UsageError, type ExitCode } from '../../errors.js';
import { explainContext } from '../../explain/context.js';
import { findAlternatives } from '../../options/alternatives.js';
import { ALTERNATIVES_RENDERERS } from '../../report/options/alternativesRender.js';
import { byName } from '../../report/formatNames.js';
import { displayName, loadLayer } from '../../scenario/loadLayers.js';
import { readLayer } from '../../scenario/variants.js';
import type { Io } from '../io.js';
import type { AlternativesOptions } from '../optionsOptions.js';
import { loadOptions } from '../loadOptions.js';
import { scenarioSets } from '../dataOptions.js';
import { renderWith } from '../render.js';
import { outputWidth } from '../width.js';
import { toStdout, writeOutput } from '../writeOutput.js';
import { engineFrom } from './planFile.js';
import { parseCount, parseSlack } from './optionsFlags.js';


/**
 * `bestshore alternatives <scenario> [--slack 2%] [--count 5]`: plans within the slack of the
 * optimum that differ most from it (src/options/alternatives.ts). Exit 0 with the optimum (even
 * when no alternative differs), 1 when the scenario has no plan, 2 invalid input.
 */
export async function alternativesCommand(file: string, opts: AlternativesOptions, io: Io): Promise<ExitCode> {
  const render = byName(ALTERNATIVES_RENDERERS, opts.format);
  if (!render) throw new UsageError(`--format: expected one of ${Object.keys(ALTERNATIVES_RENDERERS).join(', ')}, got "${opts.format}"`);
  const slack = parseSlack(opts.slack);
  const count = parseCount(opts.count, '--count', 20);
  const { solver, timeLimitSeconds } = engineFrom(opts);
  const sets = await scenarioSets(opts);
  const loaded = await loadLayer(file, loadOptions(io, opts));
  if (!loaded.ok) throw new ScenarioError(loaded.diagnostics);
  const read = readLayer(loaded.layer, sets);
  if (!read.ok) throw new ScenarioError(read.diagnostics);
  io.warn(read.warnings);
  const ctx = explainContext(solver, { timeLimitSeconds });
  let result;
  try {
    result = await findAlternatives({ layer: loaded.layer, sets, scenario: read.scenario }, { slack, count }, ctx, io.progress);
  } finally {
    ctx.close();
  }
  if (result.status === 'infeasible') {
    io.err(`bestshore: ${displayName(file)}: no plan satisfies the constraints (bestshore plan says why)`);
    return EXIT.infeasible;
  }
  const text = await renderWith(render, result, { color: toStdout(opts.output) && io.color, locale: opts.locale ?? 'en', ...outputWidth(io, toStdout(opts.output)) });
  await writeOutput(io, opts.output, text, loaded.files);
  return EXIT.ok;
}
