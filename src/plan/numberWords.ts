/** Words with figures for messages (diagnoses): words in the reader's language, figures in their number style. */
import { formatNumber, type NumberStyle } from '../text/formatNumber.js';

/**
 * A message whose hour figures are written by the renderer: "2,500 h", or "2 500 h" under
 * --locale fr. A part may hold the same words in each language (diagnosisWords.ts's `say`):
 * the renderer writes its reader's.
 */
export type Phrase = readonly PhrasePart[];
type PhrasePart = string | { readonly hours: number } | { readonly en: Phrase; readonly fr: Phrase };

const isPhrase = (v: string | number | Phrase | { readonly hours: number }): v is Phrase => Array.isArray(v);

/** An hour figure inside a phrase. */
export const hours = (n: number): { readonly hours: number } => ({ hours: n });

/** phrase`${id} needs ${hours(n)} in FR`: the template's text, its figures kept apart. */
export function phrase(
  strings: TemplateStringsArray,
  ...values: readonly (string | number | Phrase | { readonly hours: number })[]
): Phrase {
  const out: PhrasePart[] = [];
  strings.forEach((s, i) => {
    out.push(s);
    const v = values[i];
    if (v === undefined) return; // after the last figure
    if (isPhrase(v)) out.push(...v);
    else out.push(typeof v === 'object' ? v : String(v));
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

/** The phrase in a reader's language and number style (en: English words, 2,500 h; fr: French words, 2 500 h). */
export function phraseText(p: Phrase, style: NumberStyle = 'en'): string {
  return p
    .map((x) => (typeof x === 'string' ? x : 'hours' in x ? hoursText(x.hours, style) : phraseText(x[style], style)))
    .join('');
}

export function ratio(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
