import { NB } from '../text/french.js';

/**
 * More clauses of messagesFr.ts: the problems of a scenario's `horizon` (`bestshore roadmap`:
 * horizon.ts, horizonSchema.ts), in French. Same conventions: values, keys and paths kept.
 */
const q = (s: string): string => `«${NB}${s}${NB}»`;
const at = (s: string): string => `attendu${NB}: ${s}`;

export const HORIZON_FRENCH_CLAUSES: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [/expected (\d+) monthly indices, January first/g, (_, n = '') => at(`${n} indices mensuels, janvier d'abord`)],
  [/a volume index must be ≥ 0/g, () => `un indice de volume doit être ≥ 0`],
  [/growth must be above -0\.9 \(-90% a year\)/g, () => `la croissance doit être supérieure à -0.9 (-90${NB}% par an)`],
  [
    /give either monthly \(an index for each month\) or seasonality and growth, not both/g,
    () => `donnez monthly (un indice par mois) ou seasonality et growth, pas les deux`,
  ],
  [
    /a lead time of (\d+) months is the whole horizon of (\d+): no agent could start in (\S+)/g,
    (_, lead = '', months = '', code = '') =>
      `un délai de ${lead}${NB}mois couvre tout l'horizon de ${months}${NB}mois${NB}: aucun agent ne pourrait commencer en ${code}`,
  ],
  [/expected a whole number of months/g, () => at('un nombre entier de mois')],
  [/expected at most (\d+) months/g, (_, n = '') => at(`au plus ${n}${NB}mois`)],
  [/hires per month must be ≥ 0/g, () => `les embauches par mois doivent être ≥ 0`],
  [/a ramp step must be above 0/g, () => `une étape de montée en compétence doit être supérieure à 0`],
  [
    /currency "([^"]*)" has no exchange rate: add (\S+) \(units of (\S+) for 1 (\S+)\)/g,
    (_, c = '', path = '', units = '', base = '') =>
      `la devise ${q(c)} n'a pas de taux de change${NB}: ajoutez ${path} (unités de ${units} pour 1 ${base})`,
  ],
  [
    /a horizon plans month by month: period must be week, month, quarter or year to turn "([^"]*)" into months/g,
    (_, p = '') =>
      `un horizon se planifie mois par mois${NB}: period doit valoir week, month, quarter ou year pour convertir ${q(p)} en mois`,
  ],
];

/** What a horizon amount is: [English, French]; each "expected X", "X must be ≥ 0", "X must be between 0 and 1". */
const THINGS: readonly (readonly [string, string])[] = [
  ['a cost per hire', 'un coût par embauche'],
  ['an opening cost', "un coût d'ouverture"],
  ['an exit cost', 'un coût de sortie'],
  ['a knowledge-transfer cost per FTE', 'un coût de transfert de compétences par ETP'],
  ['a cost per FTE released', 'un coût par ETP libéré'],
  ['a monthly attrition', 'une attrition mensuelle'],
];
const THING = THINGS.map(([en]) => en).join('|');
const thing = (en: string): string => THINGS.find(([e]) => e === en)?.[1] ?? en;
const feminine = (en: string): boolean => thing(en).startsWith('une ');
/** A figure of a limit: 1,000,000 → 1 000 000; a percentage (+1,000%) with its no-break space. */
const fig = (s: string): string => s.replace(/,(?=\d{3})/g, '\u202f').replace(/%/g, `${NB}%`);

