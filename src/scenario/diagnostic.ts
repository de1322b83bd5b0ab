import { compareText } from '../text/compareText.js';
import { terminalText } from '../text/escape.js';
import { frenchMessage } from './messagesFr.js';
/** A problem found in a scenario, located in its source file. */
export type Severity = 'error' | 'warning';

/**
 * A position in a scenario's sources. `file` is set when the field may come from another file
 * than the scenario's own (`extends`) or from the command line (`--set`: line 0, `file` is the option).
 */
export type SourcePos = {
  readonly line: number;
  readonly col: number;
  readonly file?: string;
  /** A number's text as written in the file (`0144`, `1.200`), for the checks a parsed value cannot make. */
  readonly raw?: string;
};

export type Diagnostic = {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Dotted path of the field, e.g. `activities.l1.hours`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  readonly severity: Severity;
};

/**
 * `file:line:col path: message` — the one format every error is printed in, on one line: the
 * file, path and message may carry the user's text (keys, values, file names), so control
 * characters are shown as escapes (a key with ESC or a newline cannot rewrite the terminal or
 * forge a line of the log).
 */
export function formatDiagnostic(d: Diagnostic): string {
  return terminalText(diagnosticLine(d, 'en'));
}

/** formatDiagnostic in a reader's language: fr rewrites the message's clauses (messagesFr.ts) and the warning tag. */
export const diagnosticIn =
  (locale: 'en' | 'fr') =>
  (d: Diagnostic): string =>
    locale === 'fr'
      ? terminalText(diagnosticLine({ ...d, message: frenchMessage(d.message) }, 'fr'))
      : formatDiagnostic(d);

function diagnosticLine(d: Diagnostic, locale: 'en' | 'fr'): string {
  const tag = d.severity === 'warning' ? (locale === 'fr' ? 'avertissement\u00a0: ' : 'warning: ') : '';
  // Line 0: the field was written on the command line; `file` is the option (`--set path=value`).
  if (d.line === 0)
    return d.path && !d.file.includes(` ${d.path}=`)
      ? `${d.file}: ${d.path}: ${tag}${d.message}`
      : `${d.file}: ${tag}${d.message}`;
  const where = `${d.file}:${d.line}:${d.col}`;
  return d.path ? `${where} ${d.path}: ${tag}${d.message}` : `${where} ${tag}${d.message}`;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** Sort by position so a file's problems read top to bottom. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.col - b.col);
}
