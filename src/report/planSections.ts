import { integerDecisions, proofOf } from '../plan/proof.js';
import { homeReasonText } from './homeReasonText.js';
import type { Infeasible, Plan, Finding } from '../plan/types.js';
import { money, num, percent, type Locale } from './format.js';
import { phraseText } from '../plan/numberWords.js';
import { terminalText } from '../text/escape.js';

/** Formatted sections of a plan shared by the table and Markdown renderers. */
export type Section = {
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns to right-align (numbers). */
  readonly numeric: readonly number[];
  /** Last row is a total line. */
  readonly total: boolean;
};

const BASIS_TEXT: Record<string, string> = {
  EU: 'EU',
  adequacy: 'adequacy',
  SCC: 'SCC',
  home: 'home country',
  'no personal data': 'no personal data',
};

/** How reports name an activity: its label when the scenario writes one, else its id. */
export function activityName(p: Pick<Plan, 'activities'>, id: string): string {
  return p.activities.find((a) => a.activity === id)?.label ?? id;
}

export function allocationSection(p: Plan, locale: Locale): Section {
  const rows = p.allocation.map((r) => [
    activityName(p, r.activity),
    r.country,
    num(r.hours, 0, locale),
    num(r.fte, 1, locale),
    num(r.cost, 0, locale),
    num(r.quality, 2, locale),
    BASIS_TEXT[r.basis] ?? r.basis,
  ]);
  const total = [
    'Total',
    '',
    num(p.totalHours, 0, locale),
    num(p.totalFte, 1, locale),
    num(p.totalCost, 0, locale),
    '',
    '',
  ];
  return {
    title: `Allocation (per ${p.period})`,
    head: ['Activity', 'Country', 'Hours', 'FTE', `Cost ${p.currency}`, 'Quality', 'Legal basis'],
    rows: [...rows, total],
    numeric: [2, 3, 4, 5],
    total: true,
  };
}

export function countrySection(p: Plan, locale: Locale): Section {
  const fixed = p.fixedCosts > 0;
  const rows = p.countries.map((c) => [
    c.name === c.country ? c.country : `${c.country} ${c.name}`,
    num(c.costPerHour, 2, locale),
    num(c.hours, 0, locale),
    num(c.fte, p.wholeFte ? 0 : 1, locale),
    ...(fixed ? [num(c.fixedCost, 0, locale)] : []),
    num(c.cost, 0, locale),
    percent(p.totalCost > 0 ? c.cost / p.totalCost : 0, locale),
  ]);
  const total = [
    'Total',
    '',
    num(p.totalHours, 0, locale),
    num(p.totalFte, p.wholeFte ? 0 : 1, locale),
    ...(fixed ? [num(p.fixedCosts, 0, locale)] : []),
    num(p.totalCost, 0, locale),
    percent(1, locale),
  ];
  const head = [
    'Country',
    `${p.currency}/h`,
    'Hours',
    p.wholeFte ? 'FTE (whole)' : 'FTE',
    ...(fixed ? [`Fixed ${p.currency}`] : []),
    `Cost ${p.currency}`,
    'Share of cost',
  ];
  return {
    title: 'By country',
    head,
    rows: [...rows, total],
    numeric: head.map((_, i) => i).filter((i) => i > 0),
    total: true,
  };
}

/** Contact activities: how each country answers its share (service reached, agents, occupancy). */
export function contactSection(p: Plan, locale: Locale): Section | undefined {
  const q = p.pooling;
  if (!q || q.queues.length === 0) return undefined;
  const sl = (v: number | undefined): string => (v === undefined ? '—' : percent(v, locale));
  const asa = (v: number): string => (Number.isFinite(v) ? num(v, 1, locale) : '∞');
  const rows = q.queues.map((r) => [
    activityName(p, r.activity),
    r.country,
    num(r.volume, 0, locale),
    num(r.aht, 0, locale),
    num(r.peakAgents, r.staffing === 'per_interval' ? 0 : 1, locale),
    num(r.hours, 0, locale),
    num(r.fte, 1, locale),
    sl(r.serviceLevel),
    sl(r.worst.serviceLevel),
    asa(r.asa),
    asa(r.worst.asa),
    percent(r.occupancy, locale),
  ]);
  const title =
    q.staffing === 'per_interval'
      ? 'Contacts (each country staffed as its own queue, whole agents, targets met in every hour)'
      : 'Contacts (each country staffed as its own queue; some queues staffed on the period average: targets met on average, not in every hour)';
  return {
    title,
    head: [
      'Activity',
      'Country',
      'Contacts',
      'AHT s',
      'Peak agents',
      'Agent hours',
      'Scheduled FTE',
      'Service level',
      'Worst hour',
      'ASA s',
      'Worst ASA s',
      'Occupancy',
    ],
    rows,
    numeric: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    total: false,
  };
}

/** The pooling line: what splitting queues costs against one queue per activity. */
export function poolingLines(p: Plan, locale: Locale): string[] {
  const q = p.pooling;
  if (!q) return [];
  return [
    q.extraHours > 0.005
      ? `Pooling cost: the hours split between countries need ${num(q.extraHours, 0, locale)} more agent hours per ${p.period} than one queue would in those hours (${money(q.cost, p.currency, locale)}, included above).`
      : 'Pooling cost: none — no hour of a queue needs more agents than one queue would.',
  ];
}

/** What the title calls the plan: optimal only when it is proven so. */
export function planKind(p: Plan): string {
  if (p.status === 'feasible') return 'best plan found within the time limit';
  return proofOf(p).proven ? 'optimal plan' : 'plan (optimality not proven)';
}

