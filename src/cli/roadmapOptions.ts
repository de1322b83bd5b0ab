import { ROADMAP_FORMATS } from '../report/roadmap/registry.js';
import { choice, flag, list, type OptionValues } from './optionTable.js';
import { ALLOW_EXTENDS_OUTSIDE, DATA, LOCALE, OUTPUT, SET, SOLVER, timeLimit } from './options.js';

/** The option table of `bestshore roadmap` (the other commands': options.ts, explainOptions.ts). */
export const ROADMAP_OPTIONS = {
  format: choice(
    {
      flags: '-f, --format <format>',
      description:
        'output format: table (for people), json, csv (one row per month, for a chart in Excel), svg (cumulative cash and FTE charts, for a bid document)',
    },
    ROADMAP_FORMATS,
    'table',
  ),
  output: OUTPUT,
  locale: LOCALE,
  solver: SOLVER,
  timeLimit: timeLimit('each solve'),
  explain: flag({
    flags: '--explain',
    description:
      'also say what each transition term costs (hiring limit, lead time, ramp-up of each country): NPV and payback delay, one more solve per term',
  }),
  fx: list({
    flags: '--fx <currency=change>',
    description:
      "exchange-rate sensitivity: e.g. --fx MAD=+10% prices the roadmap with the dirham 10% stronger against the scenario's currency from the first month (repeatable; the currency needs a rate in horizon.currencies)",
  }),
  set: SET,
  data: DATA,
  allowExtendsOutside: ALLOW_EXTENDS_OUTSIDE,
};
export type RoadmapOptions = OptionValues<typeof ROADMAP_OPTIONS>;
