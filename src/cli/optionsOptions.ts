import { ENGINE_NAMES } from '../solver/engines.js';
import { ALTERNATIVES_FORMATS, PARETO_FORMATS } from '../report/options/formatNames.js';
import type { OptionSpec } from './options.js';
import { OBJECTIVE_IDS } from '../options/objectives.js';

const BOTH = ['alternatives', 'pareto'];

/** Options of `alternatives` and `pareto` (spread into OPTIONS, options.ts). */
export const OPTIONS_OPTIONS: readonly OptionSpec[] = [
  { flags: '--slack <share>', description: "cost above the optimum an alternative may have: 2% or 0.02 (at most 100%)", defaultValue: '2%', commands: ['alternatives'] },
  { flags: '--count <n>', description: 'alternatives wanted (1-20); fewer are listed when fewer differ within the slack', defaultValue: '5', commands: ['alternatives'] },
  { flags: '--objectives <list>', description: `cost and one other objective, comma-separated: cost,${OBJECTIVE_IDS.join(' | cost,')}`, defaultValue: 'cost,home-share', commands: ['pareto'] },
  { flags: '--points <n>', description: 'ε values from the optimum to the best value of the objective (2-50; a count objective takes every whole value)', defaultValue: '7', commands: ['pareto'] },
  { flags: '-f, --format <format>', description: 'output format', choices: ALTERNATIVES_FORMATS, defaultValue: 'table', commands: ['alternatives'] },
  { flags: '-f, --format <format>', description: 'output format (svg: the front as a chart)', choices: PARETO_FORMATS, defaultValue: 'table', commands: ['pareto'] },
  { flags: '--set <path=value>', description: 'change one field of the scenario, e.g. --set countries.MA.cost_per_hour=18 (repeatable; the value is read as YAML; null deletes the field)', repeatable: true, commands: BOTH },
  { flags: '--data <file>', description: "read country rates and activity volumes from the client's sheet (.xlsx or .csv); repeatable; --set wins", repeatable: true, commands: BOTH },
  { flags: '-o, --output <file>', description: 'write to FILE instead of stdout (- is stdout); a regular file is replaced atomically, keeping its mode', commands: BOTH },
  { flags: '--locale <locale>', description: 'number style: en (1,234.5) or fr (1 234,5); for csv, fr also means ";" separators for French Excel', choices: ['en', 'fr'], defaultValue: 'en', commands: BOTH },
  { flags: '--solver <engine>', description: 'LP engine', choices: ENGINE_NAMES, defaultValue: 'auto', commands: BOTH },
  { flags: '--time-limit <seconds>', description: 'give up each solve after this many seconds', defaultValue: '60', commands: BOTH },
  { flags: '--allow-extends-outside', description: "let extends read base scenarios outside the scenario's folder (links resolved); only for scenarios you trust", commands: BOTH },
];
