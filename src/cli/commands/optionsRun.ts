import { localeOf } from '../locale.js';
import { cliWords } from '../words.js';
import { EXIT, ScenarioError, type ExitCode } from '../../errors.js';
import { explainContext, type ExplainContext } from '../../explain/context.js';
import type { SweepBase as VariantBase } from '../../explain/sweepEval.js';
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
  ReadFlags & { readonly output?: string | undefined; readonly locale?: 'en' | 'fr' | undefined };

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
  search: (base: VariantBase, ctx: ExplainContext) => Promise<R | Infeasible>,
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
  const ctx = explainContext(engine.solver, { timeLimitSeconds: engine.timeLimitSeconds });
  let result: R | Infeasible;
  try {
    result = await search(base, ctx);
  } finally {
    ctx.close();
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
