/** Number formatting shared by renderers. Locale-aware for people, plain for machines. */
export type Locale = 'en' | 'fr';

const INTL: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** One formatter per (locale, decimals): constructing an Intl.NumberFormat costs ~50–100 µs. */
const FORMATTERS = new Map<string, Intl.NumberFormat>();

export function num(n: number, decimals: number, locale: Locale = 'en'): string {
  // fr-FR groups thousands with a narrow no-break space and uses a decimal comma: 1 234,56.
  const key = `${locale}:${decimals}`;
  let f = FORMATTERS.get(key);
  if (!f) FORMATTERS.set(key, (f = new Intl.NumberFormat(INTL[locale], { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f.format(n === 0 ? 0 : n);
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
