import type { DataClass } from '../../scenario/types.js';
import type { Messages, ProofScope } from './i18n.js';
import { maskGroups, slotGroups, weekText } from './week.js';

/** The English annex (British spelling, as in EU tenders). */
const PERIODS: Readonly<Record<string, string>> = { week: 'week', month: 'month', quarter: 'quarter', year: 'year' };

const LANGUAGES: Readonly<Record<string, string>> = {
  fr: 'French',
  en: 'English',
  es: 'Spanish',
  de: 'German',
  it: 'Italian',
  nl: 'Dutch',
  pt: 'Portuguese',
  ar: 'Arabic',
  ro: 'Romanian',
  af: 'Afrikaans',
  pl: 'Polish',
  tr: 'Turkish',
  ru: 'Russian',
  zh: 'Chinese',
  ja: 'Japanese',
  el: 'Greek',
  sv: 'Swedish',
  da: 'Danish',
  fi: 'Finnish',
  no: 'Norwegian',
  cs: 'Czech',
  hu: 'Hungarian',
  he: 'Hebrew',
};
const languageName = (code: string): string => LANGUAGES[code] ?? code;

const DATA: Readonly<Record<DataClass, string>> = {
  personal: 'Personal data',
  health: 'Health data',
  public: 'Public-sector data',
  none: 'No personal data',
};

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const ALL_WEEK = '24/7';
const LIST_SEP = '; ';

/** What the proof covers for contact queues. */
const queueScope = (s: ProofScope): string => {
  if (s.queues === undefined) return '';
  const patterns = s.patterns
    ? s.patterns.inPlay === s.patterns.kept
      ? `, of which the ${s.patterns.kept} of ${s.patterns.total} that the linear bound leaves in play were searched`
      : `, of which ${s.patterns.kept} of the ${s.patterns.inPlay} ${s.patterns.total === s.patterns.inPlay ? '' : `(of ${s.patterns.total}) `}that the bound leaves in play were searched, the others bounded only`
    : '';
  return s.queues === 'per_interval'
    ? `; contact queues are staffed in whole agents, hour by hour, from the staffing patterns the model enumerates${patterns}: the proof is over those patterns`
    : `; some contact queues are staffed on the period average: their service targets are met on average over the period, not in every hour`;
};

