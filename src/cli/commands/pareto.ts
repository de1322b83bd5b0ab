import { EXIT, ScenarioError, UsageError, type ExitCode } from '../../errors.js';
import { explainContext } from '../../explain/context.js';
import { objectiveNamed, OBJECTIVE_IDS, type Objective } from '../../options/objectives.js';
import { paretoFront } from '../../options/pareto.js';
import { byName } from '../../report/formatNames.js';
import { PARETO_RENDERERS } from '../../report/options/paretoRender.js';
import { displayName, loadLayer } from '../../scenario/loadLayers.js';
import { readLayer } from '../../scenario/variants.js';
import type { Io } from '../io.js';
import type { ParetoOptions } from '../optionsOptions.js';
import { loadOptions } from '../loadOptions.js';
import { scenarioSets } from '../dataOptions.js';
import { renderWith } from '../render.js';
import { outputWidth } from '../width.js';
import { toStdout, writeOutput } from '../writeOutput.js';
import { engineFrom } from './planFile.js';
import { parseCount } from './optionsFlags.js';


/** Objectives asked for and not available: why, and what would make them so. */
const NOT_YET: Readonly<Record<string, string>> = {
  carbon: 'carbon needs per-country carbon data (the ESG data, not in this version)',
};

/** `--objectives cost,home-share`: cost and one other objective, in either order. */
export function objectiveFrom(text: string): Objective {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const others = parts.filter((p) => p !== 'cost');
  if (parts.length !== 2 || others.length !== 1) throw new UsageError(`--objectives: expected cost and one other objective, e.g. cost,home-share (others: ${OBJECTIVE_IDS.join(', ')}), got "${text}"`);
  const id = others[0] ?? '';
  const o = objectiveNamed(id);
  if (o) return o;
  const why = NOT_YET[id];
  throw new UsageError(`--objectives: ${why ?? `unknown objective "${id}"`}; available: ${OBJECTIVE_IDS.join(', ')}`);
}

/**
 * `bestshore pareto <scenario> --objectives cost,<other> [--points 7]`: the efficient front by
 * the ε-constraint method (src/options/pareto.ts). Exit 0 with a front, 1 when the scenario has
 * no plan, 2 invalid input.
 */
export async function paretoCommand(file: string, opts: ParetoOptions, io: Io): Promise<ExitCode> {
  const render = byName(PARETO_RENDERERS, opts.format);
  if (!render) throw new UsageError(`--format: expected one of ${Object.keys(PARETO_RENDERERS).join(', ')}, got "${opts.format}"`);
  const objective = objectiveFrom(opts.objectives);
  const points = parseCount(opts.points, '--points', 50);
  if (points < 2) throw new UsageError('--points: expected at least 2 (the optimum and one more)');
  const { solver, timeLimitSeconds } = engineFrom(opts);
  const sets = await scenarioSets(opts);
  const loaded = await loadLayer(file, loadOptions(io, opts));
  if (!loaded.ok) throw new ScenarioError(loaded.diagnostics);
  const read = readLayer(loaded.layer, sets);
  if (!read.ok) throw new ScenarioError(read.diagnostics);
  io.warn(read.warnings);
  const missing = objective.missing?.(read.scenario);
  if (missing !== undefined) throw new UsageError(`--objectives: ${missing}`);
  const ctx = explainContext(solver, { timeLimitSeconds });
  let result;
  try {
    result = await paretoFront({ layer: loaded.layer, sets, scenario: read.scenario }, objective, points, ctx, io.progress);
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
