import { CommanderError } from 'commander';
import { EXIT, ExitError, ScenarioError, type ExitCode } from '../errors.js';
import { jsonDocument } from '../report/jsonDocument.js';

/** Was JSON asked for on this command line (`-f json`, `--format json`, `--format=json`, `-fjson`)? */
export function wantsJson(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return false;
    if (a === '--format=json' || a === '-fjson') return true;
    if ((a === '-f' || a === '--format') && argv[i + 1] === 'json') return true;
  }
  return false;
}

/**
 * A failure as a JSON document, for a command run with `--format json` (docs/output.md):
 * `status` is `invalid` (the scenario: every diagnostic with file, line, column, field),
 * `usage` (the command line) or `error` (internal, or an output that could not be written),
 * with the exit code and the message also printed on stderr.
 */
export function errorJson(e: unknown, code: ExitCode): string {
  if (e instanceof ScenarioError) {
    return jsonDocument({
      status: 'invalid',
      exit_code: code,
      errors: e.diagnostics.map((d) => ({
        file: d.file,
        line: d.line,
        col: d.col,
        path: d.path,
        message: d.message,
        severity: d.severity,
      })),
    });
  }
  const usage = e instanceof CommanderError || (e instanceof ExitError && code === EXIT.invalid);
  const message = e instanceof Error ? e.message.replace(/^error: /, '') : String(e);
  return jsonDocument({ status: usage ? 'usage' : 'error', exit_code: code, message });
}
