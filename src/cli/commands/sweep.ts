import { localeOf } from '../locale.js';
import { cliWords } from '../words.js';
import { byName } from '../../report/formatNames.js';
import { EXIT, ScenarioError, UsageError, type ExitCode } from '../../errors.js';
import { explainContext } from '../../explain/context.js';
import { launchSweep, pointCount, runSweep } from '../../sweep/sweepRun.js';
import { SWEEP_RENDERERS } from '../../report/whatIf/sweepRender.js';
import type { Diagnostic } from '../../scenario/diagnostic.js';
import { loadLayer } from '../../scenario/loadLayers.js';
import { applySets, readLayer, type Layer, type SetOption } from '../../scenario/variants.js';
import type { SweepInput } from '../../sweep/sweepTypes.js';
import type { Io } from '../io.js';
import type { SweepOptions } from '../explainOptions.js';
import { loadOptions } from '../loadOptions.js';
import { scenarioSets } from '../dataOptions.js';
import { sweepInputs, workersOption } from '../sweepOptions.js';
import { workerCount, workerScript } from '../../sweep/sweepPool.js';
import { refuseBinaryOnStdout, renderWith } from '../render.js';
import { outputWidth } from '../width.js';
import { toStdout, writeOutput } from '../writeOutput.js';
import { engineFrom } from './planFile.js';

/** Sweeps shorter than this get no progress bar (it would only flicker), one status line instead. */
const PROGRESS_FROM_POINTS = 20;

/**
 * `bestshore sweep <scenario> --vary path=from..to:steps… | --spread path=±p% --samples N`:
 * cost and country shares per point, percentile bands (Monte Carlo), tornado.
 * Exit 0 when every point has a plan, 1 when some have none (still listed), 2 invalid input.
 */
export async function sweepCommand(file: string, opts: SweepOptions, io: Io): Promise<ExitCode> {
  const render = byName(SWEEP_RENDERERS, opts.format);
  if (!render)
    throw new UsageError(`--format: expected one of ${Object.keys(SWEEP_RENDERERS).join(', ')}, got "${opts.format}"`);
  refuseBinaryOnStdout(render, opts.format, opts.output);
  const { solver, timeLimitSeconds } = engineFrom(opts);
  const sets = await scenarioSets(opts);
  const loaded = await loadLayer(file, loadOptions(io, opts));
  if (!loaded.ok) throw new ScenarioError(loaded.diagnostics);
  const applied = applySets(loaded.layer, sets);
  if (!applied.ok) throw new ScenarioError(applied.diagnostics);
  const read = readLayer(loaded.layer, sets);
  if (!read.ok) throw new ScenarioError(read.diagnostics);
  io.warn(read.warnings);
  const { inputs, plan } = sweepInputs(opts, applied.layer.data);
  const points = pointCount(inputs, plan);
  const workers = workerCount(points, workersOption(opts));
  const ctx = explainContext(solver, { timeLimitSeconds });
  const base = { layer: loaded.layer, sets, scenario: read.scenario };
  // Worker threads start now: their start overlaps the checks below, the base model and its solve.
  // Workers get the scenario as read here (standard input too), not by reading the file again.
  const launch = launchSweep(base, inputs, plan, ctx, { workers, script: workers > 1 ? workerScript() : undefined });
  const progress = io.progress && points >= PROGRESS_FROM_POINTS ? io.progress : undefined;
  let result;
  let status = false;
  try {
    checkEnds(loaded.layer, sets, inputs);
    // A short sweep of slow plans still says what it is doing (a terminal only), cleared when done.
    status = !progress;
    if (status) io.status?.(`sweep: planning ${points} points`);
    result = await runSweep(base, inputs, plan, ctx, progress, launch);
  } finally {
    launch.pool?.stop();
    ctx.close();
    if (status) io.status?.('');
  }
  const text = await renderWith(render, result, {
    color: toStdout(opts.output) && io.color,
    locale: localeOf(opts.locale, io),
    ...outputWidth(io, toStdout(opts.output)),
  });
  await writeOutput(io, opts.output, text, loaded.files);
  const without = result.points.filter((p) => p.status !== 'optimal').length;
  if (without > 0) {
    io.err(`bestshore: ${cliWords(localeOf(opts.locale, io)).pointsWithoutPlan(without, result.points.length)}`);
    return EXIT.infeasible;
  }
  return EXIT.ok;
}

/** Both ends of every input go through the whole validation, errors naming the option. */
function checkEnds(layer: Layer, sets: readonly SetOption[], inputs: readonly SweepInput[]): void {
  const problems: Diagnostic[] = [];
  for (const i of inputs) {
    for (const value of [...new Set([i.low, i.high])]) {
      const r = readLayer(layer, [...sets, { origin: i.origin, path: i.path.split('.'), value }]);
      if (!r.ok)
        problems.push(
          ...r.diagnostics.filter((d) => !problems.some((p) => p.message === d.message && p.file === d.file)),
        );
    }
  }
  if (problems.length > 0) throw new ScenarioError(problems);
}
