import type { Locale } from '../format.js';
import { terminalText } from '../../text/escape.js';

/** A CSV line as the plan's CSV writes it: en comma and decimal point, fr semicolon and decimal comma; text escaped and formula-safe. */
export function csvLine(vals: readonly (string | number)[], locale: Locale): string {
  return vals
    .map((v) => {
      if (typeof v === 'number') return locale === 'fr' ? String(v).replace('.', ',') : String(v);
      const text = terminalText(v);
      const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
      return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    })
    .join(locale === 'fr' ? ';' : ',');
}
