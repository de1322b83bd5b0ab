import type { RoadmapWords } from './roadmap.en.js';
import { NB } from '../../text/french.js';
import { roadmapFindingFr } from './roadmapFindings.fr.js';

/** Les mots de `roadmap` en français, clé pour clé comme roadmap.en.ts. */

const mois = (n: number): string => `${n}${NB}mois`;

/** Les termes tels que l'étape roadmap les écrit (`15 a month`, `2 months`, `50%, 80%`, `no release (…)`). */
const written = (text: string): string =>
  text
    .replace(/^(\S+) a month$/, `$1 par mois`)
    .replace(/^(\S+) months$/, `$1${NB}mois`)
    .replace(
      /^no release \(lifted: release_cost (\S+) an agent\)$/,
      `aucun départ (levé${NB}: release_cost $1 par agent)`,
    )
    .replace(/(\d)%/g, `$1${NB}%`);

/** Les phrases d'approximation de l'étape roadmap (src/roadmap/approximations.ts), en français. */
function approximation(text: string): string {
  if (text.startsWith('FTE are continuous'))
    return 'Les ETP sont continus (un mois peut compter 12,4 agents)\u00a0; l’attrition touche les nouveaux agents au même taux que les autres';
  const queues = /^queues \((.*?)\): each month needs/.exec(text);
  if (queues)
    return `files d’attente (${queues[1] ?? ''})${NB}: chaque mois demande les heures Erlang de son volume en file unique, réparties sur les heures d’ouverture comme des heures de travail${NB}; les agents en plus quand une file est partagée entre pays sont laissés de côté (bestshore plan les chiffre pour un mois)`;
  if (text.startsWith('opening hours are planned hour by hour'))
    return `les heures d’ouverture sont planifiées heure par heure${NB}; le planning des vacations (agents entiers, heures de vacation non travaillées payées) est laissé à bestshore plan`;
  if (text === 'each month is the reference week repeated over the weeks of a month')
    return 'chaque mois est la semaine de référence répétée sur les semaines du mois';
  return text;
}

export const ROADMAP_FR: RoadmapWords = {
  month: 'Mois',
  ftePool: (pool) => `ETP ${pool}`,
  hires: 'Embauches',
  oneOff: 'Ponctuel',
  cost: 'Coût',
  cumSaving: 'Économie cumulée',
  everyThird: (months) =>
    `(un mois sur trois et chaque mois avec un transfert${NB}; --format csv donne les ${months}${NB}mois)`,
  npv: (amount, months, start, rate) =>
    `VAN de la feuille de route${NB}: ${amount} sur ${mois(months)} à partir de ${start} (actualisation ${rate} par an)`,
  asIs: (amount, saving, delta) =>
    `VAN de la situation actuelle prolongée${NB}: ${amount}${NB}; ${saving ? 'économie' : 'surcoût'}${NB}: ${delta}`,
  payback: (month, t) =>
    `Retour sur investissement${NB}: ${month} (mois ${t}), point mort à partir duquel l’économie de trésorerie cumulée reste positive`,
  noPayback: `Retour sur investissement${NB}: pas de point mort dans l’horizon`,
  noAsIs: (why) => `Pas de comparaison avec la situation actuelle${NB}: ${why}`,
  peak: (amount, month, all) =>
    `Pic de dépenses ponctuelles${NB}: ${amount} en ${month}${NB}; dépenses ponctuelles en tout${NB}: ${all}`,
  shock: (v) => `choc ${v}`,
  drift: (v) => `dérive ${v} par an`,
  rate: (currency, pools, rate, base, start, first, last) =>
    `Taux de change ${currency} (${pools})${NB}: ${rate} = 1 ${base} tel qu’écrit${NB}; appliqué ${first} en ${start} → ${last} le dernier mois`,
  amountsIn: (currency) => `montants en ${currency}`,
  fte: 'ETP',
  cash: 'trésorerie',
  cashLine: (end, currency) => `économie cumulée par rapport à l’existant, ${end} ${currency} à la fin`,
  inPool: (pool) => (pool === undefined ? 'dans l’équipe interne' : `en ${pool}`),
  rule: {
    hiring_per_month: (w, inPool) => `la limite d’embauches de ${w} ${inPool}`,
    lead_months: (w, inPool) => `le délai de recrutement de ${w} ${inPool}`,
    ramp: (w, inPool) => `la montée en compétence (${w}) ${inPool}`,
    can_release: (w, inPool) => w.replace('aucun départ', `aucun départ ${inPool}`),
  },
  written,
  delays: (months) => ` retarde le point mort de ${mois(months)} et`,
  brings: (months) => ` avance le point mort de ${mois(months)} et`,
  costs: (rule, delay, amount) => `- ${rule}${delay} coûte ${amount} de VAN`,
  termsTitle: 'Ce que coûtent les conditions de transition (chacune levée à son tour)',
  noTerms:
    '- aucune limite d’embauches, aucun délai, aucune montée en compétence ni interdiction de départ dans l’horizon',
  noTransfer: `Aucun transfert${NB}: chaque activité reste là où elle est assurée aujourd’hui.`,
  transfer: (month, activity, starts, pool) => `${month}  ${activity} ${starts ? 'démarre en' : 'quitte'} ${pool}`,
  noRoadmap: (name) => `${name} — aucune feuille de route`,
  notProven: 'optimalité non prouvée',
  proven: (gap) => `optimalité prouvée (écart ${gap}${NB}%)`,
  title: (name, start, months, status) => `${name} — feuille de route ${start}, ${mois(months)} — ${status}`,
  status: { optimal: 'optimale', feasible: 'réalisable' },
  ftePerPool: 'ETP par équipe et trésorerie cumulée',
  monthByMonth: (currency) => `Mois par mois (${currency})`,
  transfers: 'Transferts',
  approximations: 'Approximations',
  approximation,
  finding: roadmapFindingFr,
  verified: (optimal, proof, engine, vars, rows, integers) =>
    `${optimal ? 'Optimale' : 'Réalisable'}${NB}: ${proof}, chaque mois vérifié par rapport à chaque règle, flux d’effectifs et VAN recalculés (moteur${NB}: ${engine}${NB}; ${vars} variables, ${rows} lignes, ${integers} entières).`,
  svg: {
    title: (name, start, months) => `${name}${NB}: feuille de route ${start}, ${mois(months)}`,
    noRoadmap: (name) => `${name}${NB}: aucune feuille de route`,
    saving: 'économie',
    roadmap: 'feuille de route',
    payback: (month) => `, point mort ${month}`,
    savingPanel: (currency, payback) => `Économie cumulée par rapport à la situation actuelle (${currency}${payback})`,
    cashPanel: (currency) => `Trésorerie cumulée (${currency})`,
    ftePanel: 'ETP par équipe',
    rate: (currency, pools, first, last, base) =>
      `${currency} (${pools})${NB}: ${first} → ${last} pour 1 ${base}, du premier au dernier mois`,
  },
};
