import { EXIT, UsageError, type ExitCode } from '../../errors.js';
import { jsonDocument } from '../../report/jsonDocument.js';
import type { Diagnostic } from '../../scenario/diagnostic.js';
import { diagnosticIn } from '../../scenario/diagnostic.js';
import { displayName } from '../../scenario/loadLayers.js';
import { loadScenario } from '../../scenario/loadScenario.js';
import { terminalText } from '../../text/escape.js';
import type { Io } from '../io.js';
import type { ValidateOptions } from '../options.js';
import { loadOptions } from '../loadOptions.js';
import { localeOf } from '../locale.js';
import { cliWords } from '../words.js';

/** One file's verdict, as `--format json` writes it. */
type Verdict = { file: string; valid: boolean; activities?: number; countries?: number; diagnostics: Diagnostic[] };

const diagnosticJson = (d: Diagnostic): Diagnostic => ({
  file: d.file,
  line: d.line,
  col: d.col,
  path: d.path,
  message: d.message,
  severity: d.severity,
});

/**
 * `bestshore validate <files…>`: every problem of every file, without solving. Exit 0 or 2.
 * Text: one line per valid file on stdout, the problems on stderr. `--format json`: one
 * document on stdout, every file with its verdict and diagnostics (warnings included).
 */
export async function validateCommand(files: readonly string[], opts: ValidateOptions, io: Io): Promise<ExitCode> {
  const locale = localeOf(opts.locale, io);
  const words = cliWords(locale);
  const json = opts.format === 'json';
  if (!json && opts.format !== undefined && opts.format !== 'text')
    throw new UsageError(`--format: expected text or json, got "${opts.format}"`);
  let invalid = 0;
  const verdicts: Verdict[] = [];
  for (const file of files) {
    const r = await loadScenario(file, [], loadOptions(io, opts));
    const name = displayName(file);
    if (!r.ok) {
      invalid++;
      verdicts.push({ file: name, valid: false, diagnostics: r.diagnostics.map(diagnosticJson) });
      if (!json) r.diagnostics.forEach((d) => io.err(diagnosticIn(locale)(d)));
      continue;
    }
    const s = r.scenario;
    verdicts.push({
      file: name,
      valid: true,
      activities: s.activities.length,
      countries: s.countries.length,
      diagnostics: r.warnings.map(diagnosticJson),
    });
    if (json) continue;
    io.warn(r.warnings);
    io.out(`${words.valid(terminalText(name), s.activities.length, s.countries.length)}\n`);
  }
  if (json) io.out(jsonDocument({ valid: invalid === 0, invalid, files: verdicts }));
  if (invalid > 0) io.err(`bestshore: ${words.invalid(invalid, files.length)}`);
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
}
