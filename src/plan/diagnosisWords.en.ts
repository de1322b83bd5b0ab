import type { DataClass } from '../scenario/types.js';
import { hours, joinPhrases, phrase, type Phrase } from './numberWords.js';

/** "25%": a share as the diagnosis writes it (a scenario value, to a tenth of a percent). */
const pct = (k: number): string => `${Math.round(k * 1000) / 10}%`;
const t3 = (n: number): string => (Math.round(n * 1000) / 1000).toString();
const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(' + '));

const EXCLUSION: Readonly<Record<string, string>> = {
  language: 'language',
  'allow-list': 'allow-list',
  residency: 'residency',
};
const NO_CONFLICT: Phrase = [
  'no plan meets all the rules together (demand, residency, capacities, quality floors and shares)',
];

/**
 * The words of an infeasible plan's diagnosis in English, the reference of every other language
 * (diagnosisWords.fr.ts, key for key). Each gives a Phrase: hour figures stay apart, written in
 * the reader's number style by the renderer. Ids, codes and paths are the scenario's own.
 */
export const DIAGNOSIS_EN = {
  list,
  residencyRule: (data: DataClass, home: string): string =>
    ({
      none: 'any country (no personal data)',
      personal: 'EU/EEA, adequacy or SCC countries (data: personal)',
      health: 'EU/EEA countries (data: health)',
      public: `${home} only (data: public)`,
    })[data],
  onlyOffer: (codes: readonly string[], language: string): string =>
    `only ${list(codes)} ${codes.length === 1 ? 'offers' : 'offer'} "${language}"`,
  allowListExcludes: (allowList: readonly string[], codes: readonly string[]): string =>
    `the allow-list [${allowList.join(', ')}] excludes ${list(codes)}`,
  residencyExcludes: (rule: string, codes: readonly string[]): string =>
    `residency allows ${rule}, which excludes ${list(codes)}`,
  noCountry: (id: string, parts: readonly string[]): Phrase => [
    `${id} has no country that may deliver it: ${parts.join('; ')}`,
  ],
  confinedBy: (allowList: boolean, data: DataClass, language: string): string =>
    allowList
      ? `allow-list, language ${language}`
      : data === 'none'
        ? `language ${language}`
        : `data: ${data}, language ${language}`,
  capacity: (
    ids: readonly string[],
    need: number,
    codes: readonly string[],
    why: string | undefined,
    language: string | undefined,
    have: number,
  ): Phrase =>
    phrase`${ids.join(', ')} ${ids.length === 1 ? 'needs' : 'need'} ${hours(need)} in ${list(codes)}${why ? ` (${why})` : ''}; ${list(codes)} ${language === undefined ? 'capacity' : `"${language}" capacity`} is ${hours(have)}`,
  maxShare: (id: string, share: number, codes: readonly string[], total: number): Phrase =>
    phrase`${id}: max_share ${String(share)} with ${codes.length} allowed ${codes.length === 1 ? 'country' : 'countries'} (${list(codes)}) covers at most ${Math.round(codes.length * share * 100)}% of its ${hours(total)}`,
  qualityUpTo: (code: string, quality: number, h: number): Phrase => phrase`${code} ${quality} up to ${hours(h)}`,
  quality: (id: string, floor: number, best: string, total: number, used: readonly Phrase[]): Phrase =>
    phrase`${id} needs weighted quality ${floor}; its allowed countries reach at most ${best} at ${hours(total)} (${joinPhrases(used, ', ')})`,
  homeNotAllowed: (id: string, share: number, home: string, why: string): Phrase => [
    `${id} requires min_home_share ${share} in ${home}, but ${home} may not deliver it (${why})`,
  ],
  noLanguage: (language: string): string => `no "${language}"`,
  exclusion: EXCLUSION,
  homeCapacity: (ids: readonly string[], need: number, home: string, capacity: number): Phrase =>
    phrase`home shares of ${ids.join(', ')} need ${hours(need)} in ${home}; ${home} capacity is ${hours(capacity)}`,
  globalConfined: (
    rule: string,
    ids: readonly string[],
    codes: readonly string[],
    forced: number,
    k: number,
    total: number,
  ): Phrase =>
    phrase`${rule}: ${ids.join(', ')} may only be delivered in ${list(codes)} (${hours(forced)}), above max_share ${pct(k)} of ${hours(total)}`,
  globalSpread: (rule: string, k: number, codes: readonly string[], total: number): Phrase =>
    phrase`${rule}: at most ${pct(k)} in each country, but only ${list(codes)} may deliver this work: ${codes.length} × ${pct(k)} covers less than the ${hours(total)}`,
  globalHome: (rule: string, k: number, total: number, home: string, most: number): Phrase =>
    phrase`${rule} needs ${pct(k)} of ${hours(total)} in ${home} (${hours(k * total)}); ${home} can deliver at most ${hours(most)} of this work`,
  carbonCap: (least: number, period: string, cap: number, tonnes: number, per: string): Phrase => [
    `esg.carbon_cap: even with every activity in its least-carbon allowed country the plan emits ${t3(least)} tCO2e per ${period}, above the cap of ${t3(cap)} (${t3(tonnes)} t per ${per})`,
  ],
  socialClause: (
    minShare: number,
    total: number,
    need: number,
    home: string,
    reach: number,
    insertion: number,
  ): Phrase =>
    phrase`esg.social_clause: ${pct(minShare)} of ${hours(total)} in insertion is ${hours(need)}; ${home} can deliver at most ${hours(reach)} of this work, of which ${pct(insertion)} in insertion (${hours(insertion * reach)})`,
  seatsOf: (code: string, seats: number): string => `${code} has ${seats} seats`,
  itsTargets: 'its targets',
  unstaffable: (id: string, when: string, most: number, sl: string, seats: string): Phrase => [
    `${id}, ${when}: no staffing of whole agents from at most ${most} ${most === 1 ? 'country' : 'countries'} at once meets ${sl} within the seats${seats ? ` (${seats})` : ''}`,
  ],
  worksLocal: (code: string, working: string): string => `${code} works ${working} local`,
  nobodyWorks: (id: string, when: string, who: string): Phrase => [
    `${id}, ${when}: no allowed country works then${who ? ` (${who})` : ' (no country may deliver it at all)'}`,
  ],
  conflictNamed: (path: string, line: number): string => `${path} (line ${line})`,
  liftAny: 'Lifting any one of them makes a plan possible',
  liftSome: (paths: readonly string[]): string =>
    `Lifting ${paths.join(' or ')} makes a plan possible; lifting another one alone is not enough, other rules conflict too`,
  liftNone: 'Each is needed for this conflict, but other rules conflict too: lifting one of them alone is not enough',
  conflict: (named: readonly string[], outcome: string): Phrase => [
    `no plan meets these rules together: ${named.join('; ')}. ${outcome}`,
  ],
  noConflict: NO_CONFLICT,
};

/** Every word of a diagnosis, for one language. */
export type DiagnosisWords = typeof DIAGNOSIS_EN;
