import { ANNEX_EDITIONS, ANNEX_FORMATS, ANNEX_LANGS, ANNEX_SECTIONS, PLAN_FORMATS } from '../report/formatNames.js';
import { ENGINE_NAMES } from '../solver/engines.js';
import { SAMPLES as INIT_SAMPLES } from './commands/initNames.js';
import { LOCALES } from './locale.js';
import type { Locale } from '../report/format.js';
import { choice, choiceOrAbsent, choiceOrNone, flag, list, text, textOr, type OptionValues } from './optionTable.js';

/**
 * The option table of each command that plans one scenario or checks files (explain, compare and
 * sweep: explainOptions.ts), and the options several commands share. This table drives commander,
 * the help text and the typed values each command receives.
 */

const OUTPUT_HELP = {
  flags: '-o, --output <file>',
  description: 'write to FILE instead of stdout (- is stdout); a regular file is replaced atomically, keeping its mode',
};
export const OUTPUT = text(OUTPUT_HELP);
/**
 * `--locale`, the one option of every command that writes words for people: absent, the
 * environment decides (LC_ALL, LC_MESSAGES, LANG: cli/locale.ts), then `fallback`.
 */
export const localeOption = (
  fallback: Locale,
  what = 'language and number style of every word the command writes: en (1,234.5) or fr (1 234,5; csv: ";" separators for French Excel); JSON stays English',
) =>
  choiceOrAbsent(
    {
      flags: '--locale <locale>',
      description: `${what} (default: ${fallback === 'en' ? 'fr when LC_ALL, LC_MESSAGES or LANG says fr…, else en' : 'en when LC_ALL, LC_MESSAGES or LANG says en…, else fr'})`,
    },
    LOCALES,
  );
export const LOCALE = localeOption('en');
export const SOLVER = choice({ flags: '--solver <engine>', description: 'LP engine' }, ENGINE_NAMES, 'auto');
export const WHOLE_FTE = flag({
  flags: '--whole-fte',
  description: 'staff whole FTEs per country (a tender prices people, not fractions): mixed-integer',
});
export const ALLOW_EXTENDS_OUTSIDE = flag({
  flags: '--allow-extends-outside',
  description:
    "let extends read base scenarios outside the scenario's folder (links resolved); only for scenarios you trust",
});
export const SET = list({
  flags: '--set <path=value>',
  description:
    'change one field of the scenario, e.g. --set countries.MA.cost_per_hour=18 (repeatable; the value is read as YAML; null deletes the field)',
});
export const DATA = list({
  flags: '--data <file>',
  description:
    "read country rates and activity volumes from the client's sheet (.xlsx or .csv: a header row with country or activity, then cost_per_hour, capacity_hours, hours, volume, aht…); repeatable; --set wins",
});
/** `--time-limit`, in the words of a command that solves once (`what`: "solving") or many times ("each solve"). */
export const timeLimit = (what: string) =>
  textOr({ flags: '--time-limit <seconds>', description: `give up ${what} after this many seconds` }, '60');

export const PLAN_OPTIONS = {
  format: choice({ flags: '-f, --format <format>', description: 'output format' }, PLAN_FORMATS, 'table'),
  output: OUTPUT,
  locale: LOCALE,
  solver: SOLVER,
  timeLimit: timeLimit('solving'),
  exportModel: text({
    flags: '--export-model <file>',
    description: 'also write the model given to the engine, as free MPS (.mps) or an LP file (.lp), for another solver',
  }),
  wholeFte: WHOLE_FTE,
  allowExtendsOutside: ALLOW_EXTENDS_OUTSIDE,
  set: SET,
  data: DATA,
};
export type PlanOptions = OptionValues<typeof PLAN_OPTIONS>;

export const INIT_OPTIONS = {
  from: choiceOrNone(
    { flags: '--from <sample>', description: 'start from a sample scenario instead of the starter' },
    INIT_SAMPLES,
  ),
  force: flag({ flags: '--force', description: 'replace the scenario file if it exists' }),
  locale: LOCALE,
};
export type InitOptions = OptionValues<typeof INIT_OPTIONS>;

export const VALIDATE_OPTIONS = {
  locale: LOCALE,
  allowExtendsOutside: ALLOW_EXTENDS_OUTSIDE,
  format: choice(
    {
      flags: '-f, --format <format>',
      description: 'text (a line per file) or json (one document: every file, its verdict and diagnostics)',
    },
    ['text', 'json'] as const,
    'text',
  ),
};
export type ValidateOptions = OptionValues<typeof VALIDATE_OPTIONS>;

