import type { Lang } from './i18n.js';

/** The words of the annex's transition section, French and English. */
export type TransitionMessages = {
  readonly heading: string;
  readonly intro: (months: string, start: string) => string;
  readonly site: string;
  readonly inHouse: (country: string) => string;
  readonly provider: (country: string) => string;
  readonly headcount: string;
  readonly transfers: string;
  readonly transfer: (month: string, activity: string, site: string, kind: 'starts' | 'ends') => string;
  readonly noTransfer: string;
  readonly oneOffHead: string;
  readonly kinds: {
    readonly hiring: string;
    readonly transfer: string;
    readonly opening: string;
    readonly exit: string;
    readonly release: string;
    readonly total: string;
  };
  readonly amount: string;
  readonly fteChart: string;
  readonly rates: (currency: string, lines: readonly string[]) => string;
  readonly rate: (code: string, sites: string, first: string, last: string, moves: string) => string;
  readonly drift: (share: string) => string;
  readonly shock: (share: string) => string;
  readonly cashChart: (currency: string) => string;
  readonly paybackMark: (month: string) => string;
  readonly month: string;
  readonly cumulativeSaving: string;
  readonly business: (
    npv: string,
    asIs: string | undefined,
    saving: string | undefined,
    payback: string | undefined,
    peak: string,
    peakMonth: string,
  ) => string;
};

const FR: TransitionMessages = {
  heading: 'Transition et montée en charge',
  intro: (months, start) =>
    `Plan de transition sur ${months} mois à compter de ${start} : effectifs par site, calendrier des transferts d'activités et coûts ponctuels. Chaque mois respecte les mêmes règles que le plan (résidence des données, langues, qualité, capacités).`,
  site: 'Site',
  inHouse: (country) => `Équipe interne (${country})`,
  provider: (country) => country,
  headcount: 'Effectifs (agents) au début du mois indiqué.',
  transfers: 'Calendrier des transferts',
  transfer: (month, activity, site, kind) =>
    `${month} : ${activity} ${kind === 'starts' ? 'démarre' : 'quitte'} ${site === '' ? '' : `— ${site}`}`.trimEnd(),
  noTransfer: "Aucun transfert : chaque activité reste où elle est livrée aujourd'hui.",
  oneOffHead: 'Coûts ponctuels sur la durée du contrat (non actualisés)',
  kinds: {
    hiring: 'Recrutement et formation',
    transfer: 'Transfert de connaissances',
    opening: 'Ouverture de sites',
    exit: 'Sortie de sites',
    release: 'Départs (fin de mission)',
    total: 'Total',
  },
  amount: 'Montant',
  fteChart: 'Effectifs par site, mois par mois',
  rates: (currency, lines) => `Montants en ${currency}, convertis au taux de chaque mois : ${lines.join(' ; ')}.`,
  rate: (code, sites, first, last, moves) =>
    `${code} (${sites}) ${first} pour 1 au premier mois, ${last} au dernier${moves === '' ? '' : ` (${moves})`}`,
  drift: (share) => `dérive de ${share} par an`,
  shock: (share) => `choc de ${share}`,
  cashChart: (currency) =>
    `Économie cumulée par rapport à la situation actuelle prolongée (${currency}, non actualisée)`,
  paybackMark: (month) => `retour sur investissement ${month}`,
  month: 'Mois',
  cumulativeSaving: 'Économie cumulée',
  business: (npv, asIs, saving, payback, peak, peakMonth) =>
    `Valeur actuelle nette des coûts du plan : ${npv}${asIs === undefined ? '' : ` ; de la situation actuelle prolongée : ${asIs}`}${saving === undefined ? '' : ` ; économie actualisée : ${saving}`}. ${payback === undefined ? 'Pas de retour sur investissement sur la durée.' : `Retour sur investissement en ${payback}.`} Pic des dépenses ponctuelles : ${peak} en ${peakMonth}.`,
};

const EN: TransitionMessages = {
  heading: 'Transition and ramp-up',
  intro: (months, start) =>
    `Transition over ${months} months from ${start}: headcount per site, the month each activity moves, and one-off costs. Every month meets the same rules as the plan (data residency, languages, quality, capacities).`,
  site: 'Site',
  inHouse: (country) => `In-house team (${country})`,
  provider: (country) => country,
  headcount: 'Headcount (agents) at the start of each month shown.',
  transfers: 'Transfer schedule',
  transfer: (month, activity, site, kind) =>
    `${month}: ${activity} ${kind === 'starts' ? 'starts' : 'ends'} ${site === '' ? '' : `— ${site}`}`.trimEnd(),
  noTransfer: 'No transfer: every activity stays where it is delivered today.',
  oneOffHead: 'One-off costs over the contract term (not discounted)',
  kinds: {
    hiring: 'Recruitment and training',
    transfer: 'Knowledge transfer',
    opening: 'Site openings',
    exit: 'Site exits',
    release: 'Releases',
    total: 'Total',
  },
  amount: 'Amount',
  fteChart: 'Headcount per site, month by month',
  rates: (currency, lines) => `Amounts in ${currency}, converted at each month's rate: ${lines.join('; ')}.`,
  rate: (code, sites, first, last, moves) =>
    `${code} (${sites}) ${first} to 1 in the first month, ${last} in the last${moves === '' ? '' : ` (${moves})`}`,
  drift: (share) => `drift ${share} a year`,
  shock: (share) => `shock ${share}`,
  cashChart: (currency) => `Cumulative saving against today's delivery continued (${currency}, not discounted)`,
  paybackMark: (month) => `payback ${month}`,
  month: 'Month',
  cumulativeSaving: 'Cumulative saving',
  business: (npv, asIs, saving, payback, peak, peakMonth) =>
    `Net present value of the plan's costs: ${npv}${asIs === undefined ? '' : `; of today's delivery continued: ${asIs}`}${saving === undefined ? '' : `; discounted saving: ${saving}`}. ${payback === undefined ? 'No payback within the term.' : `Payback in ${payback}.`} Peak one-off spend: ${peak} in ${peakMonth}.`,
};

export const transitionMessages = (lang: Lang): TransitionMessages => (lang === 'fr' ? FR : EN);
