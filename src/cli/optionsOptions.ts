import { OBJECTIVE_IDS } from '../options/objectives.js';
import { ALTERNATIVES_FORMATS, PARETO_FORMATS } from '../report/options/formatNames.js';
import { choice, text, textOr, type OptionValues } from './optionTable.js';
import { ALLOW_EXTENDS_OUTSIDE, DATA, LOCALE, OUTPUT, SET, SOLVER, timeLimit } from './options.js';

/** The option tables of `alternatives` and `pareto` (the other commands': options.ts, explainOptions.ts). */

const SHARED = {
  set: SET,
  data: DATA,
  output: OUTPUT,
  locale: LOCALE,
  solver: SOLVER,
  timeLimit: timeLimit('each solve'),
  allowExtendsOutside: ALLOW_EXTENDS_OUTSIDE,
  workers: text({
    flags: '--workers <n>',
    description:
      'worker threads planning the variants (default: one per core when the scenario takes long enough to plan); the results do not depend on it',
  }),
};

export const ALTERNATIVES_OPTIONS = {
  slack: textOr(
    {
      flags: '--slack <share>',
      description: 'cost above the optimum an alternative may have: 2% or 0.02 (at most 100%)',
    },
    '2%',
  ),
  count: textOr(
    {
      flags: '--count <n>',
      description: 'alternatives wanted (1-20); fewer are listed when fewer differ within the slack',
    },
    '5',
  ),
  format: choice({ flags: '-f, --format <format>', description: 'output format' }, ALTERNATIVES_FORMATS, 'table'),
  ...SHARED,
};
export type AlternativesOptions = OptionValues<typeof ALTERNATIVES_OPTIONS>;

export const PARETO_OPTIONS = {
  objectives: textOr(
    {
      flags: '--objectives <list>',
      description: `cost and one other objective, comma-separated: cost,${OBJECTIVE_IDS.join(' | cost,')}`,
    },
    'cost,home-share',
  ),
  points: textOr(
    {
      flags: '--points <n>',
      description:
        'ε values from the optimum to the best value of the objective (2-50; a count objective takes every whole value)',
    },
    '7',
  ),
  format: choice(
    { flags: '-f, --format <format>', description: 'output format (svg: the front as a chart)' },
    PARETO_FORMATS,
    'table',
  ),
  ...SHARED,
};
export type ParetoOptions = OptionValues<typeof PARETO_OPTIONS>;
