import { fstatSync } from 'node:fs';
import { readStream, type Identity, type StreamRead } from '../files/readInput.js';
import { formatDiagnostic, type Diagnostic } from '../scenario/diagnostic.js';
import { MAX_SCENARIO_BYTES } from '../scenario/parseYaml.js';
import { progressBar } from './progress.js';

/** The process edges a command may use, passed in so commands stay testable. */
export type Io = {
  readonly color: boolean;
  out(text: string | Uint8Array): void;
  err(line: string): void;
  warn(ds: readonly Diagnostic[]): void;
  /** A progress bar on stderr, present only when stderr is a terminal (long sweeps). */
  readonly progress?: (done: number, total: number) => void;
  /** Standard input, read once (at most 1 MiB), for the scenario named "-"; absent: no standard input. */
  readonly stdin?: () => Promise<StreamRead>;
  /** Is this file the process's standard output (`-o /dev/stdout`)? Absent: never. */
  readonly isStdout?: (id: Identity) => boolean;
};

let pipeWatched = false;

/** A reader that stops early (`bestshore plan … | head`) is not an error: the rest goes nowhere. */
function ignoreClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

/** Standard input is read once, whoever asks for it. */
let stdinRead: Promise<StreamRead> | undefined;
const readStdin = (): Promise<StreamRead> => (stdinRead ??= readStream(process.stdin, MAX_SCENARIO_BYTES));

function isStdout(id: Identity): boolean {
  try {
    const out = fstatSync(1);
    return out.dev === id.dev && out.ino === id.ino;
  } catch {
    return false;
  }
}

export function processIo(): Io {
  ignoreClosedPipe();
  const color = process.stdout.isTTY === true && !('NO_COLOR' in process.env) && process.env['TERM'] !== 'dumb';
  const err = (line: string): void => { process.stderr.write(`${line}\n`); };
  return {
    color,
    out: (text) => { process.stdout.write(text); },
    err,
    warn: (ds) => ds.forEach((d) => err(formatDiagnostic(d))),
    stdin: readStdin,
    isStdout,
    ...(process.stderr.isTTY === true && process.env['TERM'] !== 'dumb' ? { progress: progressBar((t) => { process.stderr.write(t); }) } : {}),
  };
}
