import { Command, CommanderError, Option } from 'commander';
import { EXIT, ExitError, ScenarioError, type ExitCode } from '../errors.js';
import { formatDiagnostic } from '../scenario/diagnostic.js';
import { planCommand } from './commands/plan.js';
import { processIo, type Io } from './io.js';
import { optionsFor, type PlanOptions } from './options.js';
import { VERSION } from './version.js';

function addOptions(cmd: Command, name: string): Command {
  for (const spec of optionsFor(name)) {
    const opt = new Option(spec.flags, spec.description);
    if (spec.choices) opt.choices([...spec.choices]);
    if (spec.defaultValue !== undefined) opt.default(spec.defaultValue);
    cmd.addOption(opt);
  }
  return cmd;
}

function program(io: Io, setCode: (c: ExitCode) => void): Command {
  const root = new Command('bestshore')
    .description('Plan where customer-service work should be delivered: least cost under residency, language, quality and capacity rules.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s.trimEnd()) })
    .showSuggestionAfterError(true);
  const plan = root.command('plan').argument('<scenario>', 'scenario YAML file')
    .description('solve a scenario and print the verified optimal plan');
  addOptions(plan, 'plan').action(async (file: string, opts: PlanOptions) => { setCode(await planCommand(file, opts, io)); });
  root.commands.forEach((c) => c.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s.trimEnd()) }));
  return root;
}

/** The one place errors become messages and exit codes. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  try {
    await program(io, (c) => { code = c; }).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      const ok = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help';
      return ok ? EXIT.ok : EXIT.invalid;
    }
    if (e instanceof ScenarioError) {
      e.diagnostics.forEach((d) => io.err(formatDiagnostic(d)));
      io.err(`bestshore: ${e.diagnostics.length} problem${e.diagnostics.length === 1 ? '' : 's'} found; nothing was planned`);
      return e.code;
    }
    if (e instanceof ExitError) {
      io.err(`bestshore: ${e.message}`);
      return e.code;
    }
    io.err(`bestshore: internal error: ${e instanceof Error ? (process.env['BESTSHORE_DEBUG'] ? e.stack : e.message) : String(e)}`);
    return EXIT.internal;
  }
}
