import { NB } from '../text/french.js';

const q = (s: string): string => `«${NB}${s}${NB}»`;

/**
 * The YAML library's errors in plain words (indentSlips.ts `BY_CODE`), in French: what is wrong
 * on the line and what to check; the characters to type are kept as written.
 */
export const YAML_FRENCH_CLAUSES: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [
    /a character YAML does not expect here: check the brackets \{ \} \[ \], the quotes and the colons of this line/g,
    () =>
      `un caractère que YAML n'attend pas ici${NB}: vérifiez les accolades { }, les crochets [ ], les guillemets et les deux-points de cette ligne`,
  ],
  [
    /a list item \("- …"\) among the keys of a map: indent it under its key, or write every entry of this map as "key: value"/g,
    () =>
      `un élément de liste (${q('- …')}) parmi les clés d'une table${NB}: indentez-le sous sa clé, ou écrivez chaque entrée de cette table ${q('clé: valeur')}`,
  ],
  [
    /a list or map written over several lines inside \{ \} or \[ \]: keep it on one line, or drop the brackets and indent it/g,
    () =>
      `une liste ou une table sur plusieurs lignes entre { } ou [ ]${NB}: gardez-la sur une ligne, ou retirez les accolades ou crochets et indentez-la`,
  ],
  [
    /a backslash inside "double quotes" starts an escape YAML does not know: use 'single quotes', or write the backslash twice/g,
    () =>
      `une barre oblique inverse entre guillemets doubles commence un échappement que YAML ne connaît pas${NB}: mettez la valeur entre 'apostrophes', ou doublez la barre oblique inverse`,
  ],
  [
    /a value cannot start with this character \(@ or `\): put the value in quotes/g,
    () => `une valeur ne peut pas commencer par ce caractère (@ ou \`)${NB}: mettez la valeur entre guillemets`,
  ],
  [
    /a second YAML document after "---": a scenario is one document \(remove the "---" line\)/g,
    () =>
      `un second document YAML après ${q('---')}${NB}: un scénario est un seul document (supprimez la ligne ${q('---')})`,
  ],
  [/two anchors \(&name\) on one value: keep one/g, () => `deux ancres (&nom) sur une même valeur${NB}: gardez-en une`],
  [
    /two tags \(!name\) on one value: keep one/g,
    () => `deux étiquettes (!nom) sur une même valeur${NB}: gardez-en une`,
  ],
  [
    /a key longer than 1,024 characters: shorten it/g,
    () => `une clé de plus de 1${NB}024 caractères${NB}: raccourcissez-la`,
  ],
  [/YAML cannot read this line \((.*)\)$/g, (_, raw = '') => `YAML ne peut pas lire cette ligne (${raw})`],
];
