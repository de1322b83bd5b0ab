import type { Locale } from '../format.js';

/**
 * The column names of the roadmap, pareto and alternatives CSV in French (`-f csv --locale fr`),
 * as the plan's French CSV names its own (`activité;pays;heures`): lower case, words joined by
 * "_". Per-country and per-currency columns keep their code (`fte_MA` → `etp_MA`). A name not
 * listed (an objective's id, a cost kind added later) stays as written.
 */
const FR: Readonly<Record<string, string>> = {
  month: 'mois',
  salaries: 'salaires',
  premiums: 'majorations',
  hiring: 'recrutement',
  transfer: 'transfert',
  opening: 'ouverture',
  exit: 'sortie',
  release: 'libération',
  one_off: 'ponctuel',
  discount: 'actualisation',
  cumulative: 'cumul',
  as_is_total: 'actuel_total',
  as_is_cumulative: 'actuel_cumul',
  cumulative_saving: 'économie_cumulée',
  hires: 'embauches',
  status: 'statut',
  finding: 'constat',
  total_cost: 'coût_total',
  proven: 'prouvé',
  knee: 'coude',
  change: 'changement',
  rank: 'rang',
  above: 'surcoût',
  countries: 'pays',
  home_share: 'part_domestique',
  risk: 'risque',
  moved: 'déplacé',
  summary: 'résumé',
  sets: 'réglages',
};

const PREFIXES: readonly (readonly [string, string])[] = [
  ['fte_', 'etp_'],
  ['share_', 'part_'],
  ['rate_', 'taux_'],
];

/** A CSV column name in the locale's words. */
export function csvHead(name: string, locale: Locale): string {
  if (locale !== 'fr') return name;
  if (Object.hasOwn(FR, name)) return FR[name] ?? name;
  const prefix = PREFIXES.find(([en]) => name.startsWith(en));
  return prefix ? `${prefix[1]}${name.slice(prefix[0].length)}` : name;
}
