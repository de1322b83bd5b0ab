import { UsageError, type ExitCode } from '../../errors.js';
import { findAlternatives } from '../../options/alternatives.js';
import { ALTERNATIVES_RENDERERS } from '../../report/options/alternativesRender.js';
import { byName } from '../../report/formatNames.js';
import type { Io } from '../io.js';
import type { AlternativesOptions } from '../optionsOptions.js';
import { engineFrom } from './planFile.js';
import { parseCount, parseSlack } from './optionsFlags.js';
import { progressOf, runOptionsSearch } from './optionsRun.js';

/**
 * `bestshore alternatives <scenario> [--slack 2%] [--count 5]`: plans within the slack of the
 * optimum that differ most from it (src/options/alternatives.ts). Exit 0 with the optimum (even
 * when no alternative differs), 1 when the scenario has no plan, 2 invalid input.
 */
export async function alternativesCommand(file: string, opts: AlternativesOptions, io: Io): Promise<ExitCode> {
  const render = byName(ALTERNATIVES_RENDERERS, opts.format);
  if (!render)
    throw new UsageError(
      `--format: expected one of ${Object.keys(ALTERNATIVES_RENDERERS).join(', ')}, got "${opts.format}"`,
    );
  const slack = parseSlack(opts.slack);
  const count = parseCount(opts.count, '--count', 20);
  return runOptionsSearch(
    file,
    opts,
    io,
    engineFrom(opts),
    async (base, ctx, threads) => findAlternatives(base, { slack, count }, ctx, progressOf(io), threads),
    render,
  );
}
