import type { ErlangWords } from './erlang.en.js';
import { NB } from '../../text/french.js';

/** Les mots du tableau de `bestshore erlang` en français, clé pour clé comme erlang.en.ts. */

export const ERLANG_FR: ErlangWords = {
  target: {
    service_level: 'le taux de service',
    asa: "l'objectif de délai de réponse",
    p_wait: "l'objectif de P(attente)",
    occupancy: "le plafond d'occupation",
  },
  and: ' et ',
  missed: ' — manqué',
  met: ' — tenu',
  agentsNeeded: 'Agents nécessaires',
  agents: 'Agents',
  given: 'imposé',
  slTarget: (target, byDefault) => `${NB}; objectif ${target}${byDefault ? ' (par défaut)' : ''}`,
  serviceLevel: 'Taux de service',
  answeredWithin: (s) => `décrochés en ${s} s`,
  pWait: 'P(attente)',
  queue: "contacts mis en file d'attente",
  atMost: (target) => `${NB}; objectif ≤ ${target}`,
  pAbandon: 'P(abandon)',
  hangUp: (s) => `raccrochent après ${s} s en moyenne`,
  asa: 'Délai de réponse',
  meanWait: 'attente moyenne des contacts décrochés',
  occupancy: 'Occupation',
  cap: (share) => `plafond ${share}`,
  scheduled: 'Effectif planifié',
  shrinkage: (share) => `${share} de temps hors production`,
  head: ['Mesure', 'Valeur', 'Remarque'],
  erlangA: (s) => `Erlang A (les appelants raccrochent après ${s} s en moyenne)`,
  erlangC: 'Erlang C (personne ne raccroche)',
  traffic: (volume, minutes, aht, erlangs) =>
    `${volume} contacts par ${minutes} min × DMT ${aht} s = ${erlangs} Erlangs`,
  titleNeeded: 'agents nécessaires',
  titleGiven: (n) => `${n} agents`,
  unstable: (agents, erlangs) =>
    `Instable${NB}: ${agents} agents pour ${erlangs} Erlangs — chaque contact attend et la file grandit sans limite.`,
  noTraffic: 'aucun trafic',
  smallestStable: 'le plus petit effectif stable',
  setBy: (by) => `fixé par ${by}`,
  reach: (n, sl) => `${NB}: ${n} atteignent ${sl}`,
  giveAsa: (n, asa) => `${NB}: ${n} donnent un délai de réponse de ${asa}`,
  givePWait: (n, p) => `${NB}: ${n} donnent P(attente) ${p}`,
};
