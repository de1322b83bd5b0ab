import type { Locale } from '../report/format.js';
import { NB } from '../text/french.js';

/** The CLI's own lines on stderr and stdout (summaries of a failure, validate's verdicts), by language. */
const s = (n: number): string => (n === 1 ? '' : 's');

const EN = {
  problems: (n: number) => `${n} problem${s(n)} found; nothing was planned`,
  noPlan: (file: string) => `${file}: no plan satisfies the constraints`,
  findings: (n: number) => ` (${n} finding${s(n)})`,
  noAnnex: '; no annex was written',
  planSaysWhy: ' (bestshore plan says why)',
  valid: (file: string, activities: number, countries: number) =>
    `${file}: valid (${activities} activit${activities === 1 ? 'y' : 'ies'}, ${countries} countr${countries === 1 ? 'y' : 'ies'})`,
  invalid: (invalid: number, files: number) => `${invalid} of ${files} file${s(files)} invalid`,
  noPlanOf: (labels: string) => `no plan satisfies the constraints of ${labels}`,
  pointsWithoutPlan: (without: number, points: number) => `${without} of ${points} points have no plan`,
};

export type CliWords = typeof EN;

const FR: CliWords = {
  problems: (n) => `${n} problème${s(n)} trouvé${s(n)}${NB}; rien n'a été planifié`,
  noPlan: (file) => `${file}${NB}: aucun plan ne satisfait les contraintes`,
  findings: (n) => ` (${n} constat${s(n)})`,
  noAnnex: `${NB}; aucune annexe n'a été écrite`,
  planSaysWhy: ' (bestshore plan dit pourquoi)',
  valid: (file, activities, countries) =>
    `${file}${NB}: valide (${activities} activité${s(activities)}, ${countries} pays)`,
  invalid: (invalid, files) => `${invalid} fichier${s(invalid)} invalide${s(invalid)} sur ${files}`,
  noPlanOf: (labels) => `aucun plan ne satisfait les contraintes de ${labels}`,
  pointsWithoutPlan: (without, points) =>
    `${without} point${s(without)} sur ${points} ${without === 1 ? "n'a" : "n'ont"} pas de plan`,
};

export const CLI_WORDS: Readonly<Record<Locale, CliWords>> = { en: EN, fr: FR };
export const cliWords = (locale: Locale): CliWords => CLI_WORDS[locale];
