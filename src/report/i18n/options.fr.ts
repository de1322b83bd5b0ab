import type { Difference, ShareShift } from '../../options/types.js';
import type { OptionsWords } from './options.en.js';
import { NB, perPeriodFr } from '../../text/french.js';

/** Les mots de `alternatives` et `pareto` en français, clé pour clé comme options.en.ts. */

const pct = (x: number): string => `${Math.round(x * 100)}${NB}%`;
const shiftText = (s: ShareShift): string => `${s.country} ${pct(s.from)} → ${pct(s.to)}`;

/** La ligne de src/options/difference.ts, en français, à partir des mêmes champs. */
function difference(d: Difference): string {
  const moves = d.moves.flatMap((m) => [
    ...(m.left.length > 0 ? [`${m.activity} quitte ${m.left.join(', ')}`] : []),
    ...(m.entered.length > 0 ? [`${m.activity} aussi en ${m.entered.join(', ')}`] : []),
  ]);
  const parts = [
    ...(d.dropped.length > 0 ? [`retire ${d.dropped.join(', ')}`] : []),
    ...(moves.length <= 3 ? moves : [...moves.slice(0, 2), `${moves.length - 2} autres déplacements d’activités`]),
    ...(d.added.length > 0 ? [`ajoute ${d.added.join(', ')}`] : []),
    ...(Math.abs(d.home.to - d.home.from) >= 0.01 ? [`onshore ${shiftText(d.home)}`] : []),
    ...d.shifts.map(shiftText),
    `${pct(d.moved)} des heures déplacées`,
  ];
  return parts.join(`${NB}; `);
}

/** Le but d'une recherche, tel que src/options/alternatives.ts l'écrit. */
function aim(text: string): string {
  const home = /^as much at home \((.*)\) as the budget allows$/.exec(text);
  if (home) return `autant sur place (${home[1] ?? ''}) que le budget le permet`;
  const less = /^as little in (.*) as the budget allows$/.exec(text);
  if (less) return `aussi peu en ${less[1] ?? ''} que le budget le permet`;
  if (text === 'away from the activity–country pairs used so far')
    return 'à l’écart des couples activité–pays déjà utilisés';
  return text;
}

export const OPTIONS_FR: OptionsWords = {
  provenOptimal: 'optimalité prouvée',
  bestFound: 'meilleur plan trouvé (optimalité non prouvée)',
  altTitle: (name, n, slack) => `${name} — ${n} variante${n === 1 ? '' : 's'} à ${slack} de l’optimum au plus`,
  optimumLine: (cost, period, proof, budget) =>
    `Optimum${NB}: ${cost} ${perPeriodFr(period)} (${proof})${NB}; budget ${budget}.`,
  none: (slack, searches) =>
    `Aucun plan à ${slack} de l’optimum ne s’en distingue (${searches} recherches)${NB}: augmentez --slack.`,
  theOptimum: 'l’optimum',
  cost: 'Coût',
  above: 'Surcoût',
  countries: 'Pays',
  home: 'Onshore',
  risk: 'Risque',
  differs: 'Ce qui change',
  itsVariant: 'sa variante',
  planIt: `Chacune est le plan au moindre coût d’une variante du scénario${NB}; pour la planifier${NB}:`,
  planItMd: `Chacune est le plan au moindre coût d’une variante du scénario${NB}:`,
  discarded: (n) =>
    `${n} recherche${n === 1 ? ' n’a' : 's n’ont'} donné aucune nouvelle option (--format json dit pourquoi).`,
  aim,
  difference,
  knee: ' coude',
  change: 'Changement depuis le point précédent',
  paretoTitle: (name, label, n) => `${name} — coût selon ${label}${NB}: ${n} point${n === 1 ? '' : 's'} (ε-contrainte)`,
  allProven: 'Chaque point est le plan au moindre coût pour son ε, prouvé.',
  itsEps: 'son ε',
  noKnee: `Pas de coude${NB}: moins de 3 points, ou un front rectiligne.`,
  kneeAt: (k) =>
    `Coude${NB}: point ${k}, le plus éloigné de la droite qui joint les extrémités du front (les deux axes ramenés à [0, 1]).`,
  eachPoint: `Chaque point est le plan du scénario avec${NB}:`,
  proof: {
    proven: (of) => `moindre coût pour ${of}, prouvé`,
    notProven: (of) => `meilleur trouvé pour ${of}, non prouvé`,
    within: (gap, of) => `à ${gap}${NB}% au plus du moindre coût pour ${of}`,
  },
};
