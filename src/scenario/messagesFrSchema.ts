import { NB } from '../text/french.js';
import { groupsFr } from './messagesFrBid.js';

/**
 * More clauses of messagesFr.ts: what a field of the scenario expects (schema.ts, shiftSchema.ts)
 * and its limits (limits.ts), in French. Each [English after "expected ", French]; values and
 * examples to type kept as written, a quoted example in « ».
 */
const q = (s: string): string => `«${NB}${s}${NB}»`;
type Clause = readonly [RegExp, (...m: string[]) => string];

/** What a limit counts: "expected at most 10,000 <unit>". Longest first. */
const UNITS: readonly (readonly [string, string])[] = [
  [
    'hours per period (leave capacity_hours out for no limit)',
    'heures par période (omettez capacity_hours sans limite)',
  ],
  [
    'productive hours per FTE (a year has 8,760 hours)',
    `heures productives par ETP (une année compte 8\u202f760${NB}heures)`,
  ],
  ['hours per period', 'heures par période'],
  ['contacts per period', 'contacts par période'],
  ['seconds (one day)', 'secondes (un jour)'],
  ['sessions at once', 'sessions simultanées'],
  ['per period', 'par période'],
  ['per hour', "de l'heure"],
  ['seats', 'postes'],
];
const UNIT = UNITS.map(([en]) => en.replace(/[().]/g, '\\$&')).join('|');

/** [what follows "expected ", its French]. */
const EXPECTED: readonly (readonly [string, (...m: string[]) => string])[] = [
  ['a number of hours', () => "un nombre d'heures"],
  ['a positive number of productive hours per FTE', () => "un nombre positif d'heures productives par ETP"],
  ['a cost ≥ 0', () => 'un coût ≥ 0'],
  ['a cost per hour of at least (\\S+)', (_, n = '') => `un coût horaire d'au moins ${n}`],
  ['an IANA time zone such as (\\S+)', (_, eg = '') => `un fuseau horaire IANA comme ${eg}`],
  ['an offset such as (\\S+)', (_, eg = '') => `un décalage comme ${eg}`],
  ['windows such as "([^"]*)"', (_, eg = '') => `des plages comme ${q(eg)}`],
  ['a range such as "([^"]*)"', (_, eg = '') => `une plage comme ${q(eg)}`],
  ['a positive number of seats', () => 'un nombre positif de postes'],
  ['a share such as (\\S+)', (_, eg = '') => `une part comme ${eg}`],
  ['a share in \\(0, 1\\]', () => 'une part dans (0, 1]'],
  ['a share between 0 and 1', () => 'une part entre 0 et 1'],
  ['a premium ≥ 0', () => 'une majoration ≥ 0'],
  [
    'a premium of at most (\\S+) \\(\\+([\\d,]+)%\\)',
    (_, n = '', pct = '') => `une majoration d'au plus ${n} (+${groupsFr(pct)}${NB}%)`,
  ],
  ['a lower-case language code such as fr, en or pt-br', () => 'un code de langue en minuscules comme fr, en ou pt-br'],
  ['a positive number of contacts per period', () => 'un nombre positif de contacts par période'],
  ['at least (\\d+) contact per period', (_, n = '') => `au moins ${n} contact par période`],
  [
    'at least ([\\d.]+) hours per period \\(less is lost in rounding\\)',
    (_, n = '') => `au moins ${n}${NB}heures par période (en dessous, l'arrondi les perd)`,
  ],
  ['a positive average handling time in seconds', () => 'une durée moyenne de traitement positive, en secondes'],
  ['a positive average speed of answer in seconds', () => 'un délai moyen de réponse positif, en secondes'],
  ['a positive mean patience in seconds', () => 'une patience moyenne positive, en secondes'],
  ['"80/20" or (\\{ [^}]* \\})', (_, obj = '') => `${q('80/20')} ou ${obj}`],
  ['seconds ≥ 0', () => 'un nombre de secondes ≥ 0'],
  ['a whole number ≥ 1', () => 'un nombre entier ≥ 1'],
  ['1, 2 or 3', () => '1, 2 ou 3'],
  ['a weight ≥ 0', () => 'un poids ≥ 0'],
  [
    'a weight of at most ([\\d,]+) \\(weights are relative: 2 is twice 1; ',
    (_, n = '') => `un poids d'au plus ${groupsFr(n)} (les poids sont relatifs${NB}: 2 vaut deux fois 1${NB}; `,
  ],
  ['optimal or infeasible', () => 'optimal ou infeasible'],
  ['a relative tolerance such as (\\S+)', (_, eg = '') => `une tolérance relative comme ${eg}`],
  ['an absolute tolerance such as (\\S+)', (_, eg = '') => `une tolérance absolue comme ${eg}`],
  ['a currency label such as (\\S+)', (_, eg = '') => `un libellé de devise comme ${eg}`],
  ['a period such as (\\S+)', (_, eg = '') => `une période comme ${eg}`],
  ['a non-empty name', () => 'un nom non vide'],
  [
    'a map of countries keyed by code(?:, e\\.g\\. (.+))?$',
    (_, eg?: string) => `une table des pays par code${eg ? `, par exemple ${eg}` : ''}`,
  ],
  ['a map of activities keyed by id', () => 'une table des activités par identifiant'],
  ['a whole number$', () => 'un nombre entier'],
  ['at least 1$', () => 'au moins 1'],
  ['a number$', () => 'un nombre'],
  // Shifts (shiftSchema.ts)
  [
    'a shift length in whole hours, e\\.g\\. (\\S+)',
    (_, eg = '') => `une durée de vacation en heures pleines, par exemple ${eg}`,
  ],
  [
    'a shift length in whole hours \\(starts and ends are on the hour\\)',
    () => "une durée de vacation en heures pleines (débuts et fins tombent à l'heure pile)",
  ],
  ['a shift length of at least 1 hour', () => `une durée de vacation d'au moins 1${NB}heure`],
  ['a shift length of at most (\\d+) hours', (_, n = '') => `une durée de vacation d'au plus ${n}${NB}heures`],
  [
    'a list of shift lengths in hours, e\\.g\\. (\\[[^\\]]*\\])',
    (_, eg = '') => `une liste de durées de vacation en heures, par exemple ${eg}`,
  ],
  ['at least one full-time shift length', () => 'au moins une durée de vacation à temps plein'],
  ['none or shift rules such as (.+)$', (_, eg = '') => `none ou des règles de vacation comme ${eg}`],
];

