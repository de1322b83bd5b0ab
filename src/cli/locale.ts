import type { Locale } from '../report/format.js';
import type { Io } from './io.js';

/** The locales every command writes in (`--locale`); the first is the default of most commands. */
export const LOCALES = ['en', 'fr'] as const satisfies readonly Locale[];

/**
 * The language the environment asks for, as POSIX reads it: the first of LC_ALL, LC_MESSAGES
 * and LANG that is set and not empty decides. `fr`, `fr_FR.UTF-8`, `fr_CA`… → fr; `en…` → en;
 * anything else (C, POSIX, de_DE) names no language bestshore writes: undefined.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    return /^fr(?:[_.@-]|$)/i.test(value) ? 'fr' : /^en(?:[_.@-]|$)/i.test(value) ? 'en' : undefined;
  }
  return undefined;
}

/**
 * The locale a command writes in: `--locale` when given, else the environment's, else
 * `fallback` (English; the annex, written for French tenders, falls back to French).
 */
export function localeOf(given: Locale | undefined, io: Pick<Io, 'locale'>, fallback: Locale = 'en'): Locale {
  return given ?? io.locale ?? fallback;
}
