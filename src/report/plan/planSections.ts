import { proofOf } from '../../plan/proof.js';
import { homeReasonText } from './homeReasonText.js';
import type { Infeasible, Plan, Finding } from '../../plan/types.js';
import { money, num, percent, type Locale } from '../format.js';
import { phraseText } from '../../plan/numberWords.js';
import { terminalText } from '../../text/escape.js';
import { planWords, type PlanWords } from '../i18n/plan.js';

/** Formatted sections of a plan shared by the table and Markdown renderers. */
export type Section = {
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns to right-align (numbers). */
  readonly numeric: readonly number[];
  /** Last row is a total line. */
  readonly total: boolean;
  /** Name columns a table split to fit the terminal repeats (activity, country); absent: the first. */
  readonly keep?: number;
};

/** How reports name an activity: its label when the scenario writes one, else its id. */
export function activityName(p: Pick<Plan, 'activities'>, id: string): string {
  return p.activities.find((a) => a.activity === id)?.label ?? id;
}

export function allocationSection(p: Plan, locale: Locale): Section {
  const w = planWords(locale);
  const rows = p.allocation.map((r) => [
    activityName(p, r.activity),
    r.country,
    num(r.hours, 0, locale),
    num(r.fte, 1, locale),
    num(r.cost, 0, locale),
    num(r.quality, 2, locale),
    w.basis[r.basis] ?? r.basis,
  ]);
  const total = [
    w.total,
    '',
    num(p.totalHours, 0, locale),
    num(p.totalFte, 1, locale),
    num(p.totalCost, 0, locale),
    '',
    '',
  ];
  return {
    title: w.allocationTitle(p.period),
    head: [w.activity, w.country, w.hours, w.fte, w.cost(p.currency), w.quality, w.legalBasis],
    rows: [...rows, total],
    numeric: [2, 3, 4, 5],
    keep: 2,
    total: true,
  };
}

export function countrySection(p: Plan, locale: Locale): Section {
  const w = planWords(locale);
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
    w.total,
    '',
    num(p.totalHours, 0, locale),
    num(p.totalFte, p.wholeFte ? 0 : 1, locale),
    ...(fixed ? [num(p.fixedCosts, 0, locale)] : []),
    num(p.totalCost, 0, locale),
    percent(1, locale),
  ];
  const head = [
    w.country,
    w.perHour(p.currency),
    w.hours,
    p.wholeFte ? w.fteWhole : w.fte,
    ...(fixed ? [w.fixed(p.currency)] : []),
    w.cost(p.currency),
    w.shareOfCost,
  ];
  return {
    title: w.countriesTitle,
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
  const w = planWords(locale);
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
  return {
    title: q.staffing === 'per_interval' ? w.contactsPerInterval : w.contactsAverage,
    head: [
      w.activity,
      w.country,
      w.contacts,
      w.ahtS,
      w.peakAgents,
      w.agentHours,
      w.scheduledFte,
      w.serviceLevel,
      w.worstHour,
      w.asaS,
      w.worstAsaS,
      w.occupancy,
    ],
    rows,
    numeric: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    keep: 2,
    total: false,
  };
}

/** The pooling line: what splitting queues costs against one queue per activity. */
export function poolingLines(p: Plan, locale: Locale): string[] {
  const q = p.pooling;
  if (!q) return [];
  const w = planWords(locale);
  return [
    q.extraHours > 0.005
      ? w.pooling(num(q.extraHours, 0, locale), p.period, money(q.cost, p.currency, locale))
      : w.noPooling,
  ];
}

/** What the title calls the plan: optimal only when it is proven so. */
export function planKind(p: Plan, locale: Locale = 'en'): string {
  const w = planWords(locale);
  if (p.status === 'feasible') return w.bestFound;
  return proofOf(p).proven ? w.optimalPlan : w.planNotProven;
}

/** Why each decided site is open or closed (fixed cost, minimum volume, forced by the scenario). */
export function siteLines(p: Plan, locale: Locale): string[] {
  const w = planWords(locale);
  return p.sites.map((site) => {
    const terms = [
      site.fixedCost > 0 ? w.siteFixed(money(site.fixedCost, p.currency, locale)) : '',
      site.minHours !== undefined ? w.siteMin(num(site.minHours, 0, locale)) : '',
    ]
      .filter(Boolean)
      .join(', ');
    if (site.forced) return w.siteForced(site.country, site.open, terms);
    if (site.open && !terms) return w.siteOpenFree(site.country, num(site.hours, 0, locale));
    return site.open ? w.siteOpen(site.country, num(site.hours, 0, locale), terms) : w.siteClosed(site.country, terms);
  });
}

