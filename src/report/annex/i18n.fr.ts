import type { DataClass } from '../../scenario/types.js';
import type { Messages, ProofScope } from './i18n.js';
import { maskGroups, slotGroups, weekText } from './week.js';
import { NB, periodFr, perPeriodFr } from '../../text/french.js';

/** The French annex: wording a bid team can paste into a French tender as is. */

const LANGUAGES: Readonly<Record<string, string>> = {
  fr: 'français',
  en: 'anglais',
  es: 'espagnol',
  de: 'allemand',
  it: 'italien',
  nl: 'néerlandais',
  pt: 'portugais',
  ar: 'arabe',
  ro: 'roumain',
  af: 'afrikaans',
  pl: 'polonais',
  tr: 'turc',
  ru: 'russe',
  zh: 'chinois',
  ja: 'japonais',
  el: 'grec',
  sv: 'suédois',
  da: 'danois',
  fi: 'finnois',
  no: 'norvégien',
  cs: 'tchèque',
  hu: 'hongrois',
  he: 'hébreu',
};
const languageName = (code: string): string => LANGUAGES[code] ?? code;

const DATA: Readonly<Record<DataClass, string>> = {
  personal: 'Données personnelles',
  health: 'Données de santé',
  public: 'Données du secteur public',
  none: 'Aucune donnée personnelle',
};
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const DAYS = ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'];
const ALL_WEEK = `24${NB}h/24, 7${NB}j/7`;
const LIST_SEP = `${NB}; `;

/** Ce que couvre la preuve pour les files d'appels. */
const queueScope = (s: ProofScope): string => {
  if (s.queues === undefined) return '';
  const patterns = s.patterns
    ? s.patterns.inPlay === s.patterns.kept
      ? `, dont les ${s.patterns.kept} sur ${s.patterns.total} que la borne linéaire laisse en jeu ont été explorés`
      : `, dont ${s.patterns.kept} des ${s.patterns.inPlay} ${s.patterns.total === s.patterns.inPlay ? '' : `(sur ${s.patterns.total}) `}que la borne laisse en jeu ont été explorés, les autres seulement bornés`
    : '';
  return s.queues === 'per_interval'
    ? `${NB}; les files d'appels sont dimensionnées en agents entiers, heure par heure, parmi les combinaisons d'effectifs que le modèle énumère${patterns}${NB}: la preuve porte sur ces combinaisons`
    : `${NB}; certaines files d'appels sont dimensionnées en moyenne sur la période${NB}: leurs objectifs de service sont tenus en moyenne, pas à chaque heure`;
};

