import { Command, CommanderError, Option } from 'commander';
import { join } from 'node:path';
import { EXIT, ExitError, ScenarioError, UsageError, type ExitCode } from '../errors.js';
import { diagnosticIn } from '../scenario/diagnostic.js';
import { frenchMessage } from '../scenario/messagesFr.js';
import { terminalLines } from '../text/escape.js';
import { COMMANDS, type CommandSpec } from './commands/index.js';
import { processIo, type Io } from './io.js';
import { errorJson, wantsJson } from './jsonErrors.js';
import { packageRoot } from './packageRoot.js';
import { VERSION } from './version.js';
import { localeOf } from './locale.js';
import { cliWords } from './words.js';
import { localeInArgv, usageMessage } from './usageFrench.js';
import type { Locale } from '../report/format.js';

/** What main learns once a command's options are read: the language of its messages. */
type Heard = { setCode(c: ExitCode): void; setLocale(l: Locale): void; readonly usageLocale: Locale };

function addCommand(root: Command, spec: CommandSpec, io: Io, heard: Heard): void {
  const cmd = root.command(spec.name).description(spec.description);
  for (const a of spec.args) cmd.argument(a.syntax, a.description);
  for (const o of spec.options) {
    const opt = new Option(o.flags, o.description);
    if (o.choices) opt.choices([...o.choices]);
    if (o.defaultValue !== undefined) opt.default(o.defaultValue);
    if (o.repeatable) opt.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
    cmd.addOption(opt);
  }
  cmd.exitOverride().configureOutput(outputTo(io, heard.usageLocale));
  cmd.action(async (...received: unknown[]) => {
    // commander passes the positional arguments, then the options object (cmd.opts()), then the command.
    const args = received.slice(0, spec.args.length);
    const opts = cmd.opts();
    // --color / --no-color (the program's options, accepted before or after the command) win over the environment.
    const { color } = cmd.optsWithGlobals<{ color?: boolean }>();
    // Messages (warnings, the summary of a failure) in the command's language: --locale (the
    // annex's --lang), else the environment's, else English.
    const given = [opts['locale'], opts['lang']].find((l): l is Locale => l === 'en' || l === 'fr');
    const locale = localeOf(given, io);
    heard.setLocale(locale);
    const localized: Io = { ...io, warn: (ds) => io.warn(ds, locale) };
    heard.setCode(await spec.run(args, opts, color === undefined ? localized : { ...localized, color }));
  });
}

/** commander's output; its usage errors in the language asked (`--locale` on the command line, else the environment's). */
const outputTo = (io: Io, locale: Locale) => ({
  writeOut: (s: string) => io.out(s),
  writeErr: (s: string) => io.err(s.trimEnd()),
  outputError: (s: string, write: (s: string) => void) => write(usageMessage(s, locale)),
});

/**
 * Every line a command writes to stderr passes here: messages quote file names, option values and
 * scenario text, so each line's control characters are shown as escapes (see text/escape.ts).
 */
const safeStderr = (io: Io): Io => ({ ...io, err: (line) => io.err(terminalLines(line)) });

function program(io: Io, heard: Heard): Command {
  const root = new Command('bestshore')
    .description(
      'Plan where customer-service work should be delivered: least cost under residency, language, quality and capacity rules.',
    )
    .version(VERSION)
    .option('--color', 'colour the output even into a pipe or a file (as FORCE_COLOR=1)')
    .option('--no-color', 'no colour, even on a terminal (as NO_COLOR=1)')
    .exitOverride()
    .configureOutput(outputTo(io, heard.usageLocale))
    .showSuggestionAfterError(true);
  for (const spec of COMMANDS) addCommand(root, spec, io, heard);
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
  let locale: Locale = localeOf(undefined, io);
  try {
    await program(io, {
      usageLocale: localeInArgv(argv) ?? locale,
      setCode: (c) => {
        code = c;
      },
      setLocale: (l) => {
        locale = l;
      },
    }).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    const failed = failure(e, io, locale);
    if (failed !== EXIT.ok && wantsJson(argv)) io.out(errorJson(e, failed));
    return failed;
  }
}

function failure(e: unknown, io: Io, locale: Locale): ExitCode {
  if (e instanceof CommanderError) {
    // --help and --version exit 0; everything else commander rejects (incl. no command) is a usage error.
    return e.exitCode === 0 ? EXIT.ok : EXIT.invalid;
  }
  if (e instanceof ScenarioError) {
    e.diagnostics.forEach((d) => io.err(diagnosticIn(locale)(d)));
    io.err(`bestshore: ${cliWords(locale).problems(e.diagnostics.length)}`);
    return e.code;
  }
  if (e instanceof ExitError) {
    // A malformed --set, --variant… is a usage error in the scenario's words: French under fr.
    io.err(`bestshore: ${e instanceof UsageError && locale === 'fr' ? frenchMessage(e.message) : e.message}`);
    return e.code;
  }
  io.err(
    `bestshore: internal error: ${e instanceof Error ? (process.env['BESTSHORE_DEBUG'] ? e.stack : e.message) : String(e)}`,
  );
  return EXIT.internal;
}

export { tierByModelSize, tierForResolves } from './compilerTier.js';
