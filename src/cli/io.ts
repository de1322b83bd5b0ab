import { formatDiagnostic, type Diagnostic } from '../scenario/diagnostic.js';

/** The process edges a command may use, passed in so commands stay testable. */
export type Io = {
  readonly color: boolean;
  out(text: string): void;
  err(line: string): void;
  warn(ds: readonly Diagnostic[]): void;
};

export function processIo(): Io {
  const color = process.stdout.isTTY === true && !('NO_COLOR' in process.env) && process.env['TERM'] !== 'dumb';
  const err = (line: string): void => { process.stderr.write(`${line}\n`); };
  return {
    color,
    out: (text) => { process.stdout.write(text); },
    err,
    warn: (ds) => ds.forEach((d) => err(formatDiagnostic(d))),
  };
}
