import { FORMAT_NAMES } from '../report/registry.js';
import { ENGINE_NAMES } from '../solver/engines.js';

/** Every CLI option, declared once: this table drives commander and the help text. */
export type OptionSpec = {
  readonly flags: string;
  readonly description: string;
  readonly choices?: readonly string[];
  readonly defaultValue?: string;
  readonly commands: readonly string[];
};

export const OPTIONS: readonly OptionSpec[] = [
  { flags: '-f, --format <format>', description: 'output format', choices: FORMAT_NAMES, defaultValue: 'table', commands: ['plan'] },
  { flags: '-o, --output <file>', description: 'write to FILE (atomically: temp file + rename) instead of stdout', commands: ['plan', 'schema'] },
  { flags: '--locale <locale>', description: 'number style: en (1,234.5) or fr (1 234,5); for csv, fr also means ";" separators for French Excel', choices: ['en', 'fr'], defaultValue: 'en', commands: ['plan'] },
  { flags: '--solver <engine>', description: 'LP engine', choices: ENGINE_NAMES, defaultValue: 'auto', commands: ['plan', 'check'] },
  { flags: '--time-limit <seconds>', description: 'give up solving after this many seconds', defaultValue: '60', commands: ['plan', 'check'] },
  { flags: '--whole-fte', description: 'staff whole FTEs per country (a tender prices people, not fractions): mixed-integer', commands: ['plan', 'check'] },
  { flags: '--update', description: 'rewrite the golden results instead of comparing', commands: ['check'] },
  { flags: '--junit <file>', description: 'also write a JUnit XML report to FILE', commands: ['check'] },
];

export function optionsFor(command: string): OptionSpec[] {
  return OPTIONS.filter((o) => o.commands.includes(command));
}

/** Parsed option values as commander gives them (camel-cased long names). */
export type PlanOptions = {
  readonly format: string;
  readonly output?: string;
  readonly locale: 'en' | 'fr';
  readonly solver: string;
  readonly timeLimit: string;
};
