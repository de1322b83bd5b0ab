const BASIS: Readonly<Record<string, string>> = {
  EU: 'EU',
  adequacy: 'adequacy',
  SCC: 'SCC',
  home: 'home country',
  'no personal data': 'no personal data',
};
const DATA_CLASS: Readonly<Record<string, string>> = {
  personal: 'personal',
  health: 'health',
  public: 'public',
  none: 'none',
};

/**
 * The words of the plan's reports (table, Markdown, CSV, the workbook's summary) in English:
 * the reference every other language's table follows (plan.fr.ts), key for key. Numbers come in
 * already formatted; scenario text (names, ids, codes) as written.
 */
export const PLAN_EN = {
  per: (period: string) => `per ${period}`,
  total: 'Total',
  // Titles
  allocationTitle: (period: string) => `Allocation (per ${period})`,
  countriesTitle: 'By country',
  activitiesTitle: 'Activities',
  contactsPerInterval: 'Contacts (each country staffed as its own queue, whole agents, targets met in every hour)',
  contactsAverage:
    'Contacts (each country staffed as its own queue; some queues staffed on the period average: targets met on average, not in every hour)',
  rotaTitle: (timezone: string) => `Rota (agents starting each shift, every week; ${timezone} time)`,
  esgTitle: (period: string) => `ESG (per ${period}; telework hours stay in their country)`,
  coverageOf: (activity: string) => `Coverage of ${activity}`,
  // Column heads
  activity: 'Activity',
  country: 'Country',
  hours: 'Hours',
  fte: 'FTE',
  fteWhole: 'FTE (whole)',
  cost: (currency: string) => `Cost ${currency}`,
  perHour: (currency: string) => `${currency}/h`,
  fixed: (currency: string) => `Fixed ${currency}`,
  quality: 'Quality',
  legalBasis: 'Legal basis',
  shareOfCost: 'Share of cost',
  language: 'Language',
  data: 'Data',
  floor: 'Floor',
  contacts: 'Contacts',
  ahtS: 'AHT s',
  peakAgents: 'Peak agents',
  agentHours: 'Agent hours',
  scheduledFte: 'Scheduled FTE',
  serviceLevel: 'Service level',
  worstHour: 'Worst hour',
  asaS: 'ASA s',
  worstAsaS: 'Worst ASA s',
  occupancy: 'Occupancy',
  skillGroup: 'Skill group',
  shift: 'Shift',
  partTime: ' (part-time)',
  telework: 'Telework',
  tonnesPer: (period: string) => `tCO2e per ${period}`,
  tonnesYear: 'tCO2e per year',
  days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  /** The legal basis of an allocation line, by the plan's value (EU, adequacy, SCC, home…). */
  basis: BASIS,
  dataClass: DATA_CLASS,
  // The title's kind of plan
  optimalPlan: 'optimal plan',
  planNotProven: 'plan (optimality not proven)',
  bestFound: 'best plan found within the time limit',
  // Summary lines
  totalLine: (cost: string, period: string, hours: string, fte: string, countries: number) =>
    `Total: ${cost} per ${period} for ${hours} h (${fte} FTE) in ${countries} ${countries === 1 ? 'country' : 'countries'}.`,
  saving: (home: string, saving: string, period: string, pct: string, homeCost: string) =>
    `Saving against delivering everything in ${home}: ${saving} per ${period} (${pct} of ${homeCost}).`,
  noSaving: (home: string, homeCost: string) =>
    `No saving against delivering everything in ${home} (${homeCost}): the plan is home-only.`,
  homeImpossible: (home: string, reasons: string) => `Delivering everything in ${home} is impossible: ${reasons}.`,
  reasonSep: '; ',
  notional: (home: string, cost: string, below: string, pct: string) =>
    `At ${home}'s rate, all hours would cost ${cost}: this plan is ${below} (${pct}) below that notional figure.`,
  sites: 'Sites:',
  pooling: (extra: string, period: string, cost: string) =>
    `Pooling cost: the hours split between countries need ${extra} more agent hours per ${period} than one queue would in those hours (${cost}, included above).`,
  noPooling: 'Pooling cost: none — no hour of a queue needs more agents than one queue would.',
  shifts: (paid: string, period: string, idle: string, pct: string, cost: string) =>
    `Shifts: ${paid} paid hours per ${period}, of which ${idle} (${pct}) idle inside shifts (${cost} at the countries' rates, included above).`,
  premiums: (total: string, period: string, byCountry: string) =>
    `Night and Sunday premiums: ${total} per ${period} (${byCountry}), included in the costs above.`,
  legend: (timezone: string, thin: string) =>
    `Hours in ${timezone}; each cell lists the countries answering, most hours first. · not covered, * fewer than ${thin} agent at once, !! nobody.`,
  carbonCap: (tonnes: string, period: string, cap: string, capTonnes: string, per: string) =>
    `Carbon cap: ${tonnes} tCO2e per ${period} against a cap of ${cap} (${capTonnes} t per ${per}).`,
  carbonPrice: (price: string, without: string, carbon: string, withIt: string, period: string) =>
    `Carbon price ${price}/tCO2e: cost without the carbon price ${without}, carbon ${carbon}, with it ${withIt} per ${period} (the plan minimises the cost with it).`,
  social: (hours: string, period: string, pct: string, home: string, homeHours: string) =>
    `Social clause: ${hours} h per ${period} (${pct} of all hours) by people in insertion in ${home}, of its ${homeHours} h.`,
  // Sites
  siteFixed: (cost: string) => `fixed cost ${cost}`,
  siteMin: (hours: string) => `minimum ${hours} h`,
  siteForced: (country: string, open: boolean, terms: string) =>
    `${country}: ${open ? 'open' : 'closed'} as the scenario requires (open: ${open})${terms ? `; ${terms}` : ''}.`,
  siteOpenFree: (country: string, hours: string) => `${country}: open — ${hours} h (no fixed cost or minimum volume).`,
  siteOpen: (country: string, hours: string, terms: string) =>
    `${country}: open — ${hours} h (${terms}): its lower rate outweighs what opening it costs.`,
  siteClosed: (country: string, terms: string) =>
    `${country}: closed — opening it would not lower the total${terms ? ` (${terms})` : ''}.`,
  // The proof line
  queuesWhole: ' Queues: whole agents meeting every target in every hour.',
  queuesAverage: ' Queues: staffing averaged over the period (targets met on average, not in every hour).',
  gap: (g: string) => `${g}%`,
  dualProven: (gap: string, engine: string) =>
    `Optimal: proven by a dual bound (gap ${gap}), verified against every rule (engine: ${engine}).`,
  dualNotProven: (gap: string, engine: string) =>
    `Verified against every rule (engine: ${engine}); within ${gap} of the dual bound, not proven optimal.`,
  mipOptimal: 'Optimal',
  mipNotProven: 'Not proven optimal',
  mipBestFound: 'Best plan found within the time limit',
  decisions: {
    queues: 'queue staffing in whole agents',
    rota: 'shift rota in whole agents',
    sites: 'site choices',
    wholeFte: 'whole FTEs',
    none: 'integer choices',
  },
  patternsSearched: (kept: string, total: string) => `the ${kept} of ${total}`,
  patternsPartly: (kept: string, inPlay: string, total: string) =>
    inPlay === total ? `${kept} of the ${inPlay}` : `${kept} of the ${inPlay} (of ${total})`,
  pricedWhole: (searched: string, bound: string, lp: string) =>
    ` over ${searched} staffing patterns that the hour-by-hour whole-agent bound (${bound}; LP bound ${lp}) leaves in play`,
  pricedLp: (searched: string, bound: string) =>
    ` over ${searched} staffing patterns that the LP bound (${bound}) leaves in play`,
  gapNotReported: 'not reported',
  mip: (head: string, decisions: string, priced: string, mipGap: string, gap: string, engine: string) =>
    `${head}: ${decisions} by branch and bound${priced} (gap ${mipGap}), hours proven optimal for them by a dual bound (gap ${gap}); verified against every rule (engine: ${engine}).`,
  noProof: (engine: string, reason: string) =>
    `Verified against every rule (engine: ${engine}); optimality not proven: ${reason}.`,
  // No plan
  noPlan: (name: string) => `${name}: no plan satisfies the constraints.`,
  // CSV
  csvHeader: (currency: string) => ['activity', 'country', 'hours', 'fte', `cost_${currency}`, 'quality', 'basis'],
  csvInfeasibleHeader: ['status', 'rule', 'activities', 'message', 'path', 'line'],
  csvInfeasible: 'infeasible',
};

/** Every word of the plan's reports, for one language. */
export type PlanWords = typeof PLAN_EN;
