import { NB, perPeriodFr } from '../text/french.js';
import { MORE_FRENCH_CLAUSES } from './messagesFrTime.js';
import { HORIZON_EARLY_CLAUSES, HORIZON_FRENCH_CLAUSES } from './messagesFrHorizon.js';
import { BID_FRENCH_CLAUSES } from './messagesFrBid.js';
import { CHECKS_FRENCH_CLAUSES } from './messagesFrChecks.js';
import { ESG_FRENCH_CLAUSES } from './messagesFrEsg.js';
import { FILES_FRENCH_CLAUSES } from './messagesFrFiles.js';
import { SCHEMA_FRENCH_CLAUSES } from './messagesFrSchema.js';
import { YAML_FRENCH_CLAUSES } from './messagesFrYaml.js';
/**
 * The scenario's problems (schema, YAML and semantic checks) in French, for `--locale fr`: each
 * English clause the checks write, matched and rewritten in place, so a message made of several
 * clauses ("expected …" + "(got "33,5": write 33.5, with a decimal point)") comes out whole in
 * French. A clause no rule knows stays English (JSON always does). Quoted values, keys, paths
 * and the fix to type (`write 0.95`) are kept as written: they are what goes into the file.
 * messagesFr.test.ts holds each rule to a message the checks really write.
 */
const q = (s: string): string => `«${NB}${s}${NB}»`;
const spaces = (n: string): string => `${n} espace${n === '1' ? '' : 's'}`;

