import { EXIT, type ExitCode } from '../../errors.js';
import { formatDiagnostic } from '../../scenario/diagnostic.js';
import { displayName } from '../../scenario/loadLayers.js';
import { loadScenario } from '../../scenario/loadScenario.js';
import { terminalText } from '../../text/escape.js';
import type { Io } from '../io.js';
import { loadOptions, type ReadFlags } from '../loadOptions.js';

/** `bestshore validate <files…>`: every problem of every file, without solving. Exit 0 or 2. */
export async function validateCommand(files: readonly string[], opts: ReadFlags, io: Io): Promise<ExitCode> {
  let invalid = 0;
  for (const file of files) {
    const r = await loadScenario(file, [], loadOptions(io, opts));
    if (!r.ok) {
      invalid++;
      r.diagnostics.forEach((d) => io.err(formatDiagnostic(d)));
      continue;
    }
    io.warn(r.warnings);
    const s = r.scenario;
    io.out(`${terminalText(displayName(file))}: valid (${s.activities.length} activit${s.activities.length === 1 ? 'y' : 'ies'}, ${s.countries.length} countr${s.countries.length === 1 ? 'y' : 'ies'})\n`);
  }
  if (invalid > 0) io.err(`bestshore: ${invalid} of ${files.length} file${files.length === 1 ? '' : 's'} invalid`);
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
}
