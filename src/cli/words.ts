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
  noRoadmap: (file: string) => `${file}: no roadmap staffs every month with trained agents under the rules`,
  // init
  initFrom: (samples: string, got: string) => `--from: expected one of ${samples}, got "${got}"`,
  initSchemaName: (file: string) => `${file}: that name is the schema's; give the scenario another name`,
  initExists: (file: string) => `${file} exists: give another name, or --force to replace it`,
  initWrote: (file: string, schema: string) => `wrote ${file} and ${schema}; next: bestshore plan ${file}`,
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
  noRoadmap: (file) =>
    `${file}${NB}: aucune feuille de route ne couvre chaque mois avec des agents formés dans le respect des règles`,
  initFrom: (samples, got) => `--from${NB}: attendu l'un de ${samples}, reçu «${NB}${got}${NB}»`,
  initSchemaName: (file) => `${file}${NB}: ce nom est celui du schéma${NB}; donnez un autre nom au scénario`,
  initExists: (file) => `${file} existe déjà${NB}: donnez un autre nom, ou --force pour le remplacer`,
  initWrote: (file, schema) => `${file} et ${schema} écrits${NB}; ensuite${NB}: bestshore plan ${file}`,
};

export const CLI_WORDS: Readonly<Record<Locale, CliWords>> = { en: EN, fr: FR };
export const cliWords = (locale: Locale): CliWords => CLI_WORDS[locale];
