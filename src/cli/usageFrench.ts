import type { Locale } from '../report/format.js';
import { NB } from '../text/french.js';

/**
 * commander's own usage errors (unknown option, invalid choice, missing argument…) in French:
 * commander 14 writes them in English only, so each known wording is rewritten here; a message
 * of unknown shape keeps its English words behind a French "erreur :" prefix.
 */
const RULES: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
  [
    /^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/s,
    (flags, value, choices) =>
      `option '${flags}'${NB}: la valeur '${value}' n'est pas admise. Valeurs possibles${NB}: ${choices}.`,
  ],
  [
    /^option '(.+)' argument '(.*)' is invalid\. (.*)$/s,
    (flags, value, why) => `option '${flags}'${NB}: la valeur '${value}' n'est pas admise. ${why}`,
  ],
  [/^unknown option '(.+)'$/, (flag) => `option inconnue '${flag}'`],
  [/^unknown command '(.+)'$/, (name) => `commande inconnue '${name}'`],
  [/^missing required argument '(.+)'$/, (name) => `argument obligatoire manquant${NB}: '${name}'`],
  [/^option '(.+)' argument missing$/, (flags) => `option '${flags}'${NB}: valeur manquante`],
  [/^required option '(.+)' not specified$/, (flags) => `option obligatoire '${flags}' absente`],
  [
    /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (name, expected, got) =>
      `trop d'arguments${name ? ` pour '${name}'` : ''}${NB}: ${expected} attendu${expected === '1' ? '' : 's'}, ${got} reçus.`,
  ],
  [/^(.+) cannot be used with (.+)$/, (a, b) => `${a} ne peut pas être employée avec ${b}`],
];

function frenchLine(line: string): string {
  const suggestion = /^\(Did you mean (one of )?(.+)\?\)$/.exec(line);
  if (suggestion) return `(Vouliez-vous dire ${suggestion[1] ? "l'un de " : ''}${suggestion[2] ?? ''}${NB}?)`;
  const error = /^error: (.*)$/s.exec(line);
  if (!error) return line;
  const message = error[1] ?? '';
  for (const [pattern, french] of RULES) {
    const m = pattern.exec(message);
    if (m) return `erreur${NB}: ${french(...m.slice(1).map((g) => g ?? ''))}`;
  }
  return `erreur${NB}: ${message}`;
}

/** A commander error message (one or more lines) in the locale's words. */
export function usageMessage(text: string, locale: Locale): string {
  return locale === 'fr' ? text.split('\n').map(frenchLine).join('\n') : text;
}

/** The locale asked on the command line, read before commander parses it: `--locale fr`, `--locale=fr` (`--lang` for the annex). */
export function localeInArgv(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    const m = /^--(?:locale|lang)(?:=(.*))?$/.exec(arg);
    if (!m) continue;
    const value = m[1] ?? argv[i + 1];
    if (value === 'fr' || value === 'en') return value;
  }
  return undefined;
}
