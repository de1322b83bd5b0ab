import { NB } from '../text/french.js';

/**
 * More clauses of messagesFr.ts: the problems of a scenario's `esg` (esgSchema.ts, esg.ts) and
 * of its global `rules` (globalRulesSchema.ts, globalRules.ts), in French. Tried before the
 * general clauses (a telework share must be…). Same conventions: keys, codes, paths kept.
 */
const q = (s: string): string => `«${NB}${s}${NB}»`;
const at = (s: string): string => `attendu${NB}: ${s}`;

/** What an ESG amount counts: [English, as a thing expected, as the unit of a limit]. */
const AMOUNTS: readonly (readonly [string, string, string])[] = [
  ['grams of CO2e per kWh', 'un nombre de grammes de CO2e par kWh', 'grammes de CO2e par kWh'],
  ['kWh per workstation hour', 'un nombre de kWh par heure de poste', 'kWh par heure de poste'],
  ['kWh per telework hour', 'un nombre de kWh par heure de télétravail', 'kWh par heure de télétravail'],
  ['kgCO2e per agent hour', "un nombre de kgCO2e par heure d'agent", "kgCO2e par heure d'agent"],
  ['tonnes of CO2e', 'un nombre de tonnes de CO2e', 'tonnes de CO2e'],
  ['a price per tonne of CO2e', 'un prix par tonne de CO2e', 'prix par tonne de CO2e'],
];
const WHAT = AMOUNTS.map(([en]) => en.replace(/[()]/g, '\\$&')).join('|');
const amount = (en: string, form: 1 | 2): string => AMOUNTS.find(([e]) => e === en)?.[form] ?? en;

export const ESG_FRENCH_CLAUSES: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [
    new RegExp(`expected at most (\\S+) \\((${WHAT})\\)`, 'g'),
    (_, n = '', what = '') => at(`au plus ${n} (${amount(what, 2)})`),
  ],
  [new RegExp(`expected (${WHAT})( ≥ 0)?`, 'g'), (_, what = '', min = '') => at(`${amount(what, 1)}${min}`)],
  [/expected a telework share between 0 and 1/g, () => at('une part de télétravail entre 0 et 1')],
  [/a telework share must be between 0 and 1/g, () => 'une part de télétravail doit être comprise entre 0 et 1'],
  [
    /expected a map with carbon, telework, carbon_cap, carbon_price or social_clause/g,
    () => at('une table avec carbon, telework, carbon_cap, carbon_price ou social_clause'),
  ],
  [
    /expected a map of countries keyed by code, e\.g\. (.+)$/g,
    (_, eg = '') => at(`une table des pays par code, par exemple ${eg}`),
  ],
  [
    /expected a map of country code to share(?:, e\.g\. (.+))?$/g,
    (_, eg?: string) => at(`une table code pays → part${eg ? `, par exemple ${eg}` : ''}`),
  ],
  [/expected a map of activity id to \{ country: share \}/g, () => at('une table activité → { pays: part }')],
  [/expected (\{ [^}]*[^ ] \})$/g, (_, fields = '') => at(fields)],
  [/expected year or month/g, () => at('year ou month')],
  [
    /(\S+) has no built-in grid intensity \(no sourced figure\): write (\S+) \(gCO2e per kWh\)/g,
    (_, code = '', path = '') =>
      `${code} n'a pas d'intensité carbone du réseau intégrée (aucun chiffre sourcé)${NB}: écrivez ${path} (gCO2e par kWh)`,
  ],
  [
    /carbon needs (\S+) \(no built-in default\) for (.+): write (\S+), or it per country under (\S+)$/g,
    (_, name = '', codes = '', path = '', under = '') =>
      `carbon demande ${name} (pas de valeur par défaut intégrée) pour ${codes}${NB}: écrivez ${path}, ou donnez-le par pays sous ${under}`,
  ],
  [
    /period "([^"]*)" has no known length, so a cap per (\S+) cannot be converted: use period week, month, quarter or year/g,
    (_, p = '', per = '') =>
      `la période ${q(p)} n'a pas de durée connue, un plafond par ${per} ne peut donc pas être converti${NB}: utilisez period week, month, quarter ou year`,
  ],
  [
    /the social clause is delivered in the home country (\S+), which is not in countries/g,
    (_, home = '') => `la clause sociale s'exécute dans le pays d'origine ${home}, qui n'est pas dans countries`,
  ],
  // Global rules
  [
    /expected a map of rules keyed by a name, e\.g\. (.+)$/g,
    (_, eg = '') => at(`une table de règles par nom, par exemple ${eg}`),
  ],
  [/expected a risk score (?:between 0 and 100|from 0 to 100)/g, () => at('un score de risque entre 0 et 100')],
  [/expected an activity id/g, () => at("un identifiant d'activité")],
  [
    /max_risk_exposure needs a risk score \(0-100\) for every country; (.+) ha(?:s|ve) none \(bestshore ships no default risk table: give each country risk: …\)/g,
    (_, codes = '') =>
      `max_risk_exposure demande un score de risque (0-100) pour chaque pays${NB}; ${codes} n'en ${codes.includes(',') ? 'ont' : 'a'} pas (bestshore n'a pas de table de risque par défaut${NB}: donnez à chaque pays risk: …)`,
  ],
  [
    /min_home_share (\S+) is above max_share (\S+), which caps (\S+) too/g,
    (_, a = '', b = '', home = '') => `min_home_share ${a} dépasse max_share ${b}, qui plafonne aussi ${home}`,
  ],
];
