import { UsageError, type ExitCode } from '../../errors.js';
import { objectiveNamed, OBJECTIVE_IDS, type Objective } from '../../options/objectives.js';
import { paretoFront } from '../../options/pareto.js';
import { byName } from '../../report/formatNames.js';
import { PARETO_RENDERERS } from '../../report/options/paretoRender.js';
import type { Io } from '../io.js';
import type { ParetoOptions } from '../optionsOptions.js';
import { engineFrom } from './planFile.js';
import { parseCount } from './optionsFlags.js';
import { progressOf, runOptionsSearch } from './optionsRun.js';

/** `--objectives cost,home-share`: cost and one other objective, in either order. */
export function objectiveFrom(text: string, flag = '--objectives'): Objective {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const others = parts.filter((p) => p !== 'cost');
  if (parts.length !== 2 || others.length !== 1)
    throw new UsageError(
      `${flag}: expected cost and one other objective, e.g. cost,home-share (others: ${OBJECTIVE_IDS.join(', ')}), got "${text}"`,
    );
  const id = others[0] ?? '';
  const o = objectiveNamed(id);
  if (o) return o;
  throw new UsageError(`${flag}: unknown objective "${id}"; available: ${OBJECTIVE_IDS.join(', ')}`);
}

/**
 * `bestshore pareto <scenario> --objectives cost,<other> [--points 7]`: the efficient front by
 * the ε-constraint method (src/options/pareto.ts). Exit 0 with a front, 1 when the scenario has
 * no plan, 2 invalid input.
 */
export async function paretoCommand(file: string, opts: ParetoOptions, io: Io): Promise<ExitCode> {
  const render = byName(PARETO_RENDERERS, opts.format);
  if (!render)
    throw new UsageError(`--format: expected one of ${Object.keys(PARETO_RENDERERS).join(', ')}, got "${opts.format}"`);
  const objective = objectiveFrom(opts.objectives);
  const points = parseCount(opts.points, '--points', 50);
  if (points < 2) throw new UsageError('--points: expected at least 2 (the optimum and one more)');
  return runOptionsSearch(
    file,
    opts,
    io,
    engineFrom(opts),
    async (base, ctx, threads) => paretoFront(base, objective, points, ctx, progressOf(io), threads),
    render,
    (base) => {
      const missing = objective.missing?.(base.scenario);
      if (missing !== undefined) throw new UsageError(`--objectives: ${missing}`);
    },
  );
}
