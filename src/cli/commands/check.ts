import { compare, expectationOf } from '../../check/goldenDiff.js';
import { EXIT, ExitError, UsageError, type ExitCode } from '../../errors.js';
import type { FileId } from '../../files/readInput.js';
import { planScenario } from '../../plan/planScenario.js';
import { renderJunit, type CheckCase } from '../../report/junit.js';
import { diagnosticIn } from '../../scenario/diagnostic.js';
import { loadScenario } from '../../scenario/loadScenario.js';
import { terminalLines, terminalText } from '../../text/escape.js';
import { findScenarios } from '../findScenarios.js';
import { readGolden, writeGolden } from '../golden.js';
import type { Io } from '../io.js';
import type { CheckOptions } from '../options.js';
import { loadOptions } from '../loadOptions.js';
import { setsFrom } from '../setOptions.js';
import { writeOutput } from '../writeOutput.js';
import { engineFrom } from './planFile.js';
import { localeOf } from '../locale.js';

/**
 * `bestshore check [paths…]`: re-plan every scenario and compare it with its golden result.
 * Exit 0 when all match, 1 when any differs (or has no golden), 2 when any is invalid.
 */
export async function checkCommand(paths: readonly string[], opts: CheckOptions, io: Io): Promise<ExitCode> {
  const { solver, timeLimitSeconds } = engineFrom(opts);
  const sets = setsFrom(opts);
  // The golden results are those of the files as written: never rewrite them from a variant.
  if (opts.update && sets.length > 0)
    throw new UsageError('--update cannot be combined with --set: golden results belong to the files as written');
  const found = await findScenarios(paths.length > 0 ? paths : ['scenarios']);
  const cases: CheckCase[] = [];
  let internal = 0;
  let updated = 0;
  // Every file read or written, which the JUnit report must not overwrite.
  const touched: FileId[] = [];
  // File names come from folders and messages quote scenarios: shown with control characters escaped.
  const say = (text: string): void => io.out(terminalLines(text));
  for (const [k, { file, root, walked }] of found.entries()) {
    const name = terminalText(file);
    // On a terminal, what is being planned (cleared before its verdict is written).
    const at = `${name} (${k + 1}/${found.length})`;
    const status = io.status;
    const started = performance.now();
    const seconds = (): number => (performance.now() - started) / 1000;
    // Bases stay in the folder given on the command line (a shared base beside sub-folders is fine).
    const loaded = await loadScenario(file, sets, loadOptions(io, opts, { root, walked }));
    touched.push(...loaded.files);
    if (!loaded.ok) {
      // The problems in the reader's language; the verdicts (ok, DIFFERS, INVALID) and the count line stay English: CI reads them.
      const error = loaded.diagnostics.map(diagnosticIn(localeOf(opts.locale, io))).join('\n');
      say(`INVALID ${name}\n${indent(error)}\n`);
      cases.push({ name: file, file, seconds: seconds(), failure: undefined, error });
      continue;
    }
    let outcome;
    try {
      status?.(`planning ${at}`);
      outcome = await planScenario(loaded.scenario, solver, {
        timeLimitSeconds,
        wholeFte: opts.wholeFte === true,
        ...(status ? { onStep: (step: string) => status(`${at}: ${step}`) } : {}),
      });
    } catch (e) {
      // One scenario's engine failure must not hide the others' results (nor the JUnit report).
      if (!(e instanceof ExitError)) throw e;
      if (e.code === EXIT.invalid) {
        // The user's to fix (e.g. a model too large for the engine asked for): invalid, not an internal error.
        say(`INVALID ${name}\n${indent(e.message)}\n`);
        cases.push({ name: file, file, seconds: seconds(), failure: undefined, error: e.message });
        continue;
      }
      say(`ERROR   ${name}\n${indent(e.message)}\n`);
      cases.push({ name: file, file, seconds: seconds(), failure: undefined, error: e.message });
      internal++;
      continue;
    } finally {
      status?.('');
    }
    const golden = await readGolden(file, loaded.scenario);
    if (golden.kind === 'found' && golden.id !== undefined) touched.push(golden.id);
    if (opts.update) {
      const differs = golden.kind !== 'found' || compare(outcome, golden.expectation).length > 0;
      if (differs) {
        const written = await writeGolden(io, file, loaded.scenario, expectationOf(outcome), loaded.files);
        if (written.id !== undefined) touched.push(written.id);
        say(`updated ${terminalText(written.path)}\n`);
        updated++;
      }
      cases.push({ name: file, file, seconds: seconds(), failure: undefined, error: undefined });
      continue;
    }
    const problems =
      golden.kind === 'missing'
        ? ['no golden result: add an `expect:` block or run `bestshore check --update`']
        : golden.kind === 'invalid'
          ? [golden.message]
          : compare(outcome, golden.expectation).map((d) => `${d.what}: expected ${d.expected}, got ${d.actual}`);
    const failure = problems.length > 0 ? problems.join('\n') : undefined;
    say(failure === undefined ? `ok      ${name}\n` : `DIFFERS ${name}\n${indent(failure)}\n`);
    cases.push({ name: file, file, seconds: seconds(), failure, error: undefined });
  }
  const failed = cases.filter((c) => c.failure !== undefined).length;
  const invalid = cases.filter((c) => c.error !== undefined).length - internal;
  if (opts.update)
    io.out(
      `${updated} updated, ${cases.length - updated - invalid} unchanged${invalid ? `, ${invalid} invalid` : ''}\n`,
    );
  else
    io.out(
      `${cases.length - failed - invalid - internal} passed, ${failed} failed${invalid ? `, ${invalid} invalid` : ''}${internal ? `, ${internal} errors` : ''}\n`,
    );
  if (opts.junit !== undefined) await writeOutput(io, opts.junit, renderJunit(cases), touched);
  if (internal > 0) return EXIT.internal;
  if (invalid > 0) return EXIT.invalid;
  return failed > 0 ? EXIT.infeasible : EXIT.ok;
}

const indent = (s: string): string =>
  s
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