export function activitySection(p: Plan, locale: Locale): Section {
  const w = planWords(locale);
  const rows = p.activities.map((a) => [
    a.activity,
    a.language,
    w.dataClass[a.data] ?? a.data,
    num(a.hours, 0, locale),
    num(a.cost / Math.max(a.hours, 1e-9), 2, locale),
    num(a.quality, 3, locale),
    a.minQuality === undefined ? '—' : num(a.minQuality, 2, locale),
  ]);
  return {
    title: w.activitiesTitle,
    head: [w.activity, w.language, w.data, w.hours, w.perHour(p.currency), w.quality, w.floor],
    rows,
    numeric: [3, 4, 5, 6],
    total: false,
  };
}

/** Lines under the tables: totals, saving against home-only, optimality. */
export function summaryLines(p: Plan, locale: Locale): string[] {
  const w = planWords(locale);
  const cost = (n: number): string => money(n, p.currency, locale);
  const lines = [
    w.totalLine(
      cost(p.totalCost),
      p.period,
      num(p.totalHours, 0, locale),
      num(p.totalFte, 1, locale),
      p.countries.length,
    ),
  ];
  if (p.homeOnly.feasible) {
    const h = p.homeOnly;
    lines.push(
      h.saving > 0.005
        ? w.saving(p.home, cost(h.saving), p.period, percent(h.saving / h.cost, locale), cost(h.cost))
        : w.noSaving(p.home, cost(h.cost)),
    );
  } else {
    const { reasons, notionalCost } = p.homeOnly;
    lines.push(w.homeImpossible(p.home, reasons.map((r) => homeReasonText(r, locale)).join(w.reasonSep)));
    if (notionalCost !== undefined) {
      lines.push(
        w.notional(
          p.home,
          cost(notionalCost),
          cost(notionalCost - p.totalCost),
          percent((notionalCost - p.totalCost) / notionalCost, locale),
        ),
      );
    }
  }
  lines.push(proofLine(p, locale));
  return lines;
}

/** What the integer part of a mixed-integer plan decided, in words (plan/proof.ts's integerDecisions, in the reader's language). */
function decisionsText(p: Plan, words: PlanWords['decisions']): string {
  const parts = [
    ...(p.pooling?.queues.some((q) => q.staffing === 'per_interval') ? [words.queues] : []),
    ...(p.rota ? [words.rota] : []),
    ...(p.sites.length > 0 ? [words.sites] : []),
    ...(p.wholeFte ? [words.wholeFte] : []),
  ];
  return parts.length === 0 ? words.none : parts.join(', ');
}

function proofLine(p: Plan, locale: Locale): string {
  const w = planWords(locale);
  const c = p.certificate;
  const gap = (g: number): string => w.gap(num(g * 100, 4, locale));
  const proof = proofOf(p);
  const staffing = p.pooling ? (p.pooling.staffing === 'per_interval' ? w.queuesWhole : w.queuesAverage) : '';
  if (c.kind === 'dual') {
    return `${proof.proven ? w.dualProven(gap(c.gap), p.engine) : w.dualNotProven(gap(proof.gap ?? c.gap), p.engine)}${staffing}`;
  }
  if (c.kind === 'mip') {
    const cost = (n: number): string => money(n, p.currency, locale);
    const head = proof.proven ? w.mipOptimal : p.status === 'optimal' ? w.mipNotProven : w.mipBestFound;
    const kept = c.pricedOut;
    const count = (n: number): string => num(n, 0, locale);
    const searched =
      kept &&
      (kept.inPlay > kept.kept
        ? w.patternsPartly(count(kept.kept), count(kept.inPlay), count(kept.total))
        : w.patternsSearched(count(kept.kept), count(kept.total)));
    const priced = kept
      ? kept.lowerBound > kept.lpBound
        ? w.pricedWhole(searched ?? '', cost(kept.lowerBound), cost(kept.lpBound))
        : w.pricedLp(searched ?? '', cost(kept.lowerBound))
      : '';
    const mipGap = c.mipGap === undefined ? w.gapNotReported : gap(c.mipGap);
    return `${w.mip(head, decisionsText(p, w.decisions), priced, mipGap, gap(c.gap), p.engine)}${staffing}`;
  }
  return `${w.noProof(p.engine, c.reason)}${staffing}`;
}

/** Where a finding's rule is written: file:line:col path, or the --set option that set it. */
export const where = (f: Finding): string =>
  f.line === 0 ? `${f.file} (${f.path})` : `${f.file}:${f.line}:${f.col} ${f.path}`;

/** The diagnosis for a terminal (the table format, stderr): each finding and its location on a line of its own, escaped. */
export function infeasibleLines(o: Infeasible, locale: Locale = 'en'): string[] {
  return [
    terminalText(planWords(locale).noPlan(o.name)),
    ...o.diagnosis.map((f) => `- ${terminalText(phraseText(f.phrase, locale))}\n  ${terminalText(where(f))}`),
  ];
}
