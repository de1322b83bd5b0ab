import type { ExitCode } from '../../errors.js';
import type { Io } from '../io.js';

/**
 * Every subcommand, declared once. Each command's module is imported when it runs, so a
 * `plan` does not pay for loading the annex, explain or sweep code (start-up time). Options come from the OPTIONS table (options.ts) by
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
    run: async (args, opts, io) => (await import('./plan.js')).planCommand(String(args[0]), opts as never, io),
  },
  {
    name: 'init',
    args: [{ syntax: '[file]', description: 'scenario file to write (default: scenario.yaml)' }],
    description: 'start a scenario: a commented starter (or a sample, --from telecom) and its JSON Schema next to it, for the editor',
    run: async (args, opts, io) => (await import('./init.js')).initCommand(args[0] === undefined ? 'scenario.yaml' : String(args[0]), opts as never, io),
  },
  {
    name: 'validate',
    args: [{ syntax: '<files...>', description: 'scenario YAML files' }],
    description: 'check scenarios without solving: every problem with file:line (exit 0 or 2)',
    run: async (args, opts, io) => (await import('./validate.js')).validateCommand(args[0] as string[], opts as never, io),
  },
  {
    name: 'schema',
    args: [],
    description: 'print the JSON Schema of the scenario format (for editors and linters)',
    run: async (_args, opts, io) => (await import('./schema.js')).schemaCommand(opts as never, io),
  },
  {
    name: 'check',
    args: [{ syntax: '[paths...]', description: 'scenario files or folders (default: scenarios)' }],
    description: 're-plan scenarios and compare each with its golden result (CI regression)',
    run: async (args, opts, io) => (await import('./check.js')).checkCommand(args[0] as string[], opts as never, io),
  },
  {
    name: 'annex',
    args: [{ syntax: '<scenario>', description: 'scenario YAML file' }],
    description: 'write the tender annex of the optimal plan (price, sites, data protection, quality, assumptions) as HTML, Markdown or Word',
    run: async (args, opts, io) => (await import('./annex.js')).annexCommand(String(args[0]), opts as never, io),
  },
  {
    name: 'erlang',
    args: [],
    description: 'agents needed for a contact volume (Erlang C; Erlang A with --patience), or what --agents N achieves',
    run: async (_args, opts, io) => (await import('./erlang.js')).erlangCommand(opts as never, io),
  },
  {
    name: 'explain',
    args: [{ syntax: '<scenario>', description: 'scenario YAML file' }],
    description: 'what each rule costs, marginal values, why (not) each country; for a scenario with no plan, a minimal conflict and the cheapest way out',
    run: async (args, opts, io) => (await import('./explain.js')).explainCommand(String(args[0]), opts as never, io),
  },
  {
    name: 'compare',
    args: [{ syntax: '<scenarios...>', description: 'scenario YAML files (the first is the reference)' }],
    description: 'plans side by side (cost, FTE, hours by country, allocation) with the differences; --variant compares variants of one file',
    run: async (args, opts, io) => (await import('./compare.js')).compareCommand(args[0] as string[], opts as never, io),
  },
  {
    name: 'roadmap',
    args: [{ syntax: '<scenario>', description: 'scenario YAML file (with a horizon)' }],
    description: 'the month-by-month transition over the contract term at least NPV: hires, ramp-up, attrition, one-off costs, payback against today\'s delivery',
    run: async (args, opts, io) => (await import('./roadmap.js')).roadmapCommand(String(args[0]), opts as never, io),
  },
  {
    name: 'sweep',
    args: [{ syntax: '<scenario>', description: 'scenario YAML file' }],
    description: 'solve a grid (--vary) or a seeded Monte Carlo sample (--spread) of variants: cost and shares per point, P10/P50/P90, tornado',
    run: async (args, opts, io) => (await import('./sweep.js')).sweepCommand(String(args[0]), opts as never, io),
  },
];
