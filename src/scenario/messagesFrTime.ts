import { NB } from '../text/french.js';

/**
 * More clauses of messagesFr.ts: the times, windows and time zones of a scenario (src/time,
 * normaliseTime.ts) and a few rule and activity checks, in French. Same conventions: quoted
 * values, keys and the fix to type are kept as written.
 */
const q = (s: string): string => `«${NB}${s}${NB}»`;

export const MORE_FRENCH_CLAUSES: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [
    /"([^"]*)" is not an IANA time zone \(e\.g\. ([^)]*)\)/g,
    (_, v = '', eg = '') => `${q(v)} n'est pas un fuseau horaire IANA (par exemple ${eg})`,
  ],
  [
    /"([^"]*)" is not an offset like (\S+) or (\S+)/g,
    (_, v = '', a = '', b = '') => `${q(v)} n'est pas un décalage comme ${a} ou ${b}`,
  ],
  [
    /"([^"]*)" is not a time of day \((\S+) to (\S+)\)/g,
    (_, v = '', a = '', b = '') => `${q(v)} n'est pas une heure de la journée (${a} à ${b})`,
  ],
  [
    /"([^"]*)": bestshore plans by the hour, so use whole hours \(e\.g\. ([^)]*)\)/g,
    (_, v = '', eg = '') =>
      `${q(v)}${NB}: bestshore planifie heure par heure, écrivez des heures pleines (par exemple ${eg})`,
  ],
  [
    /"([^"]*)" is not a day or day range like Mon-Fri or Lun-Ven \(days: ([^)]*)\)/g,
    (_, v = '', days = '') =>
      `${q(v)} n'est pas un jour ou une plage de jours comme Lun-Ven ou Mon-Fri (jours${NB}: ${days})`,
  ],
  [/"([^"]*)" is not a window like "([^"]*)"/g, (_, v = '', eg = '') => `${q(v)} n'est pas une plage comme ${q(eg)}`],
  [/"([^"]*)" is not a time like (\S+)/g, (_, v = '', eg = '') => `${q(v)} n'est pas une heure comme ${eg}`],
  [
    /"([^"]*)" is empty: start and end are the same/g,
    (_, v = '') => `${q(v)} est vide${NB}: le début et la fin sont les mêmes`,
  ],
  [
    /period "([^"]*)" is not one of ([^,]+(?:, [^,]+)*?), so hours_per_fte cannot be derived: set it for (.+)$/g,
    (_, p = '', list = '', codes = '') =>
      `la période ${q(p)} n'est pas l'une de ${list}, hours_per_fte ne peut donc pas en être déduit${NB}: donnez-le pour ${codes}`,
  ],
  [
    /a rule needs max_share, min_home_share or max_risk_exposure/g,
    () => `une règle demande max_share, min_home_share ou max_risk_exposure`,
  ],
  [
    /countries says where max_share applies: give max_share too/g,
    () => `countries dit où s'applique max_share${NB}: donnez aussi max_share`,
  ],
  [
    /"([^"]*)" is not a language code \(lower case, e\.g\. ([^)]*)\)/g,
    (_, v = '', eg = '') => `${q(v)} n'est pas un code de langue (en minuscules, par exemple ${eg})`,
  ],
  [
    /min_country_share needs min_countries \(how many countries must each carry that share\)/g,
    () => `min_country_share demande min_countries (combien de pays doivent chacun porter cette part)`,
  ],
  [
    /give either hours or contacts, not both: with contacts, bestshore derives the hours/g,
    () => `donnez hours ou contacts, pas les deux${NB}: avec contacts, bestshore calcule les heures`,
  ],
];
