/**
 * The words of `bestshore roadmap` (table and `--explain` lines) in English, the reference of
 * every other language (roadmap.fr.ts, key for key). JSON and CSV keep English whatever the locale.
 */
export const ROADMAP_EN = {
  month: 'Month',
  ftePool: (pool: string) => `FTE ${pool}`,
  hires: 'Hires',
  oneOff: 'One-off',
  cost: 'Cost',
  cumSaving: 'Cum. saving',
  everyThird: (months: number) =>
    `(every third month and each month with a transfer; --format csv gives all ${months})`,
  npv: (amount: string, months: number, start: string, rate: string) =>
    `NPV of the roadmap: ${amount} over ${months} months from ${start} (discount ${rate} a year)`,
  asIs: (amount: string, saving: boolean, delta: string) =>
    `NPV of today's delivery continued: ${amount}; ${saving ? 'saving' : 'extra cost'}: ${delta}`,
  payback: (month: string, t: number) =>
    `Payback: ${month} (month ${t}), from when the cumulative cash saving stays positive`,
  noPayback: 'Payback: not within the horizon',
  noAsIs: (why: string) => `No comparison with today's delivery: ${why}`,
  peak: (amount: string, month: string, all: string) =>
    `Peak one-off spend: ${amount} in ${month}; one-off in all: ${all}`,
  shock: (v: string) => `shock ${v}`,
  drift: (v: string) => `drift ${v} a year`,
  rate: (currency: string, pools: string, rate: string, base: string, start: string, first: string, last: string) =>
    `Exchange rate ${currency} (${pools}): ${rate} = 1 ${base} as written; used ${first} in ${start} → ${last} in the last month`,
  amountsIn: (currency: string) => `amounts in ${currency}`,
  fte: 'FTE',
  cash: 'cash',
  cashLine: (end: string, currency: string) => `cumulative saving against as-is, ${end} ${currency} at the end`,
  /** "in RO", "in the in-house team" (`undefined`: the in-house team). */
  inPool: (pool: string | undefined) => `in ${pool ?? 'the in-house team'}`,
  rule: {
    hiring_per_month: (written: string, inPool: string) => `the hiring limit of ${written} ${inPool}`,
    lead_months: (written: string, inPool: string) => `the lead time of ${written} ${inPool}`,
    ramp: (written: string, inPool: string) => `the ramp-up (${written}) ${inPool}`,
    can_release: (written: string, inPool: string) => written.replace('no release', `no release ${inPool}`),
  },
  /** A term as written by the roadmap stage (`15 a month`, `2 months`…), in this language. */
  written: (written: string) => written,
  delays: (months: number) => ` delays payback by ${months} month${months === 1 ? '' : 's'} and`,
  brings: (months: number) => ` brings payback ${months} month${months === 1 ? '' : 's'} forward and`,
  costs: (rule: string, delay: string, amount: string) => `- ${rule}${delay} costs ${amount} NPV`,
  termsTitle: 'What the transition terms cost (each lifted in turn)',
  noTerms: '- no hiring limit, lead time, ramp-up or release ban in the horizon',
  noTransfer: 'No transfer: every activity stays where it is delivered today.',
  transfer: (month: string, activity: string, starts: boolean, pool: string) =>
    `${month}  ${activity} ${starts ? 'starts in' : 'leaves'} ${pool}`,
  noRoadmap: (name: string) => `${name} — no roadmap`,
  notProven: 'not proven optimal',
  proven: (gap: string) => `proven optimal (gap ${gap}%)`,
  title: (name: string, start: string, months: number, status: string) =>
    `${name} — roadmap ${start}, ${months} months — ${status}`,
  status: { optimal: 'optimal', feasible: 'feasible' },
  ftePerPool: 'FTE per pool and cumulative cash',
  monthByMonth: (currency: string) => `Month by month (${currency})`,
  transfers: 'Transfers',
  approximations: 'Approximations',
  /** One of the roadmap stage's approximation sentences, in this language. */
  approximation: (text: string) => text,
  /** A finding of a roadmap with no solution (src/roadmap/diagnose.ts), in this language. */
  finding: (text: string) => text,
  verified: (optimal: boolean, proof: string, engine: string, vars: string, rows: string, integers: string) =>
    `${optimal ? 'Optimal' : 'Feasible'}: ${proof}, every month verified against every rule, staff flows and NPV recomputed (engine: ${engine}; ${vars} variables, ${rows} rows, ${integers} integer).`,
  // the SVG chart
  svg: {
    title: (name: string, start: string, months: number) => `${name}: roadmap ${start}, ${months} months`,
    noRoadmap: (name: string) => `${name}: no roadmap`,
    saving: 'saving',
    roadmap: 'roadmap',
    payback: (month: string) => `, payback ${month}`,
    savingPanel: (currency: string, payback: string) =>
      `Cumulative saving against today's delivery (${currency}${payback})`,
    cashPanel: (currency: string) => `Cumulative cash (${currency})`,
    ftePanel: 'FTE per pool',
    rate: (currency: string, pools: string, first: string, last: string, base: string) =>
      `${currency} (${pools}): ${first} → ${last} per ${base}, first → last month`,
  },
};

/** Every word of `roadmap`, for one language. */
export type RoadmapWords = typeof ROADMAP_EN;
