import { differenceOf } from '../../options/difference.js';
import type { ParetoResult } from '../../options/paretoTypes.js';
import type { Proof } from '../../plan/proof.js';
import { terminalText } from '../../text/escape.js';
import type { Locale } from '../format.js';
import { OPTIONS_EN, type OptionsWords } from '../i18n/options.en.js';
import { optionsWords } from '../i18n/options.js';

/** One CSV cell as the plan's CSV writes it: raw numbers (decimal comma in fr), texts safe for a spreadsheet. */
export function csvCell(v: string | number | undefined, locale: Locale): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return locale === 'fr' ? String(v).replace('.', ',') : String(v);
  const text = terminalText(v);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV document: UTF-8 BOM, CRLF; `;` separators with --locale fr. */
export function csvDocument(rows: readonly (readonly (string | number | undefined)[])[], locale: Locale): string {
  const sep = locale === 'fr' ? ';' : ',';
  return `\uFEFF${rows.map((row) => row.map((v) => csvCell(v, locale)).join(sep)).join('\r\n')}\r\n`;
}

/**
 * What a plan's certificate proves, in a few words: never "proven" beyond it. `of` names what
 * the plan is the least-cost plan of ("its variant", "its ε").
 */
export function proofWords(p: Proof, of: string, w: OptionsWords = OPTIONS_EN): string {
  if (p.proven) return w.proof.proven(of);
  if (p.gap === undefined) return w.proof.notProven(of);
  const gap = (p.gap * 100).toPrecision(2);
  return w.proof.within(w === OPTIONS_EN ? gap : gap.replace('.', ','), of);
}

/** The same as JSON fields. */
export const proofJson = (p: Proof): { proven: boolean; gap: number | null } => ({
  proven: p.proven,
  gap: p.proven ? 0 : (p.gap ?? null),
});

/** A front point's change from the one before, in the locale's words (English: the options stage's own line). */
export function pointChange(r: ParetoResult, k: number, locale: Locale): string {
  const p = r.points[k];
  if (p === undefined) return '';
  if (locale === 'en') return p.change;
  const before = r.points[k - 1];
  const w = optionsWords(locale);
  return before ? w.difference(differenceOf(before.plan, p.plan)) : w.theOptimum;
}
