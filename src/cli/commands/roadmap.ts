import { localeOf } from '../locale.js';
import { cliWords } from '../words.js';
import { EXIT, ScenarioError, UsageError, type ExitCode } from '../../errors.js';
import { ROADMAP_RENDERERS } from '../../report/roadmap/registry.js';
import { byName } from '../../report/formatNames.js';
import { roadmapScenario } from '../../roadmap/roadmapScenario.js';
import { transitionRuleCosts } from '../../roadmap/ruleCosts.js';
import { displayName } from '../../scenario/loadLayers.js';
import { loadScenario } from '../../scenario/loadScenario.js';
import type { Io } from '../io.js';
import type { RoadmapOptions } from '../roadmapOptions.js';
import { loadOptions } from '../loadOptions.js';
import { scenarioSets } from '../dataOptions.js';
import { fxSets } from '../fxOptions.js';
import { refuseBinaryOnStdout, renderWith } from '../render.js';
import { outputWidth } from '../width.js';
import { toStdout, writeOutput } from '../writeOutput.js';
import { engineFrom } from './planFile.js';

/**
 * `bestshore roadmap <scenario>`: the month-by-month transition at least NPV over the
 * scenario's horizon, against today's delivery continued. Exit 0 with a roadmap; 1 when no
 * roadmap can staff every month (the months short of trained agents, and why).
 */
export async function roadmapCommand(file: string, opts: RoadmapOptions, io: Io): Promise<ExitCode> {
  const render = byName(ROADMAP_RENDERERS, opts.format);
  if (!render)
    throw new UsageError(
      `--format: expected one of ${Object.keys(ROADMAP_RENDERERS).join(', ')}, got "${opts.format}"`,
    );
  refuseBinaryOnStdout(render, opts.format, opts.output);
  const { solver, timeLimitSeconds } = engineFrom(opts);
  const sets = [...(await scenarioSets(opts)), ...fxSets(opts.fx)];
  const loaded = await loadScenario(file, sets, loadOptions(io, opts));
  if (!loaded.ok) throw new ScenarioError(loaded.diagnostics);
  io.warn(loaded.warnings);
  // On a terminal, the steps of the month-by-month solves, then of pricing each transition term.
  const status = io.status;
  const saying = (what: string) => (status ? { onStep: (step: string) => status(`${what}: ${step}`) } : {});
  let outcome;
  try {
    status?.(`roadmap over ${loaded.scenario.horizon?.months ?? 0} months`);
    const solved = await roadmapScenario(loaded.scenario, solver, { timeLimitSeconds, ...saying('roadmap') });
    outcome =
      solved.status !== 'infeasible' && opts.explain === true
        ? {
            ...solved,
            ruleCosts: await transitionRuleCosts(loaded.scenario, solved, solver, {
              timeLimitSeconds,
              ...saying('pricing each transition term'),
            }),
          }
        : solved;
  } finally {
    status?.('');
  }
  const locale = localeOf(opts.locale, io);
  const text = await renderWith(render, outcome, {
    color: toStdout(opts.output) && io.color,
    locale,
    ...outputWidth(io, toStdout(opts.output)),
  });
  await writeOutput(io, opts.output, text, loaded.files);
  if (outcome.status === 'infeasible') {
    io.err(`bestshore: ${cliWords(locale).noRoadmap(displayName(file))}`);
    return EXIT.infeasible;
  }
  return EXIT.ok;
}
