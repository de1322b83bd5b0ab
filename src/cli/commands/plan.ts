import { localeOf } from '../locale.js';
import { cliWords } from '../words.js';
import { byName } from '../../report/formatNames.js';
import { EXIT, UsageError, type ExitCode } from '../../errors.js';
import { RENDERERS } from '../../report/plan/registry.js';
import { displayName } from '../../scenario/loadLayers.js';
import type { Io } from '../io.js';
import type { PlanOptions } from '../options.js';
import { refuseBinaryOnStdout } from '../render.js';
import { isPlanFormat, renderFile } from '../../api/render.js';
import { outputWidth } from '../width.js';
import { toStdout, writeOutput } from '../writeOutput.js';
import { planFile } from './planFile.js';
import { buildModel } from '../../model/buildModel.js';
import { exportModel, modelFormatOf } from '../../solver/exportModel.js';

/** `bestshore plan <scenario>`: load, plan, verify, render; returns the exit code. */
export async function planCommand(file: string, opts: PlanOptions, io: Io): Promise<ExitCode> {
  const format = opts.format;
  const renderer = byName(RENDERERS, format);
  if (!renderer || !isPlanFormat(format)) throw new UsageError(`unknown format "${format}"`);
  refuseBinaryOnStdout(renderer, format, opts.output);
  const exportTo = opts.exportModel;
  const modelFormat = exportTo === undefined ? undefined : modelFormatOf(exportTo);
  if (exportTo !== undefined && (exportTo === '-' || modelFormat === undefined))
    throw new UsageError(`--export-model ${exportTo}: expected a file name ending in .mps or .lp`);
  // Written before planning, so that a model that is slow to solve, or has no plan, can be looked at.
  const { outcome, files } = await planFile(file, opts, io, async (scenario, read) => {
    if (exportTo === undefined || modelFormat === undefined) return;
    await writeOutput(
      io,
      exportTo,
      await exportModel(buildModel(scenario, { wholeFte: opts.wholeFte === true }), modelFormat),
      read,
    );
  });
  const locale = localeOf(opts.locale, io);
  const options = {
    color: toStdout(opts.output) && io.color,
    locale,
    ...outputWidth(io, toStdout(opts.output)),
  };
  const content = await renderFile(outcome, format, options);
  await writeOutput(io, opts.output, content, files);
  if (outcome.status === 'infeasible') {
    const words = cliWords(locale);
    io.err(`bestshore: ${words.noPlan(displayName(file))}${words.findings(outcome.diagnosis.length)}`);
    return EXIT.infeasible;
  }
  return EXIT.ok;
}
