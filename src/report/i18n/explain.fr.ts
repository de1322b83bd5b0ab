import type { ExplainWords } from './explain.en.js';
import { NB, periodFr, perPeriodFr } from '../../text/french.js';
import { ROW_KINDS, SCENARIO_RULES } from '../../model/ruleCatalogue.js';
import { EXPLAIN_FIELDS } from './explainFields.js';

/** Les mots de `bestshore explain` en français, clé pour clé comme explain.en.ts. */

// Les noms courts des règles, du catalogue des règles.
const { quality, capacity, 'social-clause': social } = ROW_KINDS;
const QUALITY = quality.name.fr;
const CAPACITY = capacity.name.fr;
const SOCIAL_CLAUSE = social.name.fr;
const ALLOW_LIST = SCENARIO_RULES['allow-list'].name.fr;
const RESIDENCY = SCENARIO_RULES.residency.name.fr;
// Les champs du scénario que nomment les phrases, du catalogue aussi.
const F = EXPLAIN_FIELDS;

export const EXPLAIN_FR: ExplainWords = {
  perPeriod: periodFr,
  line: (n) => `ligne ${n}`,
  defaultAt: (at) => `valeur par défaut${NB}; ${at}`,
  notPriced: (label) => `${label}${NB}: non chiffrée (le scénario sans elle n'a pas pu être résolu à temps)`,
  costsNothing: (label) => `${label} ne coûte rien${NB}: la lever ne baisserait pas le coût`,
  costs: (label, amount, per, share) => `${label} coûte ${amount}/${per} (+${share})`,
  between: (low, high) => `entre ${low} et ${high}`,
  atLeast: (low) => `au moins ${low}`,
  atMost: (high) => `au plus ${high}`,
  noSavingHead: 'Aucune économie trouvée',
  noSavingFound: (labels, high) =>
    `Aucune économie trouvée en replanifiant sans l'une d'elles, mais les écarts laissent place à ${high} au plus chacune${NB}: ${labels}`,
  costNothingHead: 'Ne coûtent rien',
  costNothing: (labels) => `Ne coûtent rien (en lever une seule ne baisserait pas le coût)${NB}: ${labels}`,
  listSep: `${NB}; `,
  onePercent: `1${NB}% de sa valeur`,
  moreHours: (a) => `une heure de plus pour l'activité ${a}`,
  moreCapacity: (c) => `une heure de ${CAPACITY} de plus en ${c}`,
  moreLanguageCapacity: (language, c) => `une heure de ${CAPACITY} ${language} de plus en ${c}`,
  raiseQuality: (a, step) => `relever de ${step} le ${QUALITY} de l'activité ${a}`,
  raiseMaxShare: (a, step) => `relever de ${step} ${F.maxShare} de l'activité ${a}`,
  raiseMinHomeShare: (a, step) => `relever de ${step} ${F.minHomeShare} de l'activité ${a}`,
  raiseGlobalMaxShare: (rule, step) => `relever de ${step} ${F.ruleMaxShare} de la règle ${rule} (tout son travail)`,
  raiseGlobalMinHomeShare: (rule, step) =>
    `relever de ${step} ${F.ruleMinHomeShare} de la règle ${rule} (tout son travail)`,
  raiseSocialClause: (step) => `relever de ${step} ${F.socialMinShare} de la ${SOCIAL_CLAUSE}`,
  raiseRule: (rule, step) => `relever de ${step} ${rule}`,
  costsVerb: 'coûte',
  savesVerb: 'fait économiser',
  holds: (from, to) => ` (valable de ${from} à ${to})`,
  used: (hours, share) => `retenu${NB}: ${hours} h (${share})`,
  closedBy: (by) => `site fermé par ${by}`,
  itsSiteRules: 'ses règles de site',
  excludedLanguage: (what, at) => `exclu${NB}: ne propose pas ${what ?? 'la langue'}${at}`,
  excludedAllowList: (list, at) => `exclu par la ${ALLOW_LIST} ${list}${at}`,
  excludedResidency: (rule, at) => `exclu par la ${RESIDENCY}${NB}: ${rule ?? 'classe de données'}${at}`,
  notUsed: 'non retenu',
  tie: `non retenu, mais aussi bon marché que les pays retenus à la marge (égalité${NB}: un autre plan optimal peut le retenir)`,
  cheaper: (by, target, rate, currency) =>
    `non retenu${NB}: entrerait dans le plan ${by}/h moins cher (sous ${target} au lieu de ${rate} ${currency}/h)`,
  treatAsNone: (a) => `traiter les données de l'activité ${a} comme data${NB}: none`,
  dropCoverage: (a) =>
    `supprimer la couverture horaire de l'activité ${a}${NB}: les mêmes heures, travaillées quand un pays travaille`,
  roundTheClock: (a) => `ouvrir les ${F.workingHours} de ${a} 24${NB}h/24`,
  everyShiftLength: (c) =>
    `autoriser en ${c} des vacations à temps plein de toute durée entière, de la plus courte à la plus longue`,
  lift: (rule) => `lever ${rule}`,
  allowCountry: (country, a) => `ajouter ${country} à la ${ALLOW_LIST} de l'activité ${a}`,
  signScc: (country, a) =>
    `signer des clauses contractuelles types avec ${country} (scc${NB}: true), pour que les données personnelles de l'activité ${a} puissent y aller`,
  lowerQuality: (a, from, to) => `baisser le ${QUALITY} de l'activité ${a} de ${from} à ${to}`,
  addCapacity: (delta, a, from, to) => `ajouter ${delta} h de ${CAPACITY} en ${a} (${from} → ${to} h)`,
  addLanguageCapacity: (delta, language, a, from, to) =>
    `ajouter ${delta} h de ${CAPACITY} ${language} en ${a} (${from} → ${to} h)`,
  raise: (owner, field, from, to) => `relever ${field}${owner === undefined ? '' : ` (${owner})`} de ${from} à ${to}`,
  lower: (owner, field, from, to) => `baisser ${field}${owner === undefined ? '' : ` (${owner})`} de ${from} à ${to}`,
  wayOut: (what, at, cost, per) => `${what} (${at})${NB}: un plan à ${cost}/${per}`,
  rulesTitle: "Ce que coûte chaque règle (l'économie si elle était levée, recalculée sans elle)",
  rulesTitleBounded: `Ce que coûte chaque règle (l'économie si elle était levée, recalculée sans elle${NB}; les plans ne sont prouvés qu'à leur écart près, d'où la fourchette de chaque économie)`,
  noRule: "le scénario n'a aucune règle à lever",
  fromHighs: 'valeurs duales et plages de validité de HiGHS',
  fromReplanned: `replanifié d'un pas de plus${NB}: un effectif en agents entiers n'a pas de prix dual`,
  fromEngine: 'valeurs duales du moteur',
  givenPlan: ', pour les sites et les effectifs de ce plan',
  noDuals: "le moteur n'a donné aucune valeur duale pour ce plan",
  marginalsTitle: (from) => `Valeurs marginales (${from})`,
  boundedNote: `${NB}; les plans ne sont prouvés qu'à leur écart près, d'où les fourchettes`,
  whyTitle: 'Pourquoi (pas) ce pays',
  liftAnyGives: "lever n'importe laquelle d'entre elles donne un plan",
  liftSomeNotEnough: (rules) =>
    `les autres levées, lever n'importe laquelle d'entre elles donne un plan${NB}; lever ${rules.join(' ou ')} seule ne suffit pas, d'autres règles sont aussi en conflit`,
  conflictTitle: (lifting) => `Ces règles ne peuvent pas tenir ensemble (un conflit minimal${NB}: ${lifting})`,
  tooManyRules: 'le scénario a trop de règles pour le filtre par suppression (une résolution par règle)',
  evenWithoutRules:
    'même sans aucune règle (seuils de qualité, parts, capacités, résidence des données, listes de pays autorisés), la demande ne peut pas être satisfaite',
  noMinimalTitle: "Aucun ensemble minimal de règles n'a pu être isolé",
  waysOutTitle: `Solutions (chacune change une règle${NB}; le plan le moins cher d'abord)`,
  noWayOut: "aucun changement d'une seule règle ne rétablit un plan",
  cheapestTitle: 'Solution la moins chère',
  diagnosisTitle: 'Diagnostic (tel que le donne bestshore plan)',
  noPlan: (name) => `${name}${NB}: aucun plan ne satisfait les contraintes`,
  whyPlan: (name) => `${name} — pourquoi ce plan`,
  optimalCost: (cost, period, engine) => `Coût optimal${NB}: ${cost} ${perPeriodFr(period)} (moteur${NB}: ${engine}).`,
  withinGap: (cost, period, engine, gap) =>
    `Coût du plan${NB}: ${cost} ${perPeriodFr(period)}, à ${gap} au plus de l'optimum, optimalité non prouvée (moteur${NB}: ${engine}).`,
  bestFound: (cost, period, engine) =>
    `Coût du plan${NB}: ${cost} ${perPeriodFr(period)}, meilleur plan trouvé, optimalité non prouvée (moteur${NB}: ${engine}).`,
};
