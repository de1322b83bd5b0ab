import { COMPARE_FORMATS, EXPLAIN_FORMATS, SWEEP_FORMATS } from '../report/formatNames.js';
import { ENGINE_NAMES } from '../solver/engines.js';
import type { OptionSpec } from './options.js';

/** Options of explain, compare and sweep, and `--set` (spread into OPTIONS, options.ts). */
export const EXPLAIN_OPTIONS: readonly OptionSpec[] = [
  { flags: '--set <path=value>', description: 'change one field of the scenario, e.g. --set countries.MA.cost_per_hour=18 (repeatable; the value is read as YAML; null deletes the field)', repeatable: true, commands: ['plan', 'explain', 'annex', 'check', 'compare', 'sweep'] },
  { flags: '--data <file>', description: "read country rates and activity volumes from the client's sheet (.xlsx or .csv: a header row with country or activity, then cost_per_hour, capacity_hours, hours, volume, aht…); repeatable; --set wins", repeatable: true, commands: ['plan', 'explain', 'annex', 'compare', 'sweep'] },
  { flags: '-f, --format <format>', description: 'output format', choices: EXPLAIN_FORMATS, defaultValue: 'table', commands: ['explain'] },
  { flags: '-f, --format <format>', description: 'output format', choices: COMPARE_FORMATS, defaultValue: 'table', commands: ['compare'] },
  { flags: '-f, --format <format>', description: 'output format: table (for people), csv (for Excel), json, xlsx (Excel workbook; needs -o), svg (tornado and bands as a picture)', choices: SWEEP_FORMATS, defaultValue: 'table', commands: ['sweep'] },
  { flags: '-o, --output <file>', description: 'write to FILE instead of stdout (- is stdout); a regular file is replaced atomically, keeping its mode', commands: ['explain', 'compare', 'sweep'] },
  { flags: '--locale <locale>', description: 'number style: en (1,234.5) or fr (1 234,5); for csv, fr also means ";" separators for French Excel', choices: ['en', 'fr'], defaultValue: 'en', commands: ['explain', 'compare', 'sweep'] },
  { flags: '--solver <engine>', description: 'LP engine', choices: ENGINE_NAMES, defaultValue: 'auto', commands: ['explain', 'compare', 'sweep'] },
  { flags: '--time-limit <seconds>', description: 'give up each solve after this many seconds', defaultValue: '60', commands: ['explain', 'compare', 'sweep'] },
  { flags: '--variant <name=path=value,...>', description: 'compare with a variant of the first scenario: NAME=path=value[,path=value...] (repeatable)', repeatable: true, commands: ['compare'] },
  { flags: '--vary <path=from..to:steps>', description: 'grid sweep of a field, e.g. countries.MA.cost_per_hour=14..20:7 (repeatable: every combination)', repeatable: true, commands: ['sweep'] },
  { flags: '--samples <n>', description: 'Monte Carlo: solve this many random variants (with --spread)', commands: ['sweep'] },
  { flags: '--spread <path=±p%>', description: 'Monte Carlo: draw the field uniformly within ±p% (or ±x) of its value (repeatable)', repeatable: true, commands: ['sweep'] },
  { flags: '--workers <n>', description: 'worker threads solving the points (default: one per core, at most one per 16 points); the figures do not depend on it', commands: ['sweep'] },
  { flags: '--seed <n>', description: 'seed of the Monte Carlo draws: the same seed gives the same sample', defaultValue: '1', commands: ['sweep'] },
];
