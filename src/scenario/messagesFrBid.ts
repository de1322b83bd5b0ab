import { NB } from '../text/french.js';

/**
 * More clauses of messagesFr.ts: the problems of a scenario's `bid` (bidSchema.ts, bid.ts) and of
 * the texts it shares with labels and rules (labelSchema.ts), in French. Same conventions:
 * values, keys and paths kept as written; a limit's digit groups (10,000) in French groups.
 */
const at = (s: string): string => `attendu${NB}: ${s}`;
/** 10,000 → 10 000 (narrow no-break spaces, as French numbers are written elsewhere). */
export const groupsFr = (n: string): string => n.replace(/,(?=\d{3})/g, '\u202f');

export const BID_FRENCH_CLAUSES: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [/expected a non-empty text/g, () => at('un texte non vide')],
  [/expected a text/g, () => at('un texte')],
  [
    /expected at most (\d+) characters \(a name; put the rest in description\)/g,
    (_, n = '') => at(`au plus ${n}${NB}caractères (un nom${NB}; mettez le reste dans description)`),
  ],
  [/expected at most (\d+) characters/g, (_, n = '') => at(`au plus ${n}${NB}caractères`)],
  [/expected an amount per hour ≥ 0/g, () => at('un montant horaire ≥ 0')],
  [
    /expected a map of ([a-z_]+(?:, [a-z_]+)*) → amount per productive hour/g,
    (_, list = '') => at(`une table ${list} → montant par heure productive`),
  ],
  [/expected a map of country code → components/g, () => at('une table code pays → composantes')],
  [
    /the parts add up to (\S+) per hour, but (\S+)'s cost_per_hour is (\S+): they must be equal/g,
    (_, total = '', code = '', cost = '') =>
      `les parts totalisent ${total} de l'heure, mais le cost_per_hour de ${code} vaut ${cost}${NB}: ils doivent être égaux`,
  ],
  [/expected a date such as (\S+)/g, (_, d = '') => at(`une date comme ${d}`)],
  [/expected a date written YYYY-MM-DD/g, () => at('une date écrite YYYY-MM-DD')],
  [/(\S+) is not a day of the calendar/g, (_, d = '') => `${d} n'est pas un jour du calendrier`],
  [/expected a whole number of days/g, () => at('un nombre entier de jours')],
  [/expected at least 1 day/g, () => at(`au moins 1${NB}jour`)],
  [/expected at most (\d+) days/g, (_, n = '') => at(`au plus ${n}${NB}jours`)],
  [/expected a list of price units/g, () => at("une liste d'unités de prix")],
  [/expected at least one price unit/g, () => at('au moins une unité de prix')],
  [/(\S+) must be below 1/g, (_, key = '') => `${key} doit être inférieur à 1`],
];
