/** A problem found in a scenario, located in its source file. */
export type Severity = 'error' | 'warning';

export type SourcePos = { readonly line: number; readonly col: number };

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
  const where = `${d.file}:${d.line}:${d.col}`;
  const tag = d.severity === 'warning' ? 'warning: ' : '';
  return d.path ? `${where} ${d.path}: ${tag}${d.message}` : `${where} ${tag}${d.message}`;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** Sort by position so a file's problems read top to bottom. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