export const FR: Messages = {
  tag: 'fr-FR',
  title: 'Annexe financière et organisationnelle',
  dateLine: (d) => `Date${NB}: ${d}`,
  periodNoun: periodFr,
  perPeriod: perPeriodFr,
  headings: {
    summary: 'Synthèse',
    allocation: 'Répartition par activité et par pays',
    countries: 'Sites et effectifs par pays',
    coverage: 'Couverture horaire',
    dataProtection: 'Protection des données',
    quality: 'Engagements de qualité',
    assumptions: 'Hypothèses',
  },
  countryName: (c) => c.nameFr,
  languageName,
  and: 'et',
  colon: `${NB}: `,
  fte: 'ETP',
  hourUnit: 'h',
  activity: 'Activité',
  country: 'Pays',
  hours: 'Heures',
  price: 'Prix',
  share: 'Part',
  sites: 'Sites',
  rate: 'Taux horaire',
  total: 'Total',
  subtotal: 'Sous-total',
  workTotal: 'Total des heures productives',
  siteCosts: 'Coûts de site et heures payées non affectées',
  figTotal: 'Prix total',
  figYear: (a) => `soit ${a} par an`,
  figSaving: (home) => `Économie par rapport à une production 100${NB}% ${home}`,
  figSavingNotional: (home) => `Écart avec le prix indicatif 100${NB}% ${home}`,
  figFte: 'Effectif',
  figSites: 'Sites de production',
  spread: (h, per, fte, sites, countries) =>
    `Le plan répartit ${h} heures productives ${per} (${fte}) sur ${sites} ${sites > 1 ? 'sites' : 'site'} de production, un par pays${NB}: ${countries}.`,
  savingFeasible: (home, homeCost, saving, pct, per) =>
    `Par rapport à une production 100${NB}% ${home} (${homeCost} ${per}), le plan permet une économie de ${saving} ${per}, soit ${pct}.`,
  noSaving: (home, homeCost) =>
    `Le plan ne procure aucune économie par rapport à une production 100${NB}% ${home} (${homeCost}).`,
  homeImpossible: (home) => `Une production 100${NB}% ${home} n'est pas possible${NB}:`,
  notional: (home, cost, saving, pct, per) =>
    `À titre indicatif, toutes les heures au taux horaire de ce pays (${home}) coûteraient ${cost} ${per}${NB}: le plan est inférieur de ${saving} (${pct}) à ce montant théorique.`,
  noComparison: (home) => `Aucun prix de référence 100${NB}% ${home} ne peut donc être calculé.`,
  homeReason: (r, f) => {
    switch (r.kind) {
      case 'missing-home':
        return `le pays d'origine ${r.home} ne figure pas dans le scénario`;
      case 'language':
        return `${r.activity}${NB}: ${languageName(r.language)} non proposé par ${r.home}`;
      case 'allow-list':
        return `${r.activity}${NB}: ${r.home} hors de la liste des pays autorisés pour l'activité`;
      case 'residency':
        return `${r.activity}${NB}: ${r.home} non autorisé pour des ${lower(DATA[r.data])}`;
      case 'quality':
        return `${r.activity}${NB}: qualité ${r.home} de ${f.percent(r.quality)}, sous le seuil de ${f.percent(r.floor)}`;
      case 'max-share':
        return `${r.activity}${NB}: au plus ${f.percent(r.share, 0)} de l'activité dans un même pays`;
      case 'min-countries':
        return `${r.activity}${NB}: au moins ${r.count} pays exigés`;
      case 'capacity':
        return `${r.home}${NB}: capacité de ${f.hours(r.capacity)} pour ${f.hours(r.hours)} à produire`;
      case 'language-capacity':
        return `${r.home}${NB}: capacité de ${f.hours(r.capacity)} en ${languageName(r.language)} pour ${f.hours(r.hours)} à produire`;
      case 'seats':
        return `${r.home}${NB}: ${f.num(r.seats, 0)} positions de travail, jusqu'à ${f.num(r.peak, 1)} agents simultanés nécessaires ${weekText(slotGroups(r.slots), DAYS, ALL_WEEK, LIST_SEP)} (fuseau ${r.timezone})`;
      case 'hours':
        return `${r.activity}${NB}: ${r.home} ne travaille pas ${weekText(slotGroups(r.slots), DAYS, ALL_WEEK, LIST_SEP)} (fuseau ${r.timezone})${NB}; ses horaires${NB}: ${weekText(maskGroups(r.working), DAYS, ALL_WEEK, LIST_SEP)}, heure locale`;
    }
  },
  proven: (method, scope) =>
    `Ce plan est le moins coûteux de ceux que permet le modèle du scénario (résidence des données, langues, qualité, capacités${method === 'mip' ? ', effectifs entiers ou sites' : ''})${NB}: optimalité prouvée ${method === 'mip' ? 'par séparation et évaluation pour les choix en nombres entiers et par une borne duale pour les heures' : 'par une borne duale'}${queueScope(scope)}. Chaque règle a été revérifiée indépendamment du solveur.`,
  notProven: (gap, scope) =>
    `Chaque règle du scénario a été revérifiée indépendamment du solveur${NB}; l'optimalité du plan n'a toutefois pas pu être prouvée${gap === undefined ? '' : `${NB}: son coût dépasse d'au plus ${gap} celui du plan le moins coûteux du modèle`}${queueScope(scope)}.`,
  allocationIntro: (per) =>
    `Heures productives, effectifs en équivalents temps plein (ETP) et prix ${per}, par activité et par pays. La part est la fraction des heures de l'activité confiée à chaque pays.`,
  countriesIntro:
    'Un site de production par pays retenu. Le prix de chaque pays est le produit de ses heures productives par son taux horaire.',
  countriesIntroFixed:
    'Un site de production par pays retenu. Le prix de chaque pays comprend ses heures productives au taux horaire et, le cas échéant, les majorations (nuit, dimanche), les coûts fixes du site et les heures payées non affectées.',
  chartCost: (currency, per) => `Prix par pays (${currency} ${per})`,
  chartFte: 'Effectif par pays (ETP)',
  days: DAYS,
  allWeek: ALL_WEEK,
  listSep: LIST_SEP,
  coverageIntro: (tz, week) =>
    `Heures d'ouverture de chaque activité soumise à une couverture horaire et pays qui répondent à chaque heure de la semaine type du ${week}. Les heures sont données dans le fuseau horaire des clients (${tz}).`,
  openLabel: "Heures d'ouverture",
  daysLabel: 'Jours',
  answeringLabel: 'Pays qui répondent',
  runText: (hours, who) => `${hours}${NB}: ${who}`,
  thin: (n) => (n === '1' ? "moins d'un agent à la fois" : `moins de ${n}${NB}agents à la fois`),
  nobody: 'personne',
  agents: (n, f) => `${f.num(n, 1)}${NB}${n < 2 ? 'agent' : 'agents'}`,
  heatCaption: (activity, open) => `${activity} — ${open}`,
  cellTitle: (day, hours, who) => `${day} ${hours}${NB}: ${who}`,
  legendShared: `Heure partagée (bande de droite${NB}: les autres pays)`,
  legendClosed: 'Fermé',
  legendCodes: (example) =>
    `${example}${NB}: pays qui répondent, celui qui compte le plus d'agents en premier (couleur de la case)`,
  legendClosedGrey: `gris${NB}: fermé`,
  legendNobody: 'Ouvert, personne pour répondre',
  premiumsPaid: (total, per, pct, byCountry) =>
    `Majorations de nuit et du dimanche payées${NB}: ${total} ${per}, soit ${pct} du prix total (${byCountry}), comprises dans les prix ci-dessus. Les taux de majoration et les heures de nuit de chaque pays figurent dans les hypothèses.`,
  noPremiums: "Aucune majoration de nuit ou de dimanche n'est payée.",
  dataIntro: `Chaque activité n'est confiée qu'à des pays où ses données peuvent être traitées conformément au règlement général sur la protection des données (RGPD, règlement (UE) 2016/679). Le tableau donne, pour chaque activité et chaque pays retenu, la base juridique du traitement.`,
  dataClassLabel: 'Données',
  legalBasisLabel: 'Base juridique',
  dataClass: (d) => DATA[d],
  dataRule: (d, home) => {
    switch (d) {
      case 'personal':
        return `Données personnelles${NB}: pays de l'Union européenne ou de l'Espace économique européen (EEE), pays couverts par une décision d'adéquation, ou pays avec lesquels des clauses contractuelles types ont été signées.`;
      case 'health':
        return `Données de santé${NB}: pays de l'Union européenne ou de l'EEE uniquement.`;
      case 'public':
        return `Données du secteur public${NB}: traitement dans le pays d'origine (${home}) uniquement, selon la politique de l'acheteur.`;
      case 'none':
        return `Aucune donnée personnelle${NB}: pas de restriction de localisation.`;
    }
  },
  rulesTitle: 'Règles de localisation appliquées',
  basesTitle: 'Bases juridiques',
  basisShort: (b) => {
    switch (b) {
      case 'EU':
        return 'UE / EEE';
      case 'adequacy':
        return "Décision d'adéquation";
      case 'SCC':
        return 'Clauses contractuelles types (décision 2021/914)';
      case 'home':
        return "Pays d'origine";
      case 'no personal data':
        return 'Sans objet (aucune donnée personnelle)';
    }
  },
  basisLong: (b) => {
    switch (b) {
      case 'EU':
        return `UE / EEE${NB}: le RGPD s'applique directement${NB}; les données restent dans l'Espace économique européen, aucun transfert n'a lieu.`;
      case 'adequacy':
        return `Décision d'adéquation${NB}: la Commission européenne a reconnu que le pays assure un niveau de protection adéquat (article 45 du RGPD)${NB}; les données y circulent comme au sein de l'Union.`;
      case 'SCC':
        return `Clauses contractuelles types (CCT)${NB}: le transfert hors de l'EEE est encadré par les clauses contractuelles types adoptées par la décision d'exécution (UE) 2021/914 de la Commission du 4 juin 2021 (article 46 du RGPD), signées avec le prestataire et complétées d'une analyse d'impact du transfert.`;
      case 'home':
        return `Pays d'origine${NB}: les données du secteur public sont traitées dans le pays d'origine uniquement.`;
      case 'no personal data':
        return `Sans objet${NB}: l'activité ne traite aucune donnée personnelle${NB}; le RGPD n'impose aucune restriction de localisation.`;
    }
  },
  qualityIntro: `Qualité moyenne de chaque activité, pondérée par les heures confiées à chaque pays, comparée au seuil minimal exigé. Les scores de qualité par pays et par langue sont ceux du scénario (de 0 à 100${NB}%).`,
  languageLabel: 'Langue',
  floor: 'Seuil minimal',
  planned: 'Qualité prévue',
  margin: 'Marge',
  pointUnit: 'pt',
  status: 'Statut',
  met: 'Respecté',
  notMet: 'Non respecté',
  noFloor: 'Sans seuil',
  assumptionsIntro: 'Hypothèses de calcul retenues pour cette annexe.',
  weekLabel: 'Durée hebdomadaire',
  hoursPerFteLabel: (per) => `Heures productives par ETP (${per})`,
  sourceLabel: 'Origine',
  fromScenario: 'Fixé par le scénario',
  fromDefault: (week, weeks, shrinkage) => `${week} × ${weeks}${NB}sem. × (1${NB}−${NB}${shrinkage})`,
  notUsed: 'non retenu',
  periodLine: (noun, weeks) =>
    `Période${NB}: les heures, effectifs et prix sont exprimés par ${noun}${weeks === undefined ? '' : ` (${weeks} semaines)`}.`,
  shrinkageLine: (pct) =>
    `Temps non productif (pauses, formation, absences)${NB}: ${pct} du temps de travail${NB}; il réduit les heures productives d'un ETP lorsque le scénario ne les fixe pas.`,
  priceLine: (currency) =>
    `Prix${NB}: heures productives × taux horaire du pays (coût complet d'une heure productive, en ${currency}).`,
  priceLineFixed: (currency) =>
    `Prix${NB}: heures productives × taux horaire du pays (coût complet d'une heure productive, en ${currency}), plus, le cas échéant, les majorations (nuit, dimanche), les coûts fixes des sites ouverts et les heures payées non affectées.`,
  fteLine: `ETP${NB}: heures productives ÷ heures productives d'un ETP dans le pays.`,
  optimisedLine: (method) =>
    `Répartition${NB}: programme linéaire${method === 'mip' ? ' en nombres entiers' : ''} qui minimise le prix total sous les contraintes de résidence des données, de langue, de qualité, de capacité et de répartition du scénario.`,
  timingTitle: 'Horaires et majorations',
  timingIntro: `Heures de travail et heures de nuit de chaque pays, en heure locale. Une heure travaillée la nuit ou le dimanche (heure locale) est payée au taux horaire majoré${NB}; les deux majorations se cumulent. Elles ne concernent que les activités soumises à une couverture horaire.`,
  timezoneLabel: 'Fuseau horaire',
  workingLabel: 'Heures de travail',
  nightLabel: 'Heures de nuit',
  nightPremiumLabel: 'Majoration de nuit',
  sundayPremiumLabel: 'Majoration du dimanche',
  timingLine: (week, tz, weeks) =>
    `Couverture horaire${NB}: plan établi heure par heure sur la semaine type du ${week}, à l'heure des clients (${tz})${NB}; les agents à la fois sont les heures productives d'une heure de la semaine ÷ ${weeks}${NB}semaines.`,
};