export const SCHEMA_FRENCH_CLAUSES: readonly Clause[] = [
  [
    new RegExp(`expected at most ([\\d,]+)(?: (${UNIT}))?(?= \\(see Limits|$)`, 'g'),
    (_, n = '', unit?: string) =>
      `attendu${NB}: au plus ${groupsFr(n)}${unit ? ` ${UNITS.find(([en]) => en === unit)?.[1] ?? unit}` : ''}`,
  ],
  ...EXPECTED.map(([en, fr]): Clause => [
    new RegExp(`expected ${en}`, 'g'),
    (...m: string[]) => `attendu${NB}: ${fr(...m)}`,
  ]),
  [/ \(see Limits in docs\/scenario\.md\)/g, () => ` (voir ${q('Limits')} dans docs/scenario.md)`],
  [/see Limits in docs\/scenario\.md\)/g, () => `voir ${q('Limits')} dans docs/scenario.md)`],
  [/a share must be between 0 and 1/g, () => 'une part doit être comprise entre 0 et 1'],
  [/(\S+) must be in ([[(]0, 1[)\]])/g, (_, key = '', range = '') => `${key} doit être dans ${range}`],
  [
    /mip_gap must be between 0 and 0\.1( \(0\.005 is 0\.5%\))?/g,
    (_, eg?: string) => `mip_gap doit être compris entre 0 et 0.1${eg ? ` (0.005 vaut 0,5${NB}%)` : ''}`,
  ],
  [
    /(\S+) h is both a full-time and a part-time length for (\S+): give each length once/g,
    (_, h = '', code = '') =>
      `${h}${NB}h est à la fois une durée à temps plein et à temps partiel pour ${code}${NB}: donnez chaque durée une fois`,
  ],
  [
    /(\d+) countries × min_country_share (\S+) is more than 100% of the activity/g,
    (_, n = '', s = '') => `${n}${NB}pays × min_country_share ${s} font plus de 100${NB}% de l'activité`,
  ],
];
