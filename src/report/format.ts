/** Number formatting shared by renderers. Locale-aware for people, plain for machines. */
import { formatNumber, type NumberStyle } from '../text/formatNumber.js';

/** How a report writes numbers: en 1,234.5; fr 1 234,5. */
export type Locale = NumberStyle;

/** en: 1,234.56; fr groups thousands with a narrow no-break space and a decimal comma: 1 234,56. */
export function num(n: number, decimals: number, locale: Locale = 'en'): string {
  return formatNumber(n, decimals, locale);
}

export function money(n: number, currency: string, locale: Locale = 'en', decimals = 0): string {
  return `${num(n, decimals, locale)} ${currency}`;
}

export function percent(share: number, locale: Locale = 'en', decimals = 1): string {
  return locale === 'fr' ? `${num(share * 100, decimals, locale)} %` : `${num(share * 100, decimals, locale)}%`;
}

/** Round for machine output (JSON, CSV): fixed decimals, no -0. */
export function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(n * f) / f;
  return r === 0 ? 0 : r;
}

export const PLACES = { hours: 2, fte: 2, cost: 2, quality: 4 } as const;
