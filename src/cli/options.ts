import { ANNEX_EDITIONS, ANNEX_FORMATS, ANNEX_LANGS as LANGS, ANNEX_SECTIONS, PLAN_FORMATS as FORMAT_NAMES } from '../report/formatNames.js';
import { ENGINE_NAMES } from '../solver/engines.js';
import { SAMPLES as INIT_SAMPLES } from './commands/initNames.js';
import { EXPLAIN_OPTIONS } from './explainOptions.js';
import { ROADMAP_OPTIONS } from './roadmapOptions.js';

/** Every CLI option, declared once: this table drives commander and the help text. */
export type OptionSpec = {
  readonly flags: string;
  readonly description: string;
  readonly choices?: readonly string[];
  readonly defaultValue?: string;
  /** May be given several times: the values come as a list. */
  readonly repeatable?: boolean;
  readonly commands: readonly string[];
};

export const OPTIONS: readonly OptionSpec[] = [
  { flags: '-f, --format <format>', description: 'output format', choices: FORMAT_NAMES, defaultValue: 'table', commands: ['plan'] },
  { flags: '-o, --output <file>', description: 'write to FILE instead of stdout (- is stdout); a regular file is replaced atomically, keeping its mode', commands: ['plan', 'schema', 'annex'] },
  { flags: '--locale <locale>', description: 'number style: en (1,234.5) or fr (1 234,5); for csv, fr also means ";" separators for French Excel', choices: ['en', 'fr'], defaultValue: 'en', commands: ['plan'] },
  { flags: '--solver <engine>', description: 'LP engine', choices: ENGINE_NAMES, defaultValue: 'auto', commands: ['plan', 'check', 'annex'] },
  { flags: '--time-limit <seconds>', description: 'give up solving after this many seconds', defaultValue: '60', commands: ['plan', 'check', 'annex'] },
  { flags: '--export-model <file>', description: 'also write the model given to the engine, as free MPS (.mps) or an LP file (.lp), for another solver', commands: ['plan'] },
  { flags: '--whole-fte', description: 'staff whole FTEs per country (a tender prices people, not fractions): mixed-integer', commands: ['plan', 'check', 'annex'] },
  { flags: '--allow-extends-outside', description: "let extends read base scenarios outside the scenario's folder (links resolved); only for scenarios you trust", commands: ['plan', 'validate', 'check', 'annex', 'explain', 'compare', 'sweep'] },
  { flags: '-f, --format <format>', description: 'text (a line per file) or json (one document: every file, its verdict and diagnostics)', choices: ['text', 'json'], defaultValue: 'text', commands: ['validate'] },
  { flags: '--from <sample>', description: 'start from a sample scenario instead of the starter', choices: INIT_SAMPLES, commands: ['init'] },
  { flags: '--force', description: 'replace the scenario file if it exists', commands: ['init'] },
  { flags: '--update', description: 'rewrite the golden results instead of comparing', commands: ['check'] },
  { flags: '--junit <file>', description: 'also write a JUnit XML report to FILE', commands: ['check'] },
  { flags: '-f, --format <format>', description: 'annex format: html (self-contained, prints on A4), md (paste-ready) or docx (editable Word; needs -o); default: from the -o file\'s extension, else html', choices: ANNEX_FORMATS, commands: ['annex'] },
  { flags: '--lang <lang>', description: 'annex language: fr (1 234,56 €) or en (€1,234.56)', choices: LANGS, defaultValue: 'fr', commands: ['annex'] },
  { flags: '--edition <edition>', description: 'client: what goes to the buyer (no saving against all-home, no method, no internal quality scores); internal: all of it, for the bid team', choices: ANNEX_EDITIONS, defaultValue: 'client', commands: ['annex'] },
  { flags: '--sections <list>', description: `the sections, in this order, comma-separated: ${ANNEX_SECTIONS.join(', ')} (default: all of the edition's; quality is internal only)`, commands: ['annex'] },
  { flags: '--date <YYYY-MM-DD>', description: 'date printed under the annex title (none by default, so the same scenario gives the same bytes)', commands: ['annex'] },
  { flags: '--volume <contacts>', description: 'contacts offered per interval (required)', commands: ['erlang'] },
  { flags: '--interval <minutes>', description: 'length of the interval, minutes', defaultValue: '30', commands: ['erlang'] },
  { flags: '--aht <seconds>', description: 'average handling time (talk + wrap-up), seconds (required)', commands: ['erlang'] },
  { flags: '--sl <percent/seconds>', description: 'service-level target, e.g. 80/20 = 80% answered within 20 s (80/20 when no target is given)', commands: ['erlang'] },
  { flags: '--asa <seconds>', description: 'target average speed of answer, at most this many seconds', commands: ['erlang'] },
  { flags: '--pwait <share>', description: 'target probability of waiting, at most this share (0-1)', commands: ['erlang'] },
  { flags: '--occupancy-max <share>', description: 'occupancy cap, agents ≥ traffic / cap (1 = no cap)', defaultValue: '0.85', commands: ['erlang'] },
  { flags: '--shrinkage <share>', description: 'share of paid time off the phones (breaks, training, absence), for scheduled staff', defaultValue: '0.3', commands: ['erlang'] },
  { flags: '--patience <seconds>', description: 'mean caller patience, seconds: callers hang up (Erlang A)', commands: ['erlang'] },
  { flags: '--agents <n>', description: 'evaluate this staffing instead of searching for the agents needed', commands: ['erlang'] },
  { flags: '-f, --format <format>', description: 'output format', choices: ['table', 'json'], defaultValue: 'table', commands: ['erlang'] },
  ...EXPLAIN_OPTIONS,
  ...ROADMAP_OPTIONS,
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
  readonly wholeFte?: boolean;
  readonly exportModel?: string;
};
