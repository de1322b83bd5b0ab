import { COMPARE_FORMATS, EXPLAIN_FORMATS, SWEEP_FORMATS } from '../report/formatNames.js';
import { choice, list, text, textOr, type OptionValues } from './optionTable.js';
import { ALLOW_EXTENDS_OUTSIDE, DATA, LOCALE, OUTPUT, SET, SOLVER, timeLimit } from './options.js';

/** The option tables of explain, compare and sweep (the other commands': options.ts). */

const SHARED = { allowExtendsOutside: ALLOW_EXTENDS_OUTSIDE, set: SET, data: DATA };
const OUTPUTS = { output: OUTPUT, locale: LOCALE, solver: SOLVER, timeLimit: timeLimit('each solve') };

export const EXPLAIN_OPTIONS = {
  ...SHARED,
  format: choice({ flags: '-f, --format <format>', description: 'output format' }, EXPLAIN_FORMATS, 'table'),
  ...OUTPUTS,
  workers: text({
    flags: '--workers <n>',
    description:
      'threads re-planning the rules (default: one per core, at most one per 16 re-plans); the figures do not depend on it',
  }),
};
export type ExplainOptions = OptionValues<typeof EXPLAIN_OPTIONS>;

export const COMPARE_OPTIONS = {
  ...SHARED,
  format: choice({ flags: '-f, --format <format>', description: 'output format' }, COMPARE_FORMATS, 'table'),
  ...OUTPUTS,
  variant: list({
    flags: '--variant <name=path=value,...>',
    description: 'compare with a variant of the first scenario: NAME=path=value[,path=value...] (repeatable)',
  }),
};
export type CompareOptions = OptionValues<typeof COMPARE_OPTIONS>;

export const SWEEP_OPTIONS = {
  ...SHARED,
  format: choice(
    {
      flags: '-f, --format <format>',
      description:
        'output format: table (for people), csv (for Excel), json, xlsx (Excel workbook; needs -o), svg (tornado and bands as a picture)',
    },
    SWEEP_FORMATS,
    'table',
  ),
  ...OUTPUTS,
  vary: list({
    flags: '--vary <path=from..to:steps>',
    description: 'grid sweep of a field, e.g. countries.MA.cost_per_hour=14..20:7 (repeatable: every combination)',
  }),
  samples: text({
    flags: '--samples <n>',
    description: 'Monte Carlo: solve this many random variants (with --spread)',
  }),
  spread: list({
    flags: '--spread <path=±p%>',
    description: 'Monte Carlo: draw the field uniformly within ±p% (or ±x) of its value (repeatable)',
  }),
  workers: text({
    flags: '--workers <n>',
    description:
      'worker threads solving the points (default: one per core, at most one per 48 points); the figures do not depend on it',
  }),
  seed: textOr(
    { flags: '--seed <n>', description: 'seed of the Monte Carlo draws: the same seed gives the same sample' },
    '1',
  ),
};
export type SweepOptions = OptionValues<typeof SWEEP_OPTIONS>;
