import { compareText } from '../text/compareText.js';
/** A problem found in a scenario, located in its source file. */
export type Severity = 'error' | 'warning';

/**
 * A position in a scenario's sources. `file` is set when the field may come from another file
 * than the scenario's own (`extends`) or from the command line (`--set`: line 0, `file` is the option).
 */
export type SourcePos = { readonly line: number; readonly col: number; readonly file?: string };

export type Diagnostic = {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Dotted path of the field, e.g. `activities.l1.hours`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  readonly severity: Severity;
};

/** `file:line:col path: message` — the one format every error is printed in. */
export function formatDiagnostic(d: Diagnostic): string {
  const tag = d.severity === 'warning' ? 'warning: ' : '';
  // Line 0: the field was written on the command line; `file` is the option (`--set path=value`).
  if (d.line === 0) return d.path && !d.file.includes(` ${d.path}=`) ? `${d.file}: ${d.path}: ${tag}${d.message}` : `${d.file}: ${tag}${d.message}`;
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