/** [what follows "expected ", its French]. */
const EXPECTED: readonly (readonly [string, (...m: string[]) => string])[] = [
  [`(${THING}) between 0 and 1`, (_, t = '') => `${thing(t)} entre 0 et 1`],
  [`(${THING}) of at most ([\\d,]+)`, (_, t = '', n = '') => `${thing(t)} d'au plus ${fig(n)}`],
  [`(${THING})`, (_, t = '') => thing(t)],
  ['a number of FTE', () => "un nombre d'ETP"],
  ['at most ([\\d,]+) FTE', (_, n = '') => `au plus ${fig(n)}${NB}ETP`],
  ['a volume index such as (\\S+)', (_, eg = '') => `un indice de volume comme ${eg}`],
  ['a volume index of at most ([\\d,]+)', (_, n = '') => `un indice de volume d'au plus ${fig(n)}`],
  ['a yearly growth such as (\\S+)', (_, eg = '') => `une croissance annuelle comme ${eg}`],
  [
    'a growth of at most (\\S+) \\(([^)]*) a year\\)',
    (_, n = '', p = '') => `une croissance d'au plus ${n} (${fig(p)} par an)`,
  ],
  ['a list of monthly indices', () => "une liste d'indices mensuels"],
  ['at least one monthly index', () => 'au moins un indice mensuel'],
  ['at most (\\d+) monthly indices', (_, n = '') => `au plus ${n} indices mensuels`],
  ['an exchange rate such as (\\S+)', (_, eg = '') => `un taux de change comme ${eg}`],
  ['an exchange rate of at most ([\\d,]+)', (_, n = '') => `un taux de change d'au plus ${fig(n)}`],
  ['a yearly change such as (\\S+)', (_, eg = '') => `une variation annuelle comme ${eg}`],
  [
    'a drift of at most (\\S+) \\(([^)]*) a year\\)',
    (_, n = '', p = '') => `une dérive d'au plus ${n} (${fig(p)} par an)`,
  ],
  ['a change such as (\\S+)', (_, eg = '') => `une variation comme ${eg}`],
  ['a shock of at most (\\S+) \\(([^)]*)\\)', (_, n = '', p = '') => `un choc d'au plus ${n} (${fig(p)})`],
  ['a currency code such as (\\S+)', (_, eg = '') => `un code de devise comme ${eg}`],
  ['an ISO 4217 currency code such as (\\S+)', (_, eg = '') => `un code de devise ISO 4217 comme ${eg}`],
  ['a number of hires per month', () => "un nombre d'embauches par mois"],
  ['at most ([\\d,]+) hires per month', (_, n = '') => `au plus ${fig(n)} embauches par mois`],
  ['0 months or more', () => `0${NB}mois ou plus`],
  ['a productivity share such as (\\S+)', (_, eg = '') => `une part de productivité comme ${eg}`],
  ['productivity shares such as (\\[[^\\]]*\\])', (_, eg = '') => `des parts de productivité comme ${eg}`],
  ['at most (\\d+) ramp months', (_, n = '') => `au plus ${n}${NB}mois de montée en compétence`],
  ['a yearly wage inflation such as (\\S+)', (_, eg = '') => `une inflation salariale annuelle comme ${eg}`],
  [
    'a wage inflation of at most (\\S+) \\(([^)]*) a year\\)',
    (_, n = '', p = '') => `une inflation salariale d'au plus ${n} (${fig(p)} par an)`,
  ],
  ['a cost per hour$', () => 'un coût horaire'],
  ['a map of activity → FTE', () => 'une table activité → ETP'],
  ['a month such as "([^"]*)"( \\(YYYY-MM\\))?', (_, eg = '', f = '') => `un mois comme ${q(eg)}${f}`],
  ['at least 1 month', () => `au moins 1${NB}mois`],
  ['at most (\\d+) months \\(10 years\\)', (_, n = '') => `au plus ${n}${NB}mois (10${NB}ans)`],
  ['a yearly rate such as (\\S+)', (_, eg = '') => `un taux annuel comme ${eg}`],
  [
    'a discount rate of at most (\\S+) \\(([^)]*) a year\\)',
    (_, n = '', p = '') => `un taux d'actualisation d'au plus ${n} (${fig(p)} par an)`,
  ],
  [
    'a map of activity → \\{ seasonality, growth, monthly \\}',
    () => 'une table activité → { seasonality, growth, monthly }',
  ],
  ['a map of country → FTE', () => 'une table pays → ETP'],
  ['a map of activity → \\{ country: FTE \\}', () => 'une table activité → { pays: ETP }'],
  [
    'a map of ISO 4217 currency code \\(such as (\\S+)\\) → (\\{ [^}]* \\})',
    (_, eg = '', obj = '') => `une table code de devise ISO 4217 (comme ${eg}) → ${obj}`,
  ],
  ['a map of country → workforce terms', () => "une table pays → conditions d'effectifs"],
];

/** Tried before the general clauses of messagesFr.ts (a monthly attrition must be…). */
export const HORIZON_EARLY_CLAUSES: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  ...EXPECTED.map(([en, fr]) => [new RegExp(`expected ${en}`, 'g'), (...m: string[]) => at(fr(...m))] as const),
  [
    new RegExp(`(${THING}) must be (≥ 0|between 0 and 1)`, 'g'),
    (_, t = '', r = '') =>
      `${thing(t)} doit être ${r === '≥ 0' ? '≥ 0' : `compris${feminine(t) ? 'e' : ''} entre 0 et 1`}`,
  ],
  [/FTE must be ≥ 0/g, () => 'les ETP doivent être ≥ 0'],
  [/an exchange rate must be above 0/g, () => 'un taux de change doit être supérieur à 0'],
  [
    /the drift must be above (\S+) \(([^)]*) a year\)/g,
    (_, n = '', p = '') => `la dérive doit être supérieure à ${n} (${fig(p)} par an)`,
  ],
  [
    /the shock must be above (\S+) \(([^)]*)\)/g,
    (_, n = '', p = '') => `le choc doit être supérieur à ${n} (${fig(p)})`,
  ],
  [/a ramp step must be at most 1/g, () => 'une étape de montée en compétence doit être au plus 1'],
  [/wage inflation must be above (\S+)/g, (_, n = '') => `l'inflation salariale doit être supérieure à ${n}`],
  [/the discount rate must be ≥ 0/g, () => "le taux d'actualisation doit être ≥ 0"],
  [
    /(\S+) is the scenario's currency: its rate is 1 and it does not move against itself/g,
    (_, c = '') => `${c} est la devise du scénario${NB}: son taux est 1 et elle ne varie pas par rapport à elle-même`,
  ],
];
