/** Words with figures for messages (diagnoses): English words, figures in the reader's number style. */
import { formatNumber, type NumberStyle } from '../text/formatNumber.js';

/** A message whose hour figures are written by the renderer: "2,500 h", or "2 500 h" under --locale fr. */
export type Phrase = readonly (string | { readonly hours: number })[];

/** An hour figure inside a phrase. */
export const hours = (n: number): { readonly hours: number } => ({ hours: n });

/** phrase`${id} needs ${hours(n)} in FR`: the template's text, its figures kept apart. */
export function phrase(
  strings: TemplateStringsArray,
  ...values: readonly (string | number | Phrase | { readonly hours: number })[]
): Phrase {
  const out: (string | { readonly hours: number })[] = [];
  strings.forEach((s, i) => {
    out.push(s);
    if (i >= values.length) return;
    const v = values[i];
    if (Array.isArray(v)) out.push(...(v as Phrase));
    else out.push(typeof v === 'object' ? (v as { readonly hours: number }) : String(v));
  });
  return out;
}

/** Phrases joined with a separator, as one phrase. */
export function joinPhrases(ps: readonly Phrase[], separator: string): Phrase {
  return ps.flatMap((p, i) => (i === 0 ? [...p] : [separator, ...p]));
}

/** Whole hours in a number style: 2,500 h; 2 500 h. */
export function hoursText(n: number, style: NumberStyle = 'en'): string {
  return `${formatNumber(Math.round(n), 0, style)} h`;
}

export function phraseText(p: Phrase, style: NumberStyle = 'en'): string {
  return p.map((x) => (typeof x === 'string' ? x : hoursText(x.hours, style))).join('');
}

export function listText(items: readonly string[]): string {
  return items.length === 0 ? 'none' : items.join(' + ');
}

export function ratio(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
