import type { StreamRead } from '../files/readInput.js';
import type { Diagnostic } from '../scenario/diagnostic.js';
import type { LoadOptions } from '../scenario/loadLayers.js';
import { loadScenario, type LoadResult } from '../scenario/loadScenario.js';
import { readLayer, parseSet, type SetOption } from '../scenario/variants.js';
import { parseYaml } from '../scenario/parseYaml.js';
import type { ReadResult } from '../scenario/readScenario.js';

/** How `read` and `readText` read a scenario. */
export type ReadOptions = {
  /** Overrides as `--set` takes them, `path=value` (e.g. `countries.MA.cost_per_hour=19`), applied in order. */
  readonly set?: readonly string[];
  /** Let `extends` read base scenarios outside the scenario's folder (links resolved): only for scenarios you trust. */
  readonly allowExtendsOutside?: boolean;
  /** Standard input, for the scenario named "-" (absent: "-" is a file name like any other). */
  readonly stdin?: () => Promise<StreamRead>;
};

/** Every `set` parsed, or a diagnostic per malformed one (file `--set`, line 0, as the CLI prints them). */
function setsOf(
  texts: readonly string[] = [],
): { ok: true; sets: SetOption[] } | { ok: false; diagnostics: Diagnostic[] } {
  const sets: SetOption[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const text of texts) {
    const parsed = parseSet(text);
    if (typeof parsed === 'string')
      diagnostics.push({ file: '--set', line: 0, col: 0, path: '', message: parsed, severity: 'error' });
    else sets.push(parsed);
  }
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, sets };
}

/**
 * Read a scenario file (and the bases it `extends`), apply `set`, validate it. The result is a
 * value: `{ ok: true, scenario, warnings }` or `{ ok: false, diagnostics }`, each diagnostic with
 * its file, line, column and field; `files` lists the files read.
 */
export async function read(file: string, options: ReadOptions = {}): Promise<LoadResult> {
  const sets = setsOf(options.set);
  if (!sets.ok) return { ok: false, diagnostics: sets.diagnostics, files: [] };
  return readWith(file, sets.sets, {
    ...(options.stdin ? { stdin: options.stdin } : {}),
    extendsOutside: options.allowExtendsOutside === true,
  });
}

/**
 * `read` with its overrides already parsed (the CLI's `--set` and `--data` give them so) and the
 * CLI's reading options (`check`'s folder root): not part of the documented API.
 */
export async function readWith(file: string, sets: readonly SetOption[], options: LoadOptions): Promise<LoadResult> {
  return loadScenario(file, sets, options);
}

/** Read a scenario from its YAML text (`name` is the file name used in diagnostics; `extends` is not followed). */
export function readText(text: string, name = 'scenario.yaml', options: Pick<ReadOptions, 'set'> = {}): ReadResult {
  const sets = setsOf(options.set);
  if (!sets.ok) return { ok: false, diagnostics: sets.diagnostics };
  const parsed = parseYaml(name, text);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  return readLayer({ data: parsed.data, source: parsed.source }, sets.sets);
}
