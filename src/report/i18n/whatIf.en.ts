/**
 * The words of `compare` and `sweep` (table, Markdown, CSV heads) in English, the reference of
 * every other language (whatIf.fr.ts, key for key). JSON keeps English labels whatever the locale.
 */
export const WHAT_IF_EN = {
  // compare
  totalCost: 'Total cost',
  fte: 'FTE',
  hours: 'Hours',
  countryHours: (country: string) => `${country} hours`,
  countryCost: (country: string) => `${country} cost`,
  byCountry: 'By country',
  allocation: 'Allocation',
  noPlan: 'no plan',
  missing: (label: string) => `${label}: no plan satisfies the constraints`,
  notProven: (label: string, gap: string) =>
    `${label}: not proven optimal, within ${gap} of the optimum: a difference smaller than that may not be real`,
  bestFoundOnly: (label: string) => `${label}: best plan found, not proven optimal: its differences may not be real`,
  compareTitle: (name: string, period: string, reference: string) =>
    `${name} — comparison (per ${period}; Δ against ${reference})`,
  compareHeading: (name: string) => `${name} — comparison`,
  compareAgainst: (period: string, reference: string) => `Per ${period}; Δ against ${reference}.`,
  // sweep
  plan: 'plan',
  planWithin: (gap: string) => `plan within ${gap}`,
  planBestFound: 'plan, best found',
  invalid: 'invalid',
  status: 'status',
  cost: (currency: string) => `cost ${currency}`,
  share: (country: string) => `${country} share`,
  more: (n: number) => `${n} more points: use --format csv or json for all of them.`,
  bandsTitle: 'Percentile bands (points with a plan)',
  tornadoTitle: 'Tornado: which inputs move the total most (each alone, the others at their base values)',
  swing: 'swing',
  grid: 'grid',
  monteCarlo: (seed: number) => `Monte Carlo, seed ${seed}`,
  noBase: 'the scenario itself has no plan',
  asWritten: (cost: string, period: string) => `scenario as written: ${cost} per ${period}`,
  sweepTitle: (name: string, points: number, what: string, base: string) =>
    `${name} — sweep of ${points} point${points === 1 ? '' : 's'} (${what}; ${base})`,
  csvHead: {
    point: 'point',
    status: 'status',
    totalCost: 'total_cost',
    share: (country: string) => `share_${country}`,
  },
};

/** Every word of `compare` and `sweep`, for one language. */
export type WhatIfWords = typeof WHAT_IF_EN;
