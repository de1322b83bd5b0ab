import type { ExitCode } from '../../errors.js';
import type { Io } from '../io.js';
import { planCommand } from './plan.js';

/**
 * Every subcommand, declared once. Options come from the OPTIONS table (options.ts) by
 * command name; `run` receives the positional arguments, the parsed options and the Io.
 */
export type CommandSpec = {
  readonly name: string;
  /** Commander argument syntax, e.g. '<scenario>' or '[paths...]'. */
  readonly args: readonly { readonly syntax: string; readonly description: string }[];
  readonly description: string;
  run(args: readonly unknown[], options: Record<string, unknown>, io: Io): Promise<ExitCode>;
};

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'plan',
    args: [{ syntax: '<scenario>', description: 'scenario YAML file' }],
    description: 'solve a scenario and print the verified optimal plan',
    run: (args, opts, io) => planCommand(String(args[0]), opts as never, io),
  },
];
