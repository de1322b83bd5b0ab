import type { Locale } from '../format.js';
import { NB, perPeriodFr, periodFr } from '../../text/french.js';
import { csvHead } from './csvHeads.fr.js';
import { planWords } from './plan.js';
import { roadmapWords } from './roadmap.js';
import { XLSX_LABELS_FR, type XlsxLabel } from './xlsxLabels.fr.js';
import { DAYS } from '../../time/weekMask.js';

/**
 * The words of the workbooks (`--format xlsx`) in `locale`: sheet names, column heads and the
 * labels of fixed cells. English is each label as the key spells it, so `--locale en` writes
 * the bytes it always wrote; French takes xlsxLabels.fr.ts and the table renderers' words.
 * Numbers are never words here: they stay numbers, shown through locale-neutral formats.
 */
export type XlsxWords = {
  readonly locale: Locale;
  /** A sheet name, column head or fixed label. */
  readonly l: (label: XlsxLabel) => string;
  /** `per month` / `par mois`. */
  readonly per: (period: string) => string;
  /** The period as written in the summary: `month` / `mois`. */
  readonly period: (period: string) => string;
  /** The home-only line: `Everything in FR` / `Production 100 % FR`. */
  readonly everythingIn: (home: string) => string;
  /** A sweep's country share column: `MA share` / `Part MA`. */
  readonly countryShare: (country: string) => string;
  /** explain's entry price column: `Cheaper by EUR/h to enter`. */
  readonly cheaperBy: (currency: string) => string;
  /** A day of the reference week, 0 = Monday. */
  readonly day: (day: number) => string;
  /** The legal basis and data class of the plan's lines, as the table shows them in French. */
  readonly basis: (basis: string) => string;
  readonly dataClass: (data: string) => string;
  /** A roadmap's cost kind (`salaries`) and status (`optimal`). */
  readonly costKind: (kind: string) => string;
  readonly roadmapStatus: (status: string) => string;
};

const XLSX_EN: XlsxWords = {
  locale: 'en',
  l: (label) => label,
  per: (period) => `per ${period}`,
  period: (period) => period,
  everythingIn: (home) => `Everything in ${home}`,
  countryShare: (country) => `${country} share`,
  cheaperBy: (currency) => `Cheaper by ${currency}/h to enter`,
  day: (day) => DAYS[day] ?? '',
  basis: (basis) => basis,
  dataClass: (data) => data,
  costKind: (kind) => kind,
  roadmapStatus: (status) => status,
};

const fr = planWords('fr');
const roadmapFr = roadmapWords('fr').status;

const XLSX_FR: XlsxWords = {
  locale: 'fr',
  l: (label) => XLSX_LABELS_FR[label],
  per: perPeriodFr,
  period: periodFr,
  everythingIn: (home) => `Production 100${NB}% ${home}`,
  countryShare: (country) => `Part ${country}`,
  cheaperBy: (currency) => `Baisse pour entrer ${currency}/h`,
  day: (day) => fr.days[day] ?? '',
  basis: (basis) => fr.basis[basis] ?? basis,
  dataClass: (data) => fr.dataClass[data] ?? data,
  costKind: (kind) => csvHead(kind, 'fr'),
  roadmapStatus: (status) => (status === 'optimal' || status === 'feasible' ? roadmapFr[status] : status),
};

/** The workbooks' words in `locale`. */
export const xlsxWords = (locale: Locale): XlsxWords => (locale === 'fr' ? XLSX_FR : XLSX_EN);
