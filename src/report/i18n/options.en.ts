import type { Difference } from '../../options/types.js';

/**
 * The words of `bestshore alternatives` and `bestshore pareto` (table and Markdown) in English,
 * the reference of every other language (options.fr.ts, key for key). JSON and CSV keep
 * English whatever the locale; the pictures' words are in ../options/optionCharts.ts.
 */
export const OPTIONS_EN = {
  // alternatives
  provenOptimal: 'proven optimal',
  bestFound: 'best plan found (not proven optimal)',
  altTitle: (name: string, n: number, slack: string) =>
    `${name} — ${n} alternative${n === 1 ? '' : 's'} within ${slack} of the optimum`,
  optimumLine: (cost: string, period: string, proof: string, budget: string) =>
    `Optimum: ${cost} per ${period} (${proof}); budget ${budget}.`,
  none: (slack: string, searches: number) =>
    `No plan within ${slack} of the optimum differs from it (${searches} searches): raise --slack.`,
  theOptimum: 'the optimum',
  cost: 'Cost',
  above: 'Above',
  countries: 'Countries',
  home: 'Home',
  risk: 'Risk',
  differs: 'How it differs',
  itsVariant: 'its variant',
  planIt: 'Each one is the least-cost plan of a variant of the scenario: plan it with',
  planItMd: 'Each one is the least-cost plan of a variant of the scenario:',
  discarded: (n: number) => `${n} search${n === 1 ? '' : 'es'} gave no new option (--format json lists why).`,
  /** What a search aimed at, as the options stage words it. */
  aim: (text: string) => text,
  /** How a plan differs from the one before it; English keeps the options stage's own line. */
  difference: (d: Difference) => d.summary,
  // pareto
  knee: ' knee',
  change: 'Change from the point before',
  paretoTitle: (name: string, label: string, n: number) =>
    `${name} — cost against ${label}: ${n} point${n === 1 ? '' : 's'} (ε-constraint)`,
  allProven: 'Every point is the least-cost plan for its ε, proven.',
  itsEps: 'its ε',
  noKnee: 'No knee: fewer than 3 points, or a straight front.',
  kneeAt: (k: number) =>
    `Knee: point ${k}, the farthest from the straight line between the front's ends (both axes scaled to [0, 1]).`,
  eachPoint: 'Each point is the plan of the scenario with',
  // proofs
  proof: {
    proven: (of: string) => `least cost for ${of}, proven`,
    notProven: (of: string) => `best found for ${of}, not proven`,
    within: (gap: string, of: string) => `within ${gap}% of least cost for ${of}`,
  },
};

/** Every word of `alternatives` and `pareto`, for one language. */
export type OptionsWords = typeof OPTIONS_EN;
