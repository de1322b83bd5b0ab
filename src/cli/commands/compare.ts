import { localeOf } from '../locale.js';
import { cliWords } from '../words.js';
import { byName } from '../../report/formatNames.js';
import { EXIT, ScenarioError, UsageError, type ExitCode } from '../../errors.js';
import { compareScenarios, type CompareEntry } from '../../compare/compareScenarios.js';
import { COMPARE_RENDERERS } from '../../report/whatIf/compareRender.js';
import type { FileId } from '../../files/readInput.js';
import type { Diagnostic } from '../../scenario/diagnostic.js';
import { loadScenario } from '../../scenario/loadScenario.js';
import type { SetOption } from '../../scenario/variants.js';
import type { Io } from '../io.js';
import type { CompareOptions } from '../explainOptions.js';
import { loadOptions } from '../loadOptions.js';
import { scenarioSets } from '../dataOptions.js';
import { fileLabels } from '../fileLabels.js';
import { parseVariant } from '../variantOptions.js';
import { refuseBinaryOnStdout, renderWith } from '../render.js';
import { outputWidth } from '../width.js';
import { toStdout, writeOutput } from '../writeOutput.js';
import { engineFrom } from './planFile.js';

/**
 * `bestshore compare <a.yaml> [b.yaml...] [--variant NAME=path=value,...]`: plans side by side,
 * Δ against the first. Exit 0 when every scenario has a plan, 1 when one has none, 2 invalid.
 */
export async function compareCommand(files: readonly string[], opts: CompareOptions, io: Io): Promise<ExitCode> {
  const render = byName(COMPARE_RENDERERS, opts.format);
  if (!render)
    throw new UsageError(
      `--format: expected one of ${Object.keys(COMPARE_RENDERERS).join(', ')}, got "${opts.format}"`,
    );
  refuseBinaryOnStdout(render, opts.format, opts.output);
  const { solver, timeLimitSeconds } = engineFrom(opts);
  const sets = await scenarioSets(opts);
  const variants = (opts.variant ?? []).map(parseVariant);
  const first = files[0];
  if (first === undefined || files.length + variants.length < 2)
    throw new UsageError('compare needs two scenarios: a second file, or a --variant of the first');
  const labels = fileLabels(files);
  const wanted: { label: string; file: string; sets: readonly SetOption[] }[] = [
    ...files.map((file, i) => ({ label: labels[i] ?? file, file, sets })),
    ...variants.map((v) => ({ label: v.name, file: first, sets: [...sets, ...v.sets] })),
  ];
  const entries: CompareEntry[] = [];
  const problems: Diagnostic[] = [];
  const read: FileId[] = [];
  for (const w of wanted) {
    const loaded = await loadScenario(w.file, w.sets, loadOptions(io, opts));
    read.push(...loaded.files);
    if (!loaded.ok) problems.push(...loaded.diagnostics);
    else {
      io.warn(loaded.warnings);
      entries.push({ label: w.label, scenario: loaded.scenario });
    }
  }
  if (problems.length > 0) throw new ScenarioError(problems);
  let comparison;
  try {
    comparison = await compareScenarios(entries, solver, { timeLimitSeconds }, io.status);
  } finally {
    io.status?.('');
  }
  const text = await renderWith(render, comparison, {
    color: toStdout(opts.output) && io.color,
    locale: localeOf(opts.locale, io),
    ...outputWidth(io, toStdout(opts.output)),
  });
  await writeOutput(io, opts.output, text, read);
  const without = comparison.columns.filter((c) => c.outcome.status === 'infeasible').map((c) => c.label);
  if (without.length > 0) {
    io.err(`bestshore: ${cliWords(localeOf(opts.locale, io)).noPlanOf(without.join(', '))}`);
    return EXIT.infeasible;
  }
  return EXIT.ok;
}