export const SCHEMA_OPTIONS = { output: OUTPUT };
export type SchemaOptions = OptionValues<typeof SCHEMA_OPTIONS>;

export const CHECK_OPTIONS = {
  locale: LOCALE,
  solver: SOLVER,
  timeLimit: timeLimit('solving'),
  wholeFte: WHOLE_FTE,
  allowExtendsOutside: ALLOW_EXTENDS_OUTSIDE,
  update: flag({ flags: '--update', description: 'rewrite the golden results instead of comparing' }),
  junit: text({ flags: '--junit <file>', description: 'also write a JUnit XML report to FILE' }),
  set: SET,
};
export type CheckOptions = OptionValues<typeof CHECK_OPTIONS>;

export const ANNEX_OPTIONS = {
  output: OUTPUT,
  solver: SOLVER,
  timeLimit: timeLimit('solving'),
  wholeFte: WHOLE_FTE,
  allowExtendsOutside: ALLOW_EXTENDS_OUTSIDE,
  format: choiceOrNone(
    {
      flags: '-f, --format <format>',
      description:
        "annex format: html (self-contained, prints on A4), md (paste-ready) or docx (editable Word; needs -o); default: from the -o file's extension, else html",
    },
    ANNEX_FORMATS,
  ),
  locale: localeOption('fr', 'annex language: fr (1 234,56 €) or en (€1,234.56)'),
  lang: choiceOrAbsent({ flags: '--lang <lang>', description: 'the same as --locale (its older name)' }, ANNEX_LANGS),
  edition: choice(
    {
      flags: '--edition <edition>',
      description:
        'client: what goes to the buyer (no saving against all-home, no method, no internal quality scores); internal: all of it, for the bid team',
    },
    ANNEX_EDITIONS,
    'client',
  ),
  sections: text({
    flags: '--sections <list>',
    description: `the sections, in this order, comma-separated: ${ANNEX_SECTIONS.join(', ')} (default: all of the edition's; quality is internal only)`,
  }),
  front: text({
    flags: '--front <objectives>',
    description:
      'internal edition: add the trade-off front of cost and another objective to the options section, e.g. cost,home-share (as bestshore pareto)',
  }),
  alternatives: text({
    flags: '--alternatives <slack>',
    description:
      'internal edition: add up to 5 plans within this cost slack of the optimum to the options section, e.g. 3% (as bestshore alternatives)',
  }),
  date: text({
    flags: '--date <YYYY-MM-DD>',
    description: 'date printed under the annex title (none by default, so the same scenario gives the same bytes)',
  }),
  set: SET,
  data: DATA,
};
export type AnnexCommandOptions = OptionValues<typeof ANNEX_OPTIONS>;

export const ERLANG_OPTIONS = {
  volume: text({ flags: '--volume <contacts>', description: 'contacts offered per interval (required)' }),
  interval: textOr({ flags: '--interval <minutes>', description: 'length of the interval, minutes' }, '30'),
  aht: text({ flags: '--aht <seconds>', description: 'average handling time (talk + wrap-up), seconds (required)' }),
  sl: text({
    flags: '--sl <percent/seconds>',
    description: 'service-level target, e.g. 80/20 = 80% answered within 20 s (80/20 when no target is given)',
  }),
  asa: text({ flags: '--asa <seconds>', description: 'target average speed of answer, at most this many seconds' }),
  pwait: text({ flags: '--pwait <share>', description: 'target probability of waiting, at most this share (0-1)' }),
  occupancyMax: textOr(
    { flags: '--occupancy-max <share>', description: 'occupancy cap, agents ≥ traffic / cap (1 = no cap)' },
    '0.85',
  ),
  shrinkage: textOr(
    {
      flags: '--shrinkage <share>',
      description: 'share of paid time off the phones (breaks, training, absence), for scheduled staff',
    },
    '0.3',
  ),
  patience: text({
    flags: '--patience <seconds>',
    description: 'mean caller patience, seconds: callers hang up (Erlang A)',
  }),
  agents: text({
    flags: '--agents <n>',
    description: 'evaluate this staffing instead of searching for the agents needed',
  }),
  format: choice({ flags: '-f, --format <format>', description: 'output format' }, ['table', 'json'] as const, 'table'),
  locale: LOCALE,
};
export type ErlangOptions = OptionValues<typeof ERLANG_OPTIONS>;
