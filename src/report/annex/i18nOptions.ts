import type { Lang } from './i18n.js';

/** The words of the annex's options section (internal edition), French and English. */
export type OptionsMessages = {
  readonly heading: string;
  readonly alternativesHead: string;
  readonly alternativesIntro: (count: string, slack: string, budget: string) => string;
  readonly noAlternative: (slack: string) => string;
  readonly frontHead: (objective: string) => string;
  readonly frontIntro: (objective: string, points: string) => string;
  readonly knee: (point: string) => string;
  readonly noKnee: string;
  readonly proven: string;
  readonly notProven: (which: string) => string;
  readonly plan: string;
  readonly optimum: string;
  readonly cost: string;
  readonly above: string;
  readonly countries: string;
  readonly homeShare: string;
  readonly differs: string;
  readonly point: string;
  readonly drops: (cs: string) => string;
  readonly adds: (cs: string) => string;
  readonly moved: (share: string) => string;
  readonly leaves: (activity: string, countries: string) => string;
  readonly enters: (activity: string, countries: string) => string;
  readonly moreMoves: (count: string) => string;
  readonly howTo: string;
};

const FR: OptionsMessages = {
  heading: 'Options et arbitrages',
  alternativesHead: 'Variantes proches de l’optimum',
  alternativesIntro: (count, slack, budget) =>
    `${count} plans coûtant au plus ${slack} de plus que l’optimum (budget ${budget}) et aussi différents de lui que possible : plus de travail dans le pays d’origine, moins dans le premier pays offshore, d’autres couples activité–pays. Chacun est planifié, prouvé et vérifié comme l’optimum.`,
  noAlternative: (slack) => `Aucun plan à ${slack} de l’optimum n’en diffère : élargir la marge.`,
  frontHead: (objective) => `Coût selon ${objective}`,
  frontIntro: (objective, points) =>
    `Le plan au moindre coût pour chaque niveau de ${objective} (méthode ε-contrainte) : ${points} points, chacun planifié, prouvé et vérifié. Le coût ne baisse jamais quand l’objectif s’améliore.`,
  knee: (point) =>
    `Le coude est le point ${point} : le plus éloigné de la droite entre les deux extrémités du front (axes ramenés à [0, 1]) ; au-delà, chaque gain coûte plus cher.`,
  noKnee: 'Pas de coude : moins de trois points ou un front droit.',
  proven: 'Chaque plan est le moins cher pour sa contrainte, prouvé.',
  notProven: (which) => `Non prouvés au moindre coût (arrêtés à l’écart toléré) : ${which}.`,
  plan: 'Plan',
  optimum: 'Optimum',
  cost: 'Coût',
  above: 'Surcoût',
  countries: 'Pays',
  homeShare: 'Part onshore',
  differs: 'Ce qui change',
  point: 'Point',
  drops: (cs) => `abandonne ${cs}`,
  adds: (cs) => `ajoute ${cs}`,
  moved: (share) => `${share} des heures déplacées`,
  leaves: (activity, countries) => `${activity} quitte ${countries}`,
  enters: (activity, countries) => `${activity} aussi en ${countries}`,
  moreMoves: (count) => `${count} autres mouvements d’activités`,
  howTo:
    'Chaque plan se reproduit avec bestshore plan et les options --set que donnent bestshore alternatives et bestshore pareto.',
};

const EN: OptionsMessages = {
  heading: 'Options and trade-offs',
  alternativesHead: 'Near-optimal alternatives',
  alternativesIntro: (count, slack, budget) =>
    `${count} plans costing at most ${slack} more than the optimum (budget ${budget}) that differ from it as much as possible: more work at home, less in the largest offshore country, other activity–country pairs. Each is planned, proven and verified like the optimum.`,
  noAlternative: (slack) => `No plan within ${slack} of the optimum differs from it: widen the slack.`,
  frontHead: (objective) => `Cost against ${objective}`,
  frontIntro: (objective, points) =>
    `The least-cost plan for each level of ${objective} (ε-constraint method): ${points} points, each planned, proven and verified. The cost never falls as the objective improves.`,
  knee: (point) =>
    `The knee is point ${point}: the farthest from the straight line between the front's two ends (both axes scaled to [0, 1]); past it, each gain costs more.`,
  noKnee: 'No knee: fewer than three points, or a straight front.',
  proven: 'Each plan is the least-cost plan for its constraint, proven.',
  notProven: (which) => `Not proven least-cost (stopped at the gap allowed): ${which}.`,
  plan: 'Plan',
  optimum: 'Optimum',
  cost: 'Cost',
  above: 'Above',
  countries: 'Countries',
  homeShare: 'Home share',
  differs: 'How it differs',
  point: 'Point',
  drops: (cs) => `drops ${cs}`,
  adds: (cs) => `adds ${cs}`,
  moved: (share) => `${share} of the hours moved`,
  leaves: (activity, countries) => `${activity} leaves ${countries}`,
  enters: (activity, countries) => `${activity} in ${countries} too`,
  moreMoves: (count) => `${count} more activity moves`,
  howTo:
    'Each plan is reproduced by bestshore plan with the --set options that bestshore alternatives and bestshore pareto print.',
};

export const optionsMessages = (lang: Lang): OptionsMessages => (lang === 'fr' ? FR : EN);
