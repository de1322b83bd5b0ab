import { localeOf } from '../locale.js';
import { cliWords } from '../words.js';
import { EXIT, ScenarioError, UsageError, type ExitCode } from '../../errors.js';
import { findAlternatives, type AlternativesAsk } from '../../options/alternatives.js';
import type { Objective } from '../../options/objectives.js';
import { paretoFront } from '../../options/pareto.js';
import type { ParetoResult } from '../../options/paretoTypes.js';
import type { AlternativesResult } from '../../options/types.js';
import { planWorkerScript } from '../../options/planPool.js';
import type { OptionsThreads } from '../../options/threads.js';
import { workersOption } from '../sweepOptions.js';
import { explainContext, type ExplainContext, type ExplainProgress } from '../../explain/context.js';
import type { SweepBase as VariantBase } from '../../sweep/sweepEval.js';
import type { OptionsRenderOptions } from '../../report/options/alternativesRender.js';
import type { Infeasible } from '../../plan/types.js';
import type { Registered } from '../../report/renderer.js';
import type { Solver } from '../../solver/solver.js';
import { displayName, loadLayer } from '../../scenario/loadLayers.js';
import { readLayer } from '../../scenario/variants.js';
import { scenarioSets, type DataFlags } from '../dataOptions.js';
import type { Io } from '../io.js';
import { loadOptions, type ReadFlags } from '../loadOptions.js';
import { renderWith } from '../render.js';
import type { SetFlags } from '../setOptions.js';
import { outputWidth } from '../width.js';
import { toStdout, writeOutput } from '../writeOutput.js';

const isInfeasible = <R>(x: R | Infeasible): x is Infeasible =>
  typeof x === 'object' && x !== null && 'status' in x && x.status === 'infeasible';

type Flags = SetFlags &
  DataFlags &
  ReadFlags & {
    readonly output?: string | undefined;
    readonly locale?: 'en' | 'fr' | undefined;
    readonly workers?: string;
  };

/** --workers and the worker module: the variants of a search spread over threads (src/options/planPool.ts). */
function threadsOf(opts: Flags, engine: Solver): OptionsThreads {
  return { workers: workersOption(opts), engine, script: planWorkerScript() };
}

/**
 * The search's engine session; on a terminal, a long solve's steps on the status line (the
 * optimum of a large scenario, a MILP variant), as `bestshore plan` shows them.
 */
function contextOf(engine: { readonly solver: Solver; readonly timeLimitSeconds: number }, io: Io): ExplainContext {
  const status = io.status;
  return explainContext(engine.solver, {
    timeLimitSeconds: engine.timeLimitSeconds,
    ...(status ? { onStep: status } : {}),
  });
}

/** The progress bar, which takes the status line's place. */
export function progressOf(io: Io): ExplainProgress | undefined {
  const bar = io.progress;
  if (!bar) return undefined;
  return (done, total, unit) => {
    io.status?.('');
    bar(done, total, unit);
  };
}

/**
 * What `alternatives` and `pareto` share around their search: read the scenario with its
 * --set and --data options, run the search in one engine session (closed whatever happens),
 * then exit 1 when the scenario has no plan or render and write the result.
 */
export async function runOptionsSearch<R>(
  file: string,
  opts: Flags,
  io: Io,
  engine: { readonly solver: Solver; readonly timeLimitSeconds: number },
  search: (base: VariantBase, ctx: ExplainContext, threads: OptionsThreads) => Promise<R | Infeasible>,
  render: Registered<R, OptionsRenderOptions>,
  check?: (base: VariantBase) => void,
): Promise<ExitCode> {
  const sets = await scenarioSets(opts);
  const loaded = await loadLayer(file, loadOptions(io, opts));
  if (!loaded.ok) throw new ScenarioError(loaded.diagnostics);
  const read = readLayer(loaded.layer, sets);
  if (!read.ok) throw new ScenarioError(read.diagnostics);
  io.warn(read.warnings);
  const base: VariantBase = { layer: loaded.layer, sets, scenario: read.scenario };
  check?.(base);
  const ctx = contextOf(engine, io);
  let result: R | Infeasible;
  try {
    result = await search(base, ctx, threadsOf(opts, engine.solver));
  } finally {
    ctx.close();
    io.status?.('');
  }
  if (isInfeasible(result)) {
    const words = cliWords(localeOf(opts.locale, io));
    io.err(`bestshore: ${words.noPlan(displayName(file))}${words.planSaysWhy}`);
    return EXIT.infeasible;
  }
  const text = await renderWith(render, result, {
    color: toStdout(opts.output) && io.color,
    locale: localeOf(opts.locale, io),
    ...outputWidth(io, toStdout(opts.output)),
  });
  await writeOutput(io, opts.output, text, loaded.files);
  return EXIT.ok;
}

/** What the annex's options section asks for: a front, alternatives, or both. */
export type AnnexOptionsAsk = {
  readonly front: { readonly objective: Objective; readonly points: number } | undefined;
  readonly alternatives: AlternativesAsk | undefined;
};

/**
 * The front and the alternatives for the annex's options section, found exactly as `bestshore
 * pareto` and `bestshore alternatives` find them (same scenario, --set and --data options).
 */
export async function annexOptions(
  file: string,
  opts: Flags,
  io: Io,
  engine: { readonly solver: Solver; readonly timeLimitSeconds: number },
  ask: AnnexOptionsAsk,
): Promise<{ front?: ParetoResult; alternatives?: AlternativesResult }> {
  const sets = await scenarioSets(opts);
  const loaded = await loadLayer(file, loadOptions(io, opts));
  if (!loaded.ok) throw new ScenarioError(loaded.diagnostics);
  const read = readLayer(loaded.layer, sets);
  if (!read.ok) throw new ScenarioError(read.diagnostics);
  const base: VariantBase = { layer: loaded.layer, sets, scenario: read.scenario };
  const missing = ask.front?.objective.missing?.(base.scenario);
  if (missing !== undefined) throw new UsageError(`--front: ${missing}`);
  const ctx = contextOf(engine, io);
  const progress = progressOf(io);
  try {
    const threads = threadsOf(opts, engine.solver);
    const front = ask.front && (await paretoFront(base, ask.front.objective, ask.front.points, ctx, progress, threads));
    const alternatives = ask.alternatives && (await findAlternatives(base, ask.alternatives, ctx, progress, threads));
    return {
      ...(front && front.status === 'pareto' ? { front } : {}),
      ...(alternatives && alternatives.status === 'alternatives' ? { alternatives } : {}),
    };
  } finally {
    ctx.close();
    io.status?.('');
  }
}
