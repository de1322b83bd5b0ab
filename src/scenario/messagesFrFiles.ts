import { NB } from '../text/french.js';

/**
 * More clauses of messagesFr.ts: a scenario file that cannot be read (files/readInput.ts), the
 * bases it `extends` (loadLayers.ts, baseRules.ts) and the fields `--set` changes (variants.ts),
 * in French. Same conventions: file names, paths, options and commands kept as written.
 */
const q = (s: string): string => `«${NB}${s}${NB}»`;

/** What a file is instead of a regular file (readInput.ts kindOf). */
/** The operating system's words for a failed read (files/systemError.ts), in French. */
const SYSTEM: Readonly<Record<string, string>> = {
  'no such file or folder': 'fichier ou dossier introuvable',
  'permission denied': 'permission refusée',
  'operation not permitted': 'opération non permise',
  'it is a folder': "c'est un dossier",
  'a part of the path is not a folder': "une partie du chemin n'est pas un dossier",
  'symbolic link loop': 'boucle de liens symboliques',
  'the name is too long': 'le nom est trop long',
  'the file is busy': 'le fichier est occupé',
  'the file is too large': 'le fichier est trop gros',
  'input/output error': "erreur d'entrée/sortie",
  'no such device': 'périphérique introuvable',
  'too many open files': 'trop de fichiers ouverts',
  'the resource is temporarily unavailable': 'la ressource est momentanément indisponible',
  'invalid operation for this file': 'opération invalide pour ce fichier',
};
const SYSTEM_WORDS = Object.keys(SYSTEM).join('|');

const KINDS: Readonly<Record<string, string>> = {
  'a directory': 'un dossier',
  'a named pipe': 'un tube nommé',
  'a device': 'un périphérique',
  'a socket': 'une socket',
};

/** A malformed `--set` (variants.ts parseSet): the option as written, then what is wrong with it. */
export const SET_FRENCH_CLAUSES: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [/: expected path=value, e\.g\. (\S+)$/g, (_, eg = '') => `${NB}: attendu chemin=valeur, par exemple ${eg}`],
  [
    /: expected a dotted path such as (\S+) before "="$/g,
    (_, eg = '') => `${NB}: attendu un chemin à points comme ${eg} avant ${q('=')}`,
  ],
  [
    /: expected a value after "=" \(write null to delete the field\)$/g,
    () => `${NB}: attendu une valeur après ${q('=')} (écrivez null pour supprimer le champ)`,
  ],
  [/: the value is not valid YAML \(/g, () => `${NB}: la valeur n'est pas du YAML valide (`],
  [
    /the path has (\d+) segments; a scenario field has at most (\d+)/g,
    (_, n = '', max = '') => `le chemin a ${n}${NB}segments${NB}; un champ de scénario en a au plus ${max}`,
  ],
];

export const FILES_FRENCH_CLAUSES: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [/file not found$/g, () => 'fichier introuvable'],
  [
    new RegExp(`cannot read (the file|standard input): (${SYSTEM_WORDS})$`, 'g'),
    (_, what = '', words = '') =>
      `impossible de lire ${what === 'the file' ? 'le fichier' : "l'entrée standard"}${NB}: ${SYSTEM[words] ?? words}`,
  ],
  [
    /is (a directory|a named pipe|a device|a socket), not a scenario file/g,
    (_, kind = '') => `est ${KINDS[kind] ?? kind}, pas un fichier de scénario`,
  ],
  // Rates and volumes read from a sheet (sheetData.ts)
  [
    /expected (a country code such as \S+|an activity id) in this cell/g,
    (_, what = '') =>
      `attendu${NB}: ${what === 'an activity id' ? "un identifiant d'activité" : what.replace('a country code such as', 'un code pays comme')} dans cette cellule`,
  ],
  [/unknown column "([^"]*)": /g, (_, c = '') => `colonne inconnue ${q(c)}${NB}: `],
  // extends (loadLayers.ts)
  [
    /"([^"]*)" extends this file again: a scenario cannot extend itself, directly or through others/g,
    (_, f = '') =>
      `${q(f)} étend à nouveau ce fichier${NB}: un scénario ne peut pas s'étendre lui-même, directement ou par d'autres`,
  ],
  [
    /expected the file name of a base scenario, e\.g\. (.+)$/g,
    (_, eg = '') => `attendu${NB}: le nom de fichier d'un scénario de base, par exemple ${eg}`,
  ],
  [/cannot use "([^"]*)": /g, (_, f = '') => `impossible d'utiliser ${q(f)}${NB}: `],
  [
    /it is not a scenario file \((keys that are not scenario keys|it is empty|not a mapping of scenario keys|not UTF-8 text|not valid YAML at line \d+); (`[^`]*`) says more\)/g,
    (_, why = '', cmd = '') => `ce n'est pas un fichier de scénario (${notScenarioFr(why)}${NB}; ${cmd} en dit plus)`,
  ],
  [
    /it is outside (.+?) (\S+) \((--\S+) allows it\)/g,
    (_, where = '', root = '', flag = '') =>
      `il est hors ${where === "the scenario's folder" ? 'du dossier du scénario' : 'du dossier donné'} ${root} (${flag} l'autorise)`,
  ],
  [/too many levels of extends \(limit (\d+)\)/g, (_, n = '') => `trop de niveaux d'extends (limite ${n})`],
  ...SET_FRENCH_CLAUSES,
  [
    /(\S+) is not in the scenario((?: \(did you mean "[^"]*"\?\))?); its (\w+) are ([^(]+) \(to add one, set the whole entry: (\S+)\)/g,
    (_, path = '', hint = '', map = '', names = '', eg = '') =>
      `${path} n'est pas dans le scénario${hint}${NB}; ses ${map} sont ${names === 'none' ? 'aucun' : names} (pour en ajouter un, donnez l'entrée entière${NB}: ${eg})`,
  ],
  [
    /(\S+) is a list of (\d+): expected an index from 0 to (\d+), not "([^"]*)"/g,
    (_, path = '', n = '', last = '', seg = '') =>
      `${path} est une liste de ${n}${NB}: attendu un indice de 0 à ${last}, pas ${q(seg)}`,
  ],
  [
    /(\S+) is (a list|the text "[^"]*"|number \S+|boolean \S+), not a map: cannot set (\S+)/g,
    (_, path = '', what = '', target = '') =>
      `${path} est ${valueFr(what)}, pas une table${NB}: impossible de donner ${target}`,
  ],
];

function notScenarioFr(why: string): string {
  if (why === 'keys that are not scenario keys') return 'des clés qui ne sont pas des clés de scénario';
  if (why === 'it is empty') return 'il est vide';
  if (why === 'not a mapping of scenario keys') return 'pas une table de clés de scénario';
  if (why === 'not UTF-8 text') return 'pas du texte UTF-8';
  return why.replace(/^not valid YAML at line (\d+)$/, 'YAML invalide à la ligne $1');
}

/** A value as variants.ts describes it: a list, the text "x", number 3, boolean true. */
function valueFr(what: string): string {
  if (what === 'a list') return 'une liste';
  const text = /^the text "(.*)"$/.exec(what);
  if (text) return `le texte ${q(text[1] ?? '')}`;
  return what.replace(/^number /, 'le nombre ').replace(/^boolean /, 'le booléen ');
}
