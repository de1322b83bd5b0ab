/** French typography and period words, shared by the French word tables. */

/** The no-break space French puts before « : ; ? ! » and inside guillemets. */
export const NB = '\u00a0';

const PERIOD: Readonly<Record<string, string>> = { week: 'semaine', month: 'mois', quarter: 'trimestre', year: 'an' };

/** The period as a noun: `month` → « mois ». */
export const periodFr = (period: string): string => PERIOD[period] ?? period;

/** Per period: `month` → « par mois ». */
export const perPeriodFr = (period: string): string => `par ${periodFr(period)}`;
