import { PLACES, round, type Locale } from '../format.js';
import type { Renderer } from '../renderer.js';
import { phraseText } from '../../plan/numberWords.js';
import { terminalText } from '../../text/escape.js';
import { planWords } from '../i18n/plan.js';

/**
 * Excel-friendly CSV: UTF-8 with a BOM (so accents survive), CRLF line ends, one header row,
 * one row per allocation, raw numbers without thousands separators.
 * `en`: comma-separated, decimal point. `fr`: semicolon-separated, decimal comma — what Excel
 * expects on a French-locale machine, so a double-click opens it in columns.
 */
const SEP: Record<Locale, string> = { en: ',', fr: ';' };

function cell(v: string | number, locale: Locale): string {
  if (typeof v === 'number') return locale === 'fr' ? String(v).replace('.', ',') : String(v);
  // Control characters shown as escapes (the file is also read in terminals), formula injection
  // neutralised, then quoted when needed.
  const text = terminalText(v);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const renderCsv: Renderer = (outcome, { locale }) => {
  const sep = SEP[locale];
  const line = (vals: readonly (string | number)[]): string => vals.map((v) => cell(v, locale)).join(sep);
  const w = planWords(locale);
  if (outcome.status === 'infeasible') {
    const rows = [
      line(w.csvInfeasibleHeader),
      ...outcome.diagnosis.map((f) =>
        line([w.csvInfeasible, f.rule, f.activities.join(' '), phraseText(f.phrase, locale), f.path, f.line]),
      ),
    ];
    return `\uFEFF${rows.join('\r\n')}\r\n`;
  }
  const header = w.csvHeader(outcome.currency);
  const rows = outcome.allocation.map((r) =>
    line([
      r.activity,
      r.country,
      round(r.hours, PLACES.hours),
      round(r.fte, PLACES.fte),
      round(r.cost, PLACES.cost),
      round(r.quality, PLACES.quality),
      r.basis,
    ]),
  );
  return `\uFEFF${[line(header), ...rows].join('\r\n')}\r\n`;
};
