import { ROADMAP_FORMATS } from '../report/roadmap/registry.js';
import { ENGINE_NAMES } from '../solver/engines.js';
import type { OptionSpec } from './options.js';

/** Options of `bestshore roadmap` (spread into OPTIONS, options.ts). */
export const ROADMAP_OPTIONS: readonly OptionSpec[] = [
  { flags: '-f, --format <format>', description: 'output format: table (for people), json, csv (one row per month, for a chart in Excel), svg (cumulative cash and FTE charts, for a bid document)', choices: ROADMAP_FORMATS, defaultValue: 'table', commands: ['roadmap'] },
  { flags: '-o, --output <file>', description: 'write to FILE instead of stdout (- is stdout); a regular file is replaced atomically, keeping its mode', commands: ['roadmap'] },
  { flags: '--locale <locale>', description: 'number style: en (1,234.5) or fr (1 234,5); for csv, fr also means ";" separators for French Excel', choices: ['en', 'fr'], defaultValue: 'en', commands: ['roadmap'] },
  { flags: '--solver <engine>', description: 'LP engine', choices: ENGINE_NAMES, defaultValue: 'auto', commands: ['roadmap'] },
  { flags: '--time-limit <seconds>', description: 'give up each solve after this many seconds', defaultValue: '60', commands: ['roadmap'] },
  { flags: '--explain', description: 'also say what each transition term costs (hiring limit, lead time, ramp-up of each country): NPV and payback delay, one more solve per term', commands: ['roadmap'] },
  { flags: '--set <path=value>', description: 'change one field of the scenario, e.g. --set horizon.months=60 (repeatable; the value is read as YAML; null deletes the field)', repeatable: true, commands: ['roadmap'] },
  { flags: '--data <file>', description: "read country rates and activity volumes from the client's sheet (.xlsx or .csv); repeatable; --set wins", repeatable: true, commands: ['roadmap'] },
  { flags: '--allow-extends-outside', description: "let extends read base scenarios outside the scenario's folder (links resolved); only for scenarios you trust", commands: ['roadmap'] },
];