/** Why each decided site is open or closed (fixed cost, minimum volume, forced by the scenario). */
export function siteLines(p: Plan, locale: Locale): string[] {
  return p.sites.map((site) => {
    const terms = [
      site.fixedCost > 0 ? `fixed cost ${money(site.fixedCost, p.currency, locale)}` : '',
      site.minHours !== undefined ? `minimum ${num(site.minHours, 0, locale)} h` : '',
    ]
      .filter(Boolean)
      .join(', ');
    if (site.forced)
      return `${site.country}: ${site.open ? 'open' : 'closed'} as the scenario requires (open: ${site.open})${terms ? `; ${terms}` : ''}.`;
    if (site.open && !terms)
      return `${site.country}: open — ${num(site.hours, 0, locale)} h (no fixed cost or minimum volume).`;
    return site.open
      ? `${site.country}: open — ${num(site.hours, 0, locale)} h (${terms}): its lower rate outweighs what opening it costs.`
      : `${site.country}: closed — opening it would not lower the total${terms ? ` (${terms})` : ''}.`;
  });
}

export function activitySection(p: Plan, locale: Locale): Section {
  const rows = p.activities.map((a) => [
    a.activity,
    a.language,
    a.data,
    num(a.hours, 0, locale),
    num(a.cost / Math.max(a.hours, 1e-9), 2, locale),
    num(a.quality, 3, locale),
    a.minQuality === undefined ? '—' : num(a.minQuality, 2, locale),
  ]);
  return {
    title: 'Activities',
    head: ['Activity', 'Language', 'Data', 'Hours', `${p.currency}/h`, 'Quality', 'Floor'],
    rows,
    numeric: [3, 4, 5, 6],
    total: false,
  };
}

/** Lines under the tables: totals, saving against home-only, optimality. */
export function summaryLines(p: Plan, locale: Locale): string[] {
  const lines = [
    `Total: ${money(p.totalCost, p.currency, locale)} per ${p.period} for ${num(p.totalHours, 0, locale)} h (${num(p.totalFte, 1, locale)} FTE) in ${p.countries.length} ${p.countries.length === 1 ? 'country' : 'countries'}.`,
  ];
  if (p.homeOnly.feasible) {
    const h = p.homeOnly;
    lines.push(
      h.saving > 0.005
        ? `Saving against delivering everything in ${p.home}: ${money(h.saving, p.currency, locale)} per ${p.period} (${percent(h.saving / h.cost, locale)} of ${money(h.cost, p.currency, locale)}).`
        : `No saving against delivering everything in ${p.home} (${money(h.cost, p.currency, locale)}): the plan is home-only.`,
    );
  } else {
    const { reasons, notionalCost } = p.homeOnly;
    lines.push(
      `Delivering everything in ${p.home} is impossible: ${reasons.map((r) => homeReasonText(r, locale)).join('; ')}.`,
    );
    if (notionalCost !== undefined) {
      lines.push(
        `At ${p.home}'s rate, all hours would cost ${money(notionalCost, p.currency, locale)}: this plan is ${money(notionalCost - p.totalCost, p.currency, locale)} (${percent((notionalCost - p.totalCost) / notionalCost, locale)}) below that notional figure.`,
      );
    }
  }
  lines.push(proofLine(p, locale));
  return lines;
}

function proofLine(p: Plan, locale: Locale): string {
  const c = p.certificate;
  const gap = (g: number): string => `${num(g * 100, 4, locale)}%`;
  const proof = proofOf(p);
  const staffing = p.pooling
    ? ` Queues: ${p.pooling.staffing === 'per_interval' ? 'whole agents meeting every target in every hour' : 'staffing averaged over the period (targets met on average, not in every hour)'}.`
    : '';
  if (c.kind === 'dual') {
    return proof.proven
      ? `Optimal: proven by a dual bound (gap ${gap(c.gap)}), verified against every rule (engine: ${p.engine}).${staffing}`
      : `Verified against every rule (engine: ${p.engine}); within ${gap(proof.gap ?? c.gap)} of the dual bound, not proven optimal.${staffing}`;
  }
  if (c.kind === 'mip') {
    const head = proof.proven
      ? 'Optimal'
      : p.status === 'optimal'
        ? 'Not proven optimal'
        : 'Best plan found within the time limit';
    const priced = c.pricedOut
      ? ` over the ${num(c.pricedOut.kept, 0, locale)} of ${num(c.pricedOut.total, 0, locale)} staffing patterns that ${c.pricedOut.lowerBound > c.pricedOut.lpBound ? `the hour-by-hour whole-agent bound (${money(c.pricedOut.lowerBound, p.currency, locale)}; LP bound ${money(c.pricedOut.lpBound, p.currency, locale)})` : `the LP bound (${money(c.pricedOut.lowerBound, p.currency, locale)})`} leaves in play`
      : '';
    return `${head}: ${integerDecisions(p)} by branch and bound${priced} (gap ${c.mipGap === undefined ? 'not reported' : gap(c.mipGap)}), hours proven optimal for them by a dual bound (gap ${gap(c.gap)}); verified against every rule (engine: ${p.engine}).${staffing}`;
  }
  return `Verified against every rule (engine: ${p.engine}); optimality not proven: ${c.reason}.${staffing}`;
}

/** Where a finding's rule is written: file:line:col path, or the --set option that set it. */
export const where = (f: Finding): string =>
  f.line === 0 ? `${f.file} (${f.path})` : `${f.file}:${f.line}:${f.col} ${f.path}`;

/** The diagnosis for a terminal (the table format, stderr): each finding and its location on a line of its own, escaped. */
export function infeasibleLines(o: Infeasible, locale: Locale = 'en'): string[] {
  return [
    terminalText(`${o.name}: no plan satisfies the constraints.`),
    ...o.diagnosis.map((f) => `- ${terminalText(phraseText(f.phrase, locale))}\n  ${terminalText(where(f))}`),
  ];
}
