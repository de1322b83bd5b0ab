import { render } from '../../api/render.js';
import { EXIT, UsageError, type ExitCode } from '../../errors.js';
import { PLAN_FORMATS } from '../../report/formatNames.js';
import { displayName } from '../../scenario/loadLayers.js';
import type { Io } from '../io.js';
import type { PlanOptions } from '../options.js';
import { toStdout, writeOutput } from '../writeOutput.js';
import { planFile } from './planFile.js';

/** `bestshore plan <scenario>`: load, plan, verify, render; returns the exit code. */
export async function planCommand(file: string, opts: PlanOptions, io: Io): Promise<ExitCode> {
  const format = PLAN_FORMATS.find((f) => f === opts.format);
  if (!format) throw new UsageError(`unknown format "${opts.format}"`);
  const { outcome, files } = await planFile(file, opts, io);
  const text = render(outcome, format, { color: toStdout(opts.output) && io.color, locale: opts.locale });
  await writeOutput(io, opts.output, text, files);
  if (outcome.status === 'infeasible') {
    io.err(`bestshore: ${displayName(file)}: no plan satisfies the constraints (${outcome.diagnosis.length} finding${outcome.diagnosis.length === 1 ? '' : 's'})`);
    return EXIT.infeasible;
  }
  return EXIT.ok;
}
