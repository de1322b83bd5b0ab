import { Command, CommanderError, Option } from 'commander';
import { join } from 'node:path';
import { EXIT, ExitError, ScenarioError, type ExitCode } from '../errors.js';
import { formatDiagnostic } from '../scenario/diagnostic.js';
import { terminalLines } from '../text/escape.js';
import { COMMANDS, type CommandSpec } from './commands/index.js';
import { processIo, type Io } from './io.js';
import { errorJson, wantsJson } from './jsonErrors.js';
import { packageRoot } from './packageRoot.js';
import { VERSION } from './version.js';

function addCommand(root: Command, spec: CommandSpec, io: Io, setCode: (c: ExitCode) => void): void {
  const cmd = root.command(spec.name).description(spec.description);
  for (const a of spec.args) cmd.argument(a.syntax, a.description);
  for (const o of spec.options) {
    const opt = new Option(o.flags, o.description);
    if (o.choices) opt.choices([...o.choices]);
    if (o.defaultValue !== undefined) opt.default(o.defaultValue);
    if (o.repeatable) opt.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
    cmd.addOption(opt);
  }
  cmd.exitOverride().configureOutput(outputTo(io));
  cmd.action(async (...received: unknown[]) => {
    // commander passes the positional arguments, then the options object (cmd.opts()), then the command.
    const args = received.slice(0, spec.args.length);
    const opts = cmd.opts();
    // --color / --no-color (the program's options, accepted before or after the command) win over the environment.
    const { color } = cmd.optsWithGlobals<{ color?: boolean }>();
    setCode(await spec.run(args, opts, color === undefined ? io : { ...io, color }));
  });
}

const outputTo = (io: Io) => ({ writeOut: (s: string) => io.out(s), writeErr: (s: string) => io.err(s.trimEnd()) });

/**
 * Every line a command writes to stderr passes here: messages quote file names, option values and
 * scenario text, so each line's control characters are shown as escapes (see text/escape.ts).
 */
const safeStderr = (io: Io): Io => ({ ...io, err: (line) => io.err(terminalLines(line)) });

function program(io: Io, setCode: (c: ExitCode) => void): Command {
  const root = new Command('bestshore')
    .description(
      'Plan where customer-service work should be delivered: least cost under residency, language, quality and capacity rules.',
    )
    .version(VERSION)
    .option('--color', 'colour the output even into a pipe or a file (as FORCE_COLOR=1)')
    .option('--no-color', 'no colour, even on a terminal (as NO_COLOR=1)')
    .exitOverride()
    .configureOutput(outputTo(io))
    .showSuggestionAfterError(true);
  for (const spec of COMMANDS) addCommand(root, spec, io, setCode);
  root.addHelpText('after', () => whereThingsAre());
  return root;
}

/** The end of `bestshore --help`: where the installed docs and samples are, and how to start. */
function whereThingsAre(): string {
  const root = packageRoot();
  return [
    '',
    'Start:',
    '  bestshore init                 a commented scenario.yaml, its schema beside it',
    '  bestshore init --from telecom  a copy of a sample instead',
    '  bestshore plan scenario.yaml   the verified least-cost plan',
    '',
    `Documentation: ${terminalLines(join(root, 'docs'))} (scenario.md: every key)`,
    `Samples:       ${terminalLines(join(root, 'scenarios'))}`,
    `Readme:        ${terminalLines(join(root, 'README.md'))}`,
  ].join('\n');
}

/** The one place errors become messages and exit codes (and, under `--format json`, a JSON document on stdout too). */
export async function main(argv: readonly string[], given: Io = processIo()): Promise<ExitCode> {
  const io = safeStderr(given);
  let code: ExitCode = EXIT.ok;
  try {
    await program(io, (c) => {
      code = c;
    }).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    const failed = failure(e, io);
    if (failed !== EXIT.ok && wantsJson(argv)) io.out(errorJson(e, failed));
    return failed;
  }
}

function failure(e: unknown, io: Io): ExitCode {
  if (e instanceof CommanderError) {
    // --help and --version exit 0; everything else commander rejects (incl. no command) is a usage error.
    return e.exitCode === 0 ? EXIT.ok : EXIT.invalid;
  }
  if (e instanceof ScenarioError) {
    e.diagnostics.forEach((d) => io.err(formatDiagnostic(d)));
    io.err(
      `bestshore: ${e.diagnostics.length} problem${e.diagnostics.length === 1 ? '' : 's'} found; nothing was planned`,
    );
    return e.code;
  }
  if (e instanceof ExitError) {
    io.err(`bestshore: ${e.message}`);
    return e.code;
  }
  io.err(
    `bestshore: internal error: ${e instanceof Error ? (process.env['BESTSHORE_DEBUG'] ? e.stack : e.message) : String(e)}`,
  );
  return EXIT.internal;
}
