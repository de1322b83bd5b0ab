import type { WhatIfWords } from './whatIf.en.js';
import { NB, perPeriodFr } from '../../text/french.js';

/** Les mots de `compare` et `sweep` en français, clé pour clé comme whatIf.en.ts. */

const per = perPeriodFr;

export const WHAT_IF_FR: WhatIfWords = {
  totalCost: 'Coût total',
  fte: 'ETP',
  hours: 'Heures',
  countryHours: (country) => `${country} heures`,
  countryCost: (country) => `${country} coût`,
  byCountry: 'Par pays',
  allocation: 'Répartition',
  noPlan: 'aucun plan',
  missing: (label) => `${label}${NB}: aucun plan ne satisfait les contraintes`,
  notProven: (label, gap) =>
    `${label}${NB}: optimalité non prouvée, à ${gap} au plus de l'optimum${NB}: un écart plus petit peut ne pas être réel`,
  bestFoundOnly: (label) =>
    `${label}${NB}: meilleur plan trouvé, optimalité non prouvée${NB}: ses écarts peuvent ne pas être réels`,
  compareTitle: (name, period, reference) =>
    `${name} — comparaison (${per(period)}${NB}; Δ par rapport à ${reference})`,
  compareHeading: (name) => `${name} — comparaison`,
  compareAgainst: (period, reference) => {
    const p = per(period);
    return `${p.charAt(0).toUpperCase()}${p.slice(1)}${NB}; Δ par rapport à ${reference}.`;
  },
  plan: 'plan',
  planWithin: (gap) => `plan à ${gap} près`,
  planBestFound: 'plan, meilleur trouvé',
  invalid: 'invalide',
  status: 'statut',
  cost: (currency) => `coût ${currency}`,
  share: (country) => `part ${country}`,
  more: (n) => `${n} points de plus${NB}: --format csv ou json les donne tous.`,
  bandsTitle: 'Bandes de percentiles (points avec un plan)',
  tornadoTitle: `Tornade${NB}: quelles entrées font le plus varier le total (chacune seule, les autres à leur valeur de base)`,
  swing: 'écart',
  grid: 'grille',
  monteCarlo: (seed) => `Monte-Carlo, graine ${seed}`,
  noBase: "le scénario lui-même n'a pas de plan",
  asWritten: (cost, period) => `scénario tel qu'écrit${NB}: ${cost} ${per(period)}`,
  sweepTitle: (name, points, what, base) =>
    `${name} — balayage de ${points} point${points === 1 ? '' : 's'} (${what}${NB}; ${base})`,
  csvHead: { point: 'point', status: 'statut', totalCost: 'coût_total', share: (country) => `part_${country}` },
};
