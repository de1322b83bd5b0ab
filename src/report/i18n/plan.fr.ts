import type { PlanWords } from './plan.en.js';
import { NB, perPeriodFr } from '../../text/french.js';

/** Les mots des rapports du plan (tableau, Markdown, CSV, classeur) en français, clé pour clé comme plan.en.ts. */

const per = perPeriodFr;

export const PLAN_FR: PlanWords = {
  per,
  total: 'Total',
  allocationTitle: (period) => `Répartition (${per(period)})`,
  countriesTitle: 'Par pays',
  activitiesTitle: 'Activités',
  contactsPerInterval:
    'Contacts (chaque pays dimensionné comme sa propre file, en agents entiers, objectifs tenus à chaque heure)',
  contactsAverage: `Contacts (chaque pays dimensionné comme sa propre file${NB}; certaines files dimensionnées sur la moyenne de la période${NB}: objectifs tenus en moyenne, pas à chaque heure)`,
  rotaTitle: (timezone) =>
    `Planning des vacations (agents prenant chaque vacation, chaque semaine${NB}; heure de ${timezone})`,
  esgTitle: (period) => `RSE (${per(period)}${NB}; les heures télétravaillées restent dans leur pays)`,
  coverageOf: (activity) => `Couverture de ${activity}`,
  activity: 'Activité',
  country: 'Pays',
  hours: 'Heures',
  fte: 'ETP',
  fteWhole: 'ETP (entiers)',
  cost: (currency) => `Coût ${currency}`,
  perHour: (currency) => `${currency}/h`,
  fixed: (currency) => `Fixe ${currency}`,
  quality: 'Qualité',
  legalBasis: 'Base légale',
  shareOfCost: 'Part du coût',
  language: 'Langue',
  data: 'Données',
  floor: 'Seuil',
  contacts: 'Contacts',
  ahtS: 'DMT s',
  peakAgents: 'Agents en pointe',
  agentHours: 'Heures agent',
  scheduledFte: 'ETP planifiés',
  serviceLevel: 'Taux de service',
  worstHour: 'Pire heure',
  asaS: 'Délai de réponse s',
  worstAsaS: 'Pire délai s',
  occupancy: 'Occupation',
  skillGroup: 'Groupe de compétences',
  shift: 'Vacation',
  partTime: ' (temps partiel)',
  telework: 'Télétravail',
  tonnesPer: (period) => `tCO2e ${per(period)}`,
  tonnesYear: 'tCO2e par an',
  days: ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'],
  basis: {
    EU: 'UE',
    adequacy: 'adéquation',
    SCC: 'CCT',
    home: "pays d'origine",
    'no personal data': 'aucune donnée personnelle',
  },
  dataClass: { personal: 'personnelles', health: 'santé', public: 'secteur public', none: 'aucune' },
  optimalPlan: 'plan optimal',
  planNotProven: 'plan (optimalité non prouvée)',
  bestFound: 'meilleur plan trouvé dans le temps imparti',
  totalLine: (cost, period, hours, fte, countries) =>
    `Total${NB}: ${cost} ${per(period)} pour ${hours} h (${fte} ETP) dans ${countries} pays.`,
  saving: (home, saving, period, pct, homeCost) =>
    `Économie par rapport à une production 100${NB}% ${home}${NB}: ${saving} ${per(period)} (${pct} de ${homeCost}).`,
  noSaving: (home, homeCost) =>
    `Aucune économie par rapport à une production 100${NB}% ${home} (${homeCost})${NB}: le plan est entièrement ${home}.`,
  homeImpossible: (home, reasons) => `Une production 100${NB}% ${home} est impossible${NB}: ${reasons}.`,
  reasonSep: `${NB}; `,
  notional: (home, cost, below, pct) =>
    `Au taux horaire de ${home}, toutes les heures coûteraient ${cost}${NB}: ce plan est inférieur de ${below} (${pct}) à ce montant théorique.`,
  sites: `Sites${NB}:`,
  pooling: (extra, period, cost) =>
    `Coût de la mutualisation perdue${NB}: les heures partagées entre pays demandent ${extra} heures agent de plus ${per(period)} qu'une seule file sur ces heures (${cost}, inclus ci-dessus).`,
  noPooling: `Coût de la mutualisation perdue${NB}: aucun — aucune heure d'une file ne demande plus d'agents qu'une seule file.`,
  shifts: (paid, period, idle, pct, cost) =>
    `Vacations${NB}: ${paid} heures payées ${per(period)}, dont ${idle} (${pct}) inoccupées dans les vacations (${cost} aux taux des pays, inclus ci-dessus).`,
  premiums: (total, period, byCountry) =>
    `Majorations de nuit et du dimanche${NB}: ${total} ${per(period)} (${byCountry}), incluses dans les coûts ci-dessus.`,
  legend: (timezone, thin) =>
    `Heures de ${timezone}${NB}; chaque case donne les pays qui répondent, le plus d'heures d'abord. · non couvert, * moins de ${thin} agent à la fois, !! personne.`,
  carbonCap: (tonnes, period, cap, capTonnes, capPer) =>
    `Plafond carbone${NB}: ${tonnes} tCO2e ${per(period)} pour un plafond de ${cap} (${capTonnes} t ${per(capPer)}).`,
  carbonPrice: (price, without, carbon, withIt, period) =>
    `Prix du carbone ${price}/tCO2e${NB}: coût sans le prix du carbone ${without}, carbone ${carbon}, avec ${withIt} ${per(period)} (le plan minimise le coût carbone compris).`,
  social: (hours, period, pct, home, homeHours) =>
    `Clause sociale${NB}: ${hours} h ${per(period)} (${pct} de toutes les heures) par des personnes en insertion en ${home}, sur ses ${homeHours} h.`,
  siteFixed: (cost) => `coût fixe ${cost}`,
  siteMin: (hours) => `minimum ${hours} h`,
  siteForced: (country, open, terms) =>
    `${country}${NB}: ${open ? 'ouvert' : 'fermé'} comme le scénario l'impose (open${NB}: ${open})${terms ? `${NB}; ${terms}` : ''}.`,
  siteOpenFree: (country, hours) => `${country}${NB}: ouvert — ${hours} h (ni coût fixe ni volume minimum).`,
  siteOpen: (country, hours, terms) =>
    `${country}${NB}: ouvert — ${hours} h (${terms})${NB}: son taux plus bas compense ce que coûte son ouverture.`,
  siteClosed: (country, terms) =>
    `${country}${NB}: fermé — l'ouvrir ne baisserait pas le total${terms ? ` (${terms})` : ''}.`,
  queuesWhole: ` Files${NB}: agents entiers tenant chaque objectif à chaque heure.`,
  queuesAverage: ` Files${NB}: effectifs moyennés sur la période (objectifs tenus en moyenne, pas à chaque heure).`,
  gap: (g) => `${g}${NB}%`,
  dualProven: (gap, engine) =>
    `Optimal${NB}: prouvé par une borne duale (écart ${gap}), vérifié règle par règle (moteur${NB}: ${engine}).`,
  dualNotProven: (gap, engine) =>
    `Vérifié règle par règle (moteur${NB}: ${engine})${NB}; à ${gap} au plus de la borne duale, optimalité non prouvée.`,
  mipOptimal: 'Optimal',
  mipNotProven: 'Optimalité non prouvée',
  mipBestFound: 'Meilleur plan trouvé dans le temps imparti',
  decisions: {
    queues: 'effectifs des files en agents entiers',
    rota: 'planning des vacations en agents entiers',
    sites: 'choix des sites',
    wholeFte: 'ETP entiers',
    none: 'choix en nombres entiers',
  },
  patternsSearched: (kept, total) => `les ${kept} des ${total}`,
  patternsPartly: (kept, inPlay, total) =>
    inPlay === total ? `${kept} des ${inPlay}` : `${kept} des ${inPlay} (sur ${total})`,
  pricedWhole: (searched, bound, lp) =>
    ` sur ${searched} profils d'effectifs que laisse en jeu la borne heure par heure en agents entiers (${bound}${NB}; borne linéaire ${lp})`,
  pricedLp: (searched, bound) => ` sur ${searched} profils d'effectifs que laisse en jeu la borne linéaire (${bound})`,
  gapNotReported: 'non communiqué',
  mip: (head, decisions, priced, mipGap, gap, engine) =>
    `${head}${NB}: ${decisions} par séparation et évaluation${priced} (écart ${mipGap}), heures prouvées optimales pour ces choix par une borne duale (écart ${gap})${NB}; vérifié règle par règle (moteur${NB}: ${engine}).`,
  noProof: (engine, reason) =>
    `Vérifié règle par règle (moteur${NB}: ${engine})${NB}; optimalité non prouvée${NB}: ${reason}.`,
  noPlan: (name) => `${name}${NB}: aucun plan ne satisfait les contraintes.`,
  csvHeader: (currency) => ['activité', 'pays', 'heures', 'etp', `coût_${currency}`, 'qualité', 'base_légale'],
  csvInfeasibleHeader: ['statut', 'règle', 'activités', 'message', 'chemin', 'ligne'],
  csvInfeasible: 'impossible',
};
