import { byName } from '../../report/formatNames.js';
import { EXIT, UsageError, type ExitCode } from '../../errors.js';
import { RENDERERS } from '../../report/registry.js';
import { displayName } from '../../scenario/loadLayers.js';
import type { Io } from '../io.js';
import type { PlanOptions } from '../options.js';
import { refuseBinaryOnStdout, renderWith } from '../render.js';
import { outputWidth } from '../width.js';
import { toStdout, writeOutput } from '../writeOutput.js';
import { planFile } from './planFile.js';

/** `bestshore plan <scenario>`: load, plan, verify, render; returns the exit code. */
export async function planCommand(file: string, opts: PlanOptions, io: Io): Promise<ExitCode> {
  const renderer = byName(RENDERERS, opts.format);
  if (!renderer) throw new UsageError(`unknown format "${opts.format}"`);
  refuseBinaryOnStdout(renderer, opts.format, opts.output);
  const { outcome, files } = await planFile(file, opts, io);
  const options = { color: toStdout(opts.output) && io.color, locale: opts.locale, ...outputWidth(io, toStdout(opts.output)) };
  const content = await renderWith(renderer, outcome, options);
  await writeOutput(io, opts.output, content, files);
  if (outcome.status === 'infeasible') {
    io.err(`bestshore: ${displayName(file)}: no plan satisfies the constraints (${outcome.diagnosis.length} finding${outcome.diagnosis.length === 1 ? '' : 's'})`);
    return EXIT.infeasible;
  }
  return EXIT.ok;
}