/** [English clause, its French]: tried in order, each everywhere in the message. */
export const FRENCH_CLAUSES: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  ...ESG_FRENCH_CLAUSES,
  ...SCHEMA_FRENCH_CLAUSES,
  ...HORIZON_EARLY_CLAUSES,
  ...CHECKS_FRENCH_CLAUSES,
  ...FILES_FRENCH_CLAUSES,
  ...YAML_FRENCH_CLAUSES,
  // Indentation slips (indentSlips.ts)
  [
    /"([^"]+)" is indented by (\d+) spaces?, but "([^"]+)" \(line (\d+)\), in the same map, by (\d+) spaces?: /g,
    (_, key = '', n = '', sibling = '', line = '', m = '') =>
      `${q(key)} est indenté de ${spaces(n)}, mais ${q(sibling)} (ligne ${line}), dans la même table, de ${spaces(m)}${NB}: `,
  ],
  [/indent "([^"]+)" by (\d+) spaces?/g, (_, key = '', n = '') => `indentez ${q(key)} de ${spaces(n)}`],
  [/start "([^"]+)" in the first column/g, (_, key = '') => `commencez ${q(key)} en première colonne`],
  [
    /"([^"]+)" is indented under "([^"]+)" \(line (\d+)\), which already has a value on its line \(([^)]*)\): delete that value to give "([^"]+)" fields below it/g,
    (_, key = '', parent = '', line = '', value = '') =>
      `${q(key)} est indenté sous ${q(parent)} (ligne ${line}), qui a déjà une valeur sur sa ligne (${value})${NB}: supprimez cette valeur pour donner à ${q(parent)} des champs en dessous`,
  ],
  [
    /expected "key: value" on this line \(a key, a colon, a space, then the value\)/g,
    () => `attendu ${q('clé: valeur')} sur cette ligne (une clé, deux-points, une espace, puis la valeur)`,
  ],
  [
    /this quoted text has no closing (["']): close it on this line \(["']…["']\), or remove the opening ["']/g,
    (_, c = '') =>
      `ce texte entre guillemets n'a pas de ${c} fermant${NB}: fermez-le sur cette ligne (${c}…${c}), ou supprimez le ${c} ouvrant`,
  ],
  [
    /this ([{[]) is not closed: end it with ([}\]]) on this line, or indent the lines it goes on to deeper than its key/g,
    (_, open = '', close = '') =>
      `ce ${open} n'est pas fermé${NB}: terminez-le par ${close} sur cette ligne, ou indentez les lignes où il continue plus loin que sa clé`,
  ],
  [
    /a ([{[]) … ([}\]]) above is not closed where YAML expects it: check its brackets/g,
    (_, open = '', close = '') =>
      `un ${open} … ${close} plus haut n'est pas fermé là où YAML l'attend${NB}: vérifiez ses crochets et accolades`,
  ],
  [
    /a tab indents this line: YAML indents with spaces only/g,
    () => `une tabulation indente cette ligne${NB}: YAML n'indente qu'avec des espaces`,
  ],
  // French numbers and words (numberSlips.ts, flowCommas.ts, valueHints.ts)
  [
    /^(\d+),(\d+): inside \{ \} the comma separates entries, so this reads (\d+) and then "(\d+)" as another entry; /g,
    (_, whole = '', digits = '') =>
      `${whole},${digits}${NB}: entre { } la virgule sépare les entrées, ce qui se lit ${whole} puis ${q(digits)} comme une autre entrée${NB}; `,
  ],
  [/\(got "([^"]*)": write /g, (_, got = '') => `(reçu ${q(got)}${NB}: écrivez `],
  [/: write (\S+) for (\d+)%/g, (_, v = '', p = '') => `${NB}: écrivez ${v} pour ${p}${NB}%`],
  [/write (\S+), with a decimal point$/g, (_, v = '') => `écrivez ${v}, avec un point décimal`],
  [/, with a decimal point\)/g, () => ', avec un point décimal)'],
  [/, without thousands separators\)/g, () => ', sans séparateur de milliers)'],
  [/, a share between 0 and 1\)/g, () => ', une part entre 0 et 1)'],
  [/, without "%"\)/g, () => `, sans ${q('%')})`],
  [/, in capitals\)/g, () => ', en capitales)'],
  [
    /^(\S+) has a leading zero \(bestshore reads (\S+?)(?:, YAML 1\.1 tools read octal (\d+))?\): write (\S+)$/g,
    (_, raw = '', value = '', octal, fix = '') =>
      `${raw} commence par un zéro (bestshore lit ${value}${octal ? `, les outils YAML 1.1 lisent l'octal ${octal}` : ''})${NB}: écrivez ${fix}`,
  ],
  [
    /^(\S+) is read as (\S+); if the dot separates thousands, write (\S+)$/g,
    (_, raw = '', value = '', whole = '') =>
      `${raw} est lu comme ${value}${NB}; si le point sépare les milliers, écrivez ${whole}`,
  ],
  [
    /^(\S+) hours per (\w+) is less than (\d+): check the figure \(hours are per period, not per day or in thousands\)$/g,
    (_, value = '', period = '', few = '') =>
      `${value} heures ${perPeriodFr(period)}, c'est moins de ${few}${NB}: vérifiez le chiffre (les heures sont par période, ni par jour ni en milliers)`,
  ],
  [
    /^a cost of (\S+) (\S+) per hour is below 1: check the figure \(the full cost of a productive hour, not a rate per minute or in thousands\)$/g,
    (_, value = '', currency = '') =>
      `un coût de ${value} ${currency} de l'heure est inférieur à 1${NB}: vérifiez le chiffre (le coût complet d'une heure productive, ni un taux à la minute ni en milliers)`,
  ],
  [
    /^an average handling time of (\S+) s is very short: aht is in seconds \(5 minutes is 300\)$/g,
    (_, value = '') =>
      `une durée moyenne de traitement de ${value} s est très courte${NB}: aht est en secondes (5 minutes font 300)`,
  ],
  // What a field expects (schemaDiagnostics.ts, valueHints.ts)
  [/unknown key "([^"]*)"/g, (_, key = '') => `clé inconnue ${q(key)}`],
  [/; allowed: /g, () => `${NB}; clés permises${NB}: `],
  [/ \(did you mean "([^"]*)"\?\)/g, (_, s = '') => ` (vouliez-vous dire ${q(s)}${NB}?)`],
  [/missing required field "([^"]*)"/g, (_, key = '') => `champ obligatoire ${q(key)} manquant`],
  [
    /: give hours \(productive hours per period\) or contacts \(volume, aht…\)/g,
    () => `${NB}: indiquez hours (heures productives par période) ou contacts (volume, aht…)`,
  ],
  [/expected a positive number of hours/g, () => `attendu${NB}: un nombre d'heures positif`],
  [/expected a positive cost per hour/g, () => `attendu${NB}: un coût horaire positif`],
  [/expected hours ≥ 0/g, () => `attendu${NB}: un nombre d'heures ≥ 0`],
  [/expected a list of country codes/g, () => `attendu${NB}: une liste de codes pays`],
  [/expected at least one country/g, () => `attendu${NB}: au moins un pays`],
  [/expected at least one activity/g, () => `attendu${NB}: au moins une activité`],
  [/expected one of ([^(]+?)(?= \(|$)/g, (_, list = '') => `attendu${NB}: l'une des valeurs ${list}`],
  [/expected (\S+) between 0 and 1/g, (_, key = '') => `attendu${NB}: ${key} entre 0 et 1`],
  [/a quality score must be between 0 and 1/g, () => 'un score de qualité doit être compris entre 0 et 1'],
  [/(\S+) must be between 0 and 1/g, (_, key = '') => `${key} doit être compris entre 0 et 1`],
  [/expected a map of language → quality/g, () => `attendu${NB}: une table langue → qualité`],
  [
    /expected a quality score in \[0, 1\] or \{ quality, capacity_hours \}/g,
    () => `attendu${NB}: un score de qualité dans [0, 1] ou { quality, capacity_hours }`,
  ],
  [/expected true or false/g, () => `attendu${NB}: true ou false`],
  [
    /expected an ISO 3166-1 alpha-2 code such as (\S+)/g,
    (_, c = '') => `attendu${NB}: un code ISO 3166-1 alpha-2 comme ${c}`,
  ],
  [
    /"([^"]*)" is not an ISO 3166-1 alpha-2 code \(two capital letters: did you mean "([^"]*)"\?\)/g,
    (_, got = '', s = '') =>
      `${q(got)} n'est pas un code ISO 3166-1 alpha-2 (deux lettres capitales${NB}: vouliez-vous dire ${q(s)}${NB}?)`,
  ],
  [
    /expected fields below it, one "name: value" per line \(or \{ name: value \}\)/g,
    () => `attendu${NB}: des champs en dessous, un ${q('nom: valeur')} par ligne (ou { nom: valeur })`,
  ],
  [/expected a name/g, () => `attendu${NB}: un nom`],
  [/expected a country code such as (\S+)/g, (_, c = '') => `attendu${NB}: un code pays comme ${c}`],
  [/expected a language code such as (\S+)/g, (_, l = '') => `attendu${NB}: un code langue comme ${l}`],
  [/expected a list of activity ids/g, () => `attendu${NB}: une liste d'identifiants d'activités`],
  [/, got a number \(([^)]*)\)/g, (_, n = '') => `, reçu un nombre (${n})`],
  [/, got a list/g, () => ', reçu une liste'],
  [/, got nothing/g, () => ', reçu rien'],
  [/, got the text "/g, () => ', reçu le texte "'],
  // References between fields (rules.ts, residency…)
  [/home country "([^"]*)" is not in countries/g, (_, c = '') => `le pays d'origine ${q(c)} n'est pas dans countries`],
  [/country "([^"]*)" is not in countries/g, (_, c = '') => `le pays ${q(c)} n'est pas dans countries`],
  [/activity "([^"]*)" is not in activities/g, (_, a = '') => `l'activité ${q(a)} n'est pas dans activities`],
  [/no country offers language "([^"]*)"/g, (_, l = '') => `aucun pays ne propose la langue ${q(l)}`],
  [/; offered: /g, () => `${NB}; proposées${NB}: `],
  [
    /min_home_share (\S+) is above max_share (\S+): no country may carry more than max_share, home included/g,
    (_, a = '', b = '') =>
      `min_home_share ${a} dépasse max_share ${b}${NB}: aucun pays ne peut porter plus que max_share, pays d'origine compris`,
  ],
  [
    /home defaults to (\S+), which is not in countries: add \S+ to countries or set home to one of /g,
    (_, h = '') =>
      `home vaut ${h} par défaut, qui n'est pas dans countries${NB}: ajoutez ${h} à countries ou donnez à home l'une des valeurs `,
  ],
  // The file itself
  [
    /duplicate key: each key may appear only once in a map/g,
    () => `clé en double${NB}: une clé n'apparaît qu'une fois dans une table`,
  ],
  [
    /expected a scenario: a map with name, countries and activities/g,
    () => `attendu${NB}: un scénario, une table avec name, countries et activities`,
  ],
  [
    /file is empty: expected a scenario with name, countries and activities/g,
    () => `le fichier est vide${NB}: attendu un scénario avec name, countries et activities`,
  ],
  [
    /file is not valid UTF-8 \(byte (\d+)\); save it as UTF-8/g,
    (_, b = '') => `le fichier n'est pas en UTF-8 valide (octet ${b})${NB}: enregistrez-le en UTF-8`,
  ],
  ...MORE_FRENCH_CLAUSES,
  ...HORIZON_FRENCH_CLAUSES,
  ...BID_FRENCH_CLAUSES,
];

/** A scenario problem's message in French: every clause a rule knows rewritten. */
export function frenchMessage(message: string): string {
  return FRENCH_CLAUSES.reduce(
    (text, [pattern, french]) => text.replace(pattern, (...m: string[]) => french(...m)),
    message,
  );
}
