import type { ExitCode } from '../../errors.js';
import { COMPARE_OPTIONS, EXPLAIN_OPTIONS, SWEEP_OPTIONS } from '../explainOptions.js';
import type { Io } from '../io.js';
import { readOptions, type Opt, type OptionTable, type OptionValues } from '../optionTable.js';
import {
  ANNEX_OPTIONS,
  CHECK_OPTIONS,
  ERLANG_OPTIONS,
  INIT_OPTIONS,
  PLAN_OPTIONS,
  SCHEMA_OPTIONS,
  VALIDATE_OPTIONS,
} from '../options.js';
import { ALTERNATIVES_OPTIONS, PARETO_OPTIONS } from '../optionsOptions.js';
import { ROADMAP_OPTIONS } from '../roadmapOptions.js';

/** A positional argument: commander syntax ('<scenario>', '[paths...]') and its help. */
type Arg = { readonly syntax: string; readonly description: string };

/** A subcommand as main.ts registers it with commander. */
export type CommandSpec = {
  readonly name: string;
  readonly args: readonly Arg[];
  readonly description: string;
  /** Its options in help order, each under the name commander gives its value. */
  readonly options: readonly (Opt<unknown> & { readonly key: string })[];
  /** `args`: the positional values as commander gives them; `raw`: commander's option values. */
  run(args: readonly unknown[], raw: Readonly<Record<string, unknown>>, io: Io): Promise<ExitCode>;
};

/** One command: its option table types the options its `run` receives. */
function command<T extends OptionTable>(spec: {
  readonly name: string;
  readonly args: readonly Arg[];
  readonly description: string;
  readonly options: T;
  run(args: readonly unknown[], opts: OptionValues<T>, io: Io): Promise<ExitCode>;
}): CommandSpec {
  return {
    ...spec,
    options: Object.entries(spec.options).map(([key, o]) => ({ ...o, key })),
    run: (args, raw, io) => spec.run(args, readOptions(spec.options, raw), io),
  };
}

/** A `<name>` argument's value. */
const one = (value: unknown): string => String(value);
/** A `<names...>` or `[names...]` argument's values. */
const many = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

const SCENARIO: Arg = { syntax: '<scenario>', description: 'scenario YAML file' };

/**
 * Every subcommand, declared once: adding one is adding an entry (its option table in options.ts
 * or explainOptions.ts). Each command's module is imported when it runs, so a `plan` does not pay
 * for loading the annex, explain or sweep code (start-up time).
 */
export const COMMANDS: readonly CommandSpec[] = [
  command({
    name: 'plan',
    args: [SCENARIO],
    description: 'solve a scenario and print the verified optimal plan',
    options: PLAN_OPTIONS,
    run: async (args, opts, io) => (await import('./plan.js')).planCommand(one(args[0]), opts, io),
  }),
  command({
    name: 'init',
    args: [{ syntax: '[file]', description: 'scenario file to write (default: scenario.yaml)' }],
    description:
      'start a scenario: a commented starter (or a sample, --from telecom) and its JSON Schema next to it, for the editor',
    options: INIT_OPTIONS,
    run: async (args, opts, io) =>
      (await import('./init.js')).initCommand(args[0] === undefined ? 'scenario.yaml' : one(args[0]), opts, io),
  }),
  command({
    name: 'validate',
    args: [{ syntax: '<files...>', description: 'scenario YAML files' }],
    description: 'check scenarios without solving: every problem with file:line (exit 0 or 2)',
    options: VALIDATE_OPTIONS,
    run: async (args, opts, io) => (await import('./validate.js')).validateCommand(many(args[0]), opts, io),
  }),
  command({
    name: 'schema',
    args: [],
    description: 'print the JSON Schema of the scenario format (for editors and linters)',
    options: SCHEMA_OPTIONS,
    run: async (_args, opts, io) => (await import('./schema.js')).schemaCommand(opts, io),
  }),
  command({
    name: 'check',
    args: [{ syntax: '[paths...]', description: 'scenario files or folders (default: scenarios)' }],
    description: 're-plan scenarios and compare each with its golden result (CI regression)',
    options: CHECK_OPTIONS,
    run: async (args, opts, io) => (await import('./check.js')).checkCommand(many(args[0]), opts, io),
  }),
  command({
    name: 'annex',
    args: [SCENARIO],
    description:
      'write the tender annex of the optimal plan (price, sites, data protection, quality, assumptions) as HTML, Markdown or Word',
    options: ANNEX_OPTIONS,
    run: async (args, opts, io) => (await import('./annex.js')).annexCommand(one(args[0]), opts, io),
  }),
  command({
    name: 'erlang',
    args: [],
    description: 'agents needed for a contact volume (Erlang C; Erlang A with --patience), or what --agents N achieves',
    options: ERLANG_OPTIONS,
    run: async (_args, opts, io) => (await import('./erlang.js')).erlangCommand(opts, io),
  }),
  command({
    name: 'explain',
    args: [SCENARIO],
    description:
      'what each rule costs, marginal values, why (not) each country; for a scenario with no plan, a minimal conflict and the cheapest way out',
    options: EXPLAIN_OPTIONS,
    run: async (args, opts, io) => (await import('./explain.js')).explainCommand(one(args[0]), opts, io),
  }),
  command({
    name: 'compare',
    args: [{ syntax: '<scenarios...>', description: 'scenario YAML files (the first is the reference)' }],
    description:
      'plans side by side (cost, FTE, hours by country, allocation) with the differences; --variant compares variants of one file',
    options: COMPARE_OPTIONS,
    run: async (args, opts, io) => (await import('./compare.js')).compareCommand(many(args[0]), opts, io),
  }),
  command({
    name: 'roadmap',
    args: [{ syntax: '<scenario>', description: 'scenario YAML file (with a horizon)' }],
    description:
      "the month-by-month transition over the contract term at least NPV: hires, ramp-up, attrition, one-off costs, payback against today's delivery",
    options: ROADMAP_OPTIONS,
    run: async (args, opts, io) => (await import('./roadmap.js')).roadmapCommand(one(args[0]), opts, io),
  }),
  command({
    name: 'sweep',
    args: [SCENARIO],
    description:
      'solve a grid (--vary) or a seeded Monte Carlo sample (--spread) of variants: cost and shares per point, P10/P50/P90, tornado',
    options: SWEEP_OPTIONS,
    run: async (args, opts, io) => (await import('./sweep.js')).sweepCommand(one(args[0]), opts, io),
  }),
  command({
    name: 'alternatives',
    args: [SCENARIO],
    description:
      'plans within a cost slack of the optimum that differ most from it (fewer countries, more at home…), each verified, with how it differs',
    options: ALTERNATIVES_OPTIONS,
    run: async (args, opts, io) => (await import('./alternatives.js')).alternativesCommand(one(args[0]), opts, io),
  }),
  command({
    name: 'pareto',
    args: [SCENARIO],
    description:
      'the trade-off front between cost and another objective (--objectives cost,home-share), each point a verified least-cost plan; its knee',
    options: PARETO_OPTIONS,
    run: async (args, opts, io) => (await import('./pareto.js')).paretoCommand(one(args[0]), opts, io),
  }),
];
