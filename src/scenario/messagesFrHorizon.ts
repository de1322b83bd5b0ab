import { NB } from '../text/french.js';

/**
 * More clauses of messagesFr.ts: the problems of a scenario's `horizon` (`bestshore roadmap`:
 * horizon.ts, horizonSchema.ts), in French. Same conventions: values, keys and paths kept.
 */
const q = (s: string): string => `«${NB}${s}${NB}»`;
const at = (s: string): string => `attendu${NB}: ${s}`;

export const HORIZON_FRENCH_CLAUSES: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [/expected (\d+) monthly indices, January first/g, (_, n = '') => at(`${n} indices mensuels, janvier d'abord`)],
  [/a volume index must be ≥ 0/g, () => `un indice de volume doit être ≥ 0`],
  [/growth must be above -0\.9 \(-90% a year\)/g, () => `la croissance doit être supérieure à -0.9 (-90${NB}% par an)`],
  [
    /give either monthly \(an index for each month\) or seasonality and growth, not both/g,
    () => `donnez monthly (un indice par mois) ou seasonality et growth, pas les deux`,
  ],
  [
    /a lead time of (\d+) months is the whole horizon of (\d+): no agent could start in (\S+)/g,
    (_, lead = '', months = '', code = '') =>
      `un délai de ${lead}${NB}mois couvre tout l'horizon de ${months}${NB}mois${NB}: aucun agent ne pourrait commencer en ${code}`,
  ],
  [/expected a whole number of months/g, () => at('un nombre entier de mois')],
  [/expected at most (\d+) months/g, (_, n = '') => at(`au plus ${n}${NB}mois`)],
  [/hires per month must be ≥ 0/g, () => `les embauches par mois doivent être ≥ 0`],
  [/a ramp step must be above 0/g, () => `une étape de montée en compétence doit être supérieure à 0`],
  [
    /currency "([^"]*)" has no exchange rate: add (\S+) \(units of (\S+) for 1 (\S+)\)/g,
    (_, c = '', path = '', units = '', base = '') =>
      `la devise ${q(c)} n'a pas de taux de change${NB}: ajoutez ${path} (unités de ${units} pour 1 ${base})`,
  ],
  [
    /a horizon plans month by month: period must be week, month, quarter or year to turn "([^"]*)" into months/g,
    (_, p = '') =>
      `un horizon se planifie mois par mois${NB}: period doit valoir week, month, quarter ou year pour convertir ${q(p)} en mois`,
  ],
];
