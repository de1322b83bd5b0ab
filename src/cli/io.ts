import { fstatSync } from 'node:fs';
import { EXIT } from '../errors.js';
import { readStream, type Identity, type StreamRead } from '../files/readInput.js';
import { errorCode, systemErrorWords } from '../files/systemError.js';
import { diagnosticIn, type Diagnostic } from '../scenario/diagnostic.js';
import { MAX_SCENARIO_BYTES } from '../scenario/parseYaml.js';
import { terminalWidth } from '../text/fitWidth.js';
import { colorFromEnv } from './color.js';
import { localeFromEnv } from './locale.js';
import type { Locale } from '../report/format.js';
import { progressBar, statusLine } from './progress.js';
import { widthOf } from './width.js';

/** The process edges a command may use, passed in so commands stay testable. */
export type Io = {
  readonly color: boolean;
  out(text: string | Uint8Array): void;
  err(line: string): void;
  /** Warnings about the scenario, one line each, in `locale` (default English). */
  warn(ds: readonly Diagnostic[], locale?: Locale): void;
  /** A progress bar on stderr, present only when stderr is a terminal (sweeps, explain): `unit` names what is counted. */
  readonly progress?: (done: number, total: number, unit?: string) => void;
  /** A status line on stderr for work that cannot be counted (a long solve's steps), only when stderr is a terminal; '' clears it. */
  readonly status?: (text: string) => void;
  /** Standard input, read once (at most 1 MiB), for the scenario named "-"; absent: no standard input. */
  readonly stdin?: () => Promise<StreamRead>;
  /** Is this file the process's standard output (`-o /dev/stdout`)? Absent: never. */
  readonly isStdout?: (id: Identity) => boolean;
  /** Columns of the terminal stdout goes to ($COLUMNS first); absent: no limit (a pipe, a file). */
  readonly width?: number;
  /** The language LC_ALL, LC_MESSAGES or LANG names (cli/locale.ts); absent: none bestshore writes. */
  readonly locale?: Locale;
};

let streamsWatched = false;

/**
 * Failures of the standard streams, which no command sees (writes fail after they return):
 * - stdout: a reader that stops early (`bestshore plan … | head`, EPIPE) is not an error, the
 *   rest goes nowhere; any other failure (`> /dev/full`) loses the output: one line on stderr
 *   and exit 3 — never exit 1, which would mean "no plan", nor a stack trace;
 * - stderr: a failure there cannot be reported, and must not change the exit code.
 */
function watchStreams(): void {
  if (streamsWatched) return;
  streamsWatched = true;
  process.stdout.on('error', (e: unknown) => {
    if (errorCode(e) === 'EPIPE') return;
    process.stderr.write(`bestshore: cannot write to standard output: ${systemErrorWords(e)}\n`);
    process.exit(EXIT.internal);
  });
  process.stderr.on('error', () => undefined);
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
  watchStreams();
  const color = colorFromEnv(process.env, process.stdout.isTTY === true);
  const locale = localeFromEnv(process.env);
  const err = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  return {
    color,
    out: (text) => {
      process.stdout.write(text);
    },
    err,
    warn: (ds, messages = 'en') => ds.forEach((d) => err(diagnosticIn(messages)(d))),
    stdin: readStdin,
    isStdout,
    ...(locale === undefined ? {} : { locale }),
    ...widthOf(terminalWidth(process.env, process.stdout.isTTY === true ? process.stdout.columns : undefined)),
    ...(process.stderr.isTTY === true && process.env['TERM'] !== 'dumb'
      ? {
          progress: progressBar((t) => {
            process.stderr.write(t);
          }),
          status: statusLine(
            (t) => {
              process.stderr.write(t);
            },
            () => process.stderr.columns,
          ),
        }
      : {}),
  };
}