export const EN: Messages = {
  tag: 'en-GB',
  title: 'Financial and organisational annex',
  dateLine: (d) => `Date: ${d}`,
  periodNoun: (p) => PERIODS[p] ?? p,
  perPeriod: (p) => `per ${PERIODS[p] ?? p}`,
  headings: {
    summary: 'Executive summary',
    allocation: 'Allocation by activity and country',
    countries: 'Sites and FTE by country',
    coverage: 'Opening-hours coverage',
    dataProtection: 'Data protection',
    quality: 'Quality commitments',
    assumptions: 'Assumptions',
  },
  countryName: (c) => c.nameEn,
  languageName,
  and: 'and',
  colon: ': ',
  fte: 'FTE',
  hourUnit: 'h',
  activity: 'Activity',
  country: 'Country',
  hours: 'Hours',
  price: 'Price',
  share: 'Share',
  sites: 'Sites',
  rate: 'Hourly rate',
  total: 'Total',
  subtotal: 'Subtotal',
  workTotal: 'Total of productive hours',
  siteCosts: 'Site costs and paid hours not allocated',
  figTotal: 'Total price',
  figYear: (a) => `i.e. ${a} per year`,
  figSaving: (home) => `Saving against all-onshore delivery (${home})`,
  figSavingNotional: (home) => `Below the notional all-onshore price (${home})`,
  figFte: 'Workforce',
  figSites: 'Delivery sites',
  spread: (h, per, fte, sites, countries) =>
    `The plan spreads ${h} productive hours ${per} (${fte}) over ${sites} delivery ${sites > 1 ? 'sites' : 'site'}, one per country: ${countries}.`,
  savingFeasible: (home, homeCost, saving, pct, per) =>
    `Compared with delivering everything onshore in ${home} (${homeCost} ${per}), the plan saves ${saving} ${per}, or ${pct}.`,
  noSaving: (home, homeCost) =>
    `The plan saves nothing compared with delivering everything onshore in ${home} (${homeCost}).`,
  homeImpossible: (home) => `Delivering everything onshore in ${home} is not possible:`,
  notional: (home, cost, saving, pct, per) =>
    `For reference, all hours at ${home}'s hourly rate would cost ${cost} ${per}: the plan is ${saving} (${pct}) below that notional figure.`,
  noComparison: (home) => `No all-onshore reference price for ${home} can therefore be computed.`,
  homeReason: (r, f) => {
    switch (r.kind) {
      case 'missing-home':
        return `the home country ${r.home} is not in the scenario`;
      case 'language':
        return `${r.activity}: ${r.home} does not offer ${languageName(r.language)}`;
      case 'allow-list':
        return `${r.activity}: ${r.home} is not in the activity's list of allowed countries`;
      case 'residency':
        return `${r.activity}: ${DATA[r.data].toLowerCase()} may not be processed in ${r.home}`;
      case 'quality':
        return `${r.activity}: ${r.home} quality of ${f.percent(r.quality)} is below the ${f.percent(r.floor)} floor`;
      case 'max-share':
        return `${r.activity}: at most ${f.percent(r.share, 0)} of the activity in any one country`;
      case 'min-countries':
        return `${r.activity}: at least ${r.count} countries required`;
      case 'capacity':
        return `${r.home}: capacity of ${f.hours(r.capacity)} for ${f.hours(r.hours)} of work`;
      case 'language-capacity':
        return `${r.home}: capacity of ${f.hours(r.capacity)} in ${languageName(r.language)} for ${f.hours(r.hours)} of work`;
      case 'seats':
        return `${r.home}: ${f.num(r.seats, 0)} seats, up to ${f.num(r.peak, 1)} agents needed at once ${weekText(slotGroups(r.slots), DAYS, ALL_WEEK, LIST_SEP)} (${r.timezone})`;
      case 'hours':
        return `${r.activity}: ${r.home} does not work ${weekText(slotGroups(r.slots), DAYS, ALL_WEEK, LIST_SEP)} (${r.timezone}); it works ${weekText(maskGroups(r.working), DAYS, ALL_WEEK, LIST_SEP)}, local time`;
    }
  },
  proven: (method, scope) =>
    `This plan is the least expensive of the plans the scenario's model allows (data residency, languages, quality, capacities${method === 'mip' ? ', whole agents or sites' : ''}): proven ${method === 'mip' ? 'by branch and bound for the whole-number choices and by a dual bound for the hours' : 'by a dual bound'}${queueScope(scope)}. Every rule was re-checked independently of the solver.`,
  notProven: (gap, scope) =>
    `Every rule of the scenario was re-checked independently of the solver; the plan's optimality could not be proven, however${gap === undefined ? '' : `: its cost is at most ${gap} above the least expensive plan of the model`}${queueScope(scope)}.`,
  allocationIntro: (per) =>
    `Productive hours, full-time equivalents (FTE) and price ${per}, by activity and country. The share is the fraction of the activity's hours delivered in each country.`,
  countriesIntro:
    "One delivery site per country used. Each country's price is its productive hours times its hourly rate.",
  countriesIntroFixed:
    "One delivery site per country used. Each country's price covers its productive hours at its hourly rate and, where they apply, premiums (night, Sunday), the fixed site costs and paid hours not allocated.",
  chartCost: (currency, per) => `Price by country (${currency} ${per})`,
  chartFte: 'Workforce by country (FTE)',
  days: DAYS,
  allWeek: ALL_WEEK,
  listSep: LIST_SEP,
  coverageIntro: (tz, week) =>
    `Opening hours of each activity with coverage, and the countries that answer in each hour of the reference week of ${week}. Times are in the customers' time zone (${tz}).`,
  openLabel: 'Opening hours',
  daysLabel: 'Days',
  answeringLabel: 'Countries answering',
  runText: (hours, who) => `${hours}: ${who}`,
  thin: (n) => (n === '1' ? 'fewer than one agent at once' : `fewer than ${n}\u00a0agents at once`),
  nobody: 'nobody',
  agents: (n, f) => `${f.num(n, 1)}\u00a0${n === 1 ? 'agent' : 'agents'}`,
  heatCaption: (activity, open) => `${activity} — ${open}`,
  cellTitle: (day, hours, who) => `${day} ${hours}: ${who}`,
  legendShared: 'Shared hour (band on the right: the other countries)',
  legendClosed: 'Closed',
  legendCodes: (example) => `${example}: countries answering, the one with most agents first (the colour of the cell)`,
  legendClosedGrey: 'grey: closed',
  legendNobody: 'Open, nobody to answer',
  premiumsPaid: (total, per, pct, byCountry) =>
    `Night and Sunday premiums paid: ${total} ${per}, or ${pct} of the total price (${byCountry}), included in the prices above. Each country's premium rates and night hours are listed in the assumptions.`,
  noPremiums: 'No night or Sunday premium is paid.',
  dataIntro:
    'Each activity is delivered only in countries where its data may be processed under the General Data Protection Regulation (GDPR, Regulation (EU) 2016/679). The table gives, for each activity and each country used, the legal basis of the processing.',
  dataClassLabel: 'Data',
  legalBasisLabel: 'Legal basis',
  dataClass: (d) => DATA[d],
  dataRule: (d, home) => {
    switch (d) {
      case 'personal':
        return 'Personal data: countries of the European Union or the European Economic Area (EEA), countries covered by an adequacy decision, or countries with which standard contractual clauses have been signed.';
      case 'health':
        return 'Health data: countries of the European Union or the EEA only.';
      case 'public':
        return `Public-sector data: processed in the home country (${home}) only, as the buyer requires.`;
      case 'none':
        return 'No personal data: no location restriction.';
    }
  },
  rulesTitle: 'Location rules applied',
  basesTitle: 'Legal bases',
  basisShort: (b) => {
    switch (b) {
      case 'EU':
        return 'EU / EEA';
      case 'adequacy':
        return 'Adequacy decision';
      case 'SCC':
        return 'Standard contractual clauses (Decision 2021/914)';
      case 'home':
        return 'Home country';
      case 'no personal data':
        return 'Not applicable (no personal data)';
    }
  },
  basisLong: (b) => {
    switch (b) {
      case 'EU':
        return 'EU / EEA: the GDPR applies directly; the data stay in the European Economic Area and no transfer takes place.';
      case 'adequacy':
        return 'Adequacy decision: the European Commission has recognised that the country ensures an adequate level of protection (GDPR Article 45); data flow there as within the Union.';
      case 'SCC':
        return 'Standard contractual clauses (SCC): the transfer outside the EEA is covered by the standard contractual clauses adopted by Commission Implementing Decision (EU) 2021/914 of 4 June 2021 (GDPR Article 46), signed with the provider and supplemented by a transfer impact assessment.';
      case 'home':
        return 'Home country: public-sector data are processed in the home country only.';
      case 'no personal data':
        return 'Not applicable: the activity processes no personal data; the GDPR places no restriction on its location.';
    }
  },
  qualityIntro:
    'Mean quality of each activity, weighted by the hours delivered in each country, against the minimum required. Quality scores per country and language come from the scenario (0 to 100%).',
  languageLabel: 'Language',
  floor: 'Minimum',
  planned: 'Planned quality',
  margin: 'Margin',
  pointUnit: 'pts',
  status: 'Status',
  met: 'Met',
  notMet: 'Not met',
  noFloor: 'No minimum',
  assumptionsIntro: 'Assumptions behind the figures of this annex.',
  weekLabel: 'Working week',
  hoursPerFteLabel: (per) => `Productive hours per FTE (${per})`,
  sourceLabel: 'Source',
  fromScenario: 'Set by the scenario',
  fromDefault: (week, weeks, shrinkage) => `${week} × ${weeks}\u00a0weeks × (1\u00a0−\u00a0${shrinkage})`,
  notUsed: 'not used',
  periodLine: (noun, weeks) =>
    `Period: hours, FTE and prices are per ${noun}${weeks === undefined ? '' : ` (${weeks} weeks)`}.`,
  shrinkageLine: (pct) =>
    `Shrinkage (breaks, training, absence): ${pct} of paid time; it reduces an FTE's productive hours where the scenario does not set them.`,
  priceLine: (currency) =>
    `Price: productive hours × the country's hourly rate (fully loaded cost of one productive hour, in ${currency}).`,
  priceLineFixed: (currency) =>
    `Price: productive hours × the country's hourly rate (fully loaded cost of one productive hour, in ${currency}), plus, where they apply, premiums (night, Sunday), the fixed costs of open sites and paid hours not allocated.`,
  fteLine: 'FTE: productive hours ÷ the productive hours of one full-time agent in the country.',
  optimisedLine: (method) =>
    `Allocation: a ${method === 'mip' ? 'mixed-integer' : 'linear'} programme that minimises the total price under the scenario's data-residency, language, quality, capacity and share rules.`,
  timingTitle: 'Working hours and premiums',
  timingIntro:
    'Working hours and night hours of each country, in its local time. An hour worked at night or on a Sunday (local time) is paid at the hourly rate plus the premium; the two premiums add up. They apply only to activities with coverage.',
  timezoneLabel: 'Time zone',
  workingLabel: 'Working hours',
  nightLabel: 'Night hours',
  nightPremiumLabel: 'Night premium',
  sundayPremiumLabel: 'Sunday premium',
  timingLine: (week, tz, weeks) =>
    `Coverage: planned hour by hour over the reference week of ${week}, in the customers' time (${tz}); agents at once are the productive hours of one hour of the week ÷ ${weeks}\u00a0weeks.`,
};
