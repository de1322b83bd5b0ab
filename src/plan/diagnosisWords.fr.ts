import type { DataClass } from '../scenario/types.js';
import type { DiagnosisWords } from './diagnosisWords.en.js';
import { hours, joinPhrases, phrase } from './numberWords.js';
import { NB, perPeriodFr } from '../text/french.js';

/** Le diagnostic d'un scénario sans plan, en français, clé pour clé comme diagnosisWords.en.ts. */

const pct = (k: number): string => `${String(Math.round(k * 1000) / 10).replace('.', ',')}${NB}%`;
const t3 = (n: number): string => String(Math.round(n * 1000) / 1000).replace('.', ',');
const list = (items: readonly string[]): string => (items.length === 0 ? 'aucun' : items.join(' + '));
/** « seul FR peut » / « seuls FR + RO peuvent ». */
const only = (codes: readonly string[], one: string, many: string): string =>
  codes.length === 1 ? `seul ${list(codes)} ${one}` : `seuls ${list(codes)} ${many}`;
const quote = (s: string): string => `«${NB}${s}${NB}»`;
const DATA: Readonly<Record<DataClass, string>> = {
  none: 'aucune donnée personnelle',
  personal: 'personnelles',
  health: 'santé',
  public: 'secteur public',
};
const per = perPeriodFr;

export const DIAGNOSIS_FR: DiagnosisWords = {
  list,
  residencyRule: (data, home) =>
    ({
      none: `tout pays (${DATA.none})`,
      personal: `les pays UE/EEE, à décision d'adéquation ou sous CCT (données${NB}: personnelles)`,
      health: `les pays UE/EEE (données${NB}: santé)`,
      public: `${home} seulement (données${NB}: secteur public)`,
    })[data],
  onlyOffer: (codes, language) => `${only(codes, 'propose', 'proposent')} ${quote(language)}`,
  allowListExcludes: (allowList, codes) => `la liste de pays autorisés [${allowList.join(', ')}] exclut ${list(codes)}`,
  residencyExcludes: (rule, codes) => `la résidence des données autorise ${rule}, ce qui exclut ${list(codes)}`,
  noCountry: (id, parts) => [`aucun pays ne peut produire ${id}${NB}: ${parts.join(`${NB}; `)}`],
  confinedBy: (allowList, data, language) =>
    allowList
      ? `liste de pays autorisés, langue ${language}`
      : data === 'none'
        ? `langue ${language}`
        : `données${NB}: ${DATA[data]}, langue ${language}`,
  capacity: (ids, need, codes, why, language, have) =>
    phrase`${ids.join(', ')} ${ids.length === 1 ? 'demande' : 'demandent'} ${hours(need)} dans ${list(codes)}${why ? ` (${why})` : ''}${NB}; la capacité ${language === undefined ? '' : `${quote(language)} `}de ${list(codes)} est de ${hours(have)}`,
  maxShare: (id, share, codes, total) =>
    phrase`${id}${NB}: max_share ${String(share)} avec ${codes.length} pays autorisé${codes.length === 1 ? '' : 's'} (${list(codes)}) couvre au plus ${Math.round(codes.length * share * 100)}${NB}% de ses ${hours(total)}`,
  qualityUpTo: (code, quality, h) => phrase`${code} ${quality} jusqu'à ${hours(h)}`,
  quality: (id, floor, best, total, used) =>
    phrase`${id} demande une qualité pondérée de ${floor}${NB}; ses pays autorisés atteignent au plus ${best} pour ${hours(total)} (${joinPhrases(used, ', ')})`,
  homeNotAllowed: (id, share, home, why) => [
    `${id} exige min_home_share ${share} en ${home}, mais ${home} ne peut pas la produire (${why})`,
  ],
  noLanguage: (language) => `pas de ${quote(language)}`,
  exclusion: { language: 'langue', 'allow-list': 'liste de pays autorisés', residency: 'résidence des données' },
  homeCapacity: (ids, need, home, capacity) =>
    phrase`les parts minimales en ${home} de ${ids.join(', ')} demandent ${hours(need)} en ${home}${NB}; la capacité de ${home} est de ${hours(capacity)}`,
  globalConfined: (rule, ids, codes, forced, k, total) =>
    phrase`${rule}${NB}: ${only(codes, 'peut', 'peuvent')} produire ${ids.join(', ')} (${hours(forced)}), au-delà de max_share ${pct(k)} de ${hours(total)}`,
  globalSpread: (rule, k, codes, total) =>
    phrase`${rule}${NB}: au plus ${pct(k)} dans chaque pays, mais ${only(codes, 'peut', 'peuvent')} produire ce travail${NB}: ${codes.length} × ${pct(k)} couvre moins que les ${hours(total)}`,
  globalHome: (rule, k, total, home, most) =>
    phrase`${rule} demande ${pct(k)} de ${hours(total)} en ${home} (${hours(k * total)})${NB}; ${home} peut produire au plus ${hours(most)} de ce travail`,
  carbonCap: (least, period, cap, tonnes, capPer) => [
    `esg.carbon_cap${NB}: même avec chaque activité dans son pays autorisé le moins carboné, le plan émet ${t3(least)} tCO2e ${per(period)}, au-dessus du plafond de ${t3(cap)} (${t3(tonnes)} t ${per(capPer)})`,
  ],
  socialClause: (minShare, total, need, home, reach, insertion) =>
    phrase`esg.social_clause${NB}: ${pct(minShare)} de ${hours(total)} en insertion font ${hours(need)}${NB}; ${home} peut produire au plus ${hours(reach)} de ce travail, dont ${pct(insertion)} en insertion (${hours(insertion * reach)})`,
  seatsOf: (code, seats) => `${code} a ${seats} postes`,
  itsTargets: 'ses objectifs',
  unstaffable: (id, when, most, sl, seats) => [
    `${id}, ${when}${NB}: aucun effectif en agents entiers venant d'au plus ${most} pays à la fois ne tient ${sl} avec les postes disponibles${seats ? ` (${seats})` : ''}`,
  ],
  worksLocal: (code, working) => `${code} travaille ${working} heure locale`,
  nobodyWorks: (id, when, who) => [
    `${id}, ${when}${NB}: aucun pays autorisé ne travaille à ces heures${who ? ` (${who})` : ' (aucun pays ne peut la produire)'}`,
  ],
  conflictNamed: (path, line) => `${path} (ligne ${line})`,
  liftAny: "Lever n'importe laquelle de ces règles rend un plan possible",
  liftSome: (paths) =>
    `Lever ${paths.join(' ou ')} rend un plan possible${NB}; en lever une autre seule ne suffit pas, d'autres règles sont aussi en conflit`,
  liftNone: `Chacune est nécessaire à ce conflit, mais d'autres règles sont aussi en conflit${NB}: en lever une seule ne suffit pas`,
  conflict: (named, outcome) => [
    `aucun plan ne respecte ces règles ensemble${NB}: ${named.join(`${NB}; `)}. ${outcome}`,
  ],
  noConflict: [
    'aucun plan ne respecte toutes les règles ensemble (demande, résidence des données, capacités, seuils de qualité et parts)',
  ],
};
