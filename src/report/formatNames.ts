/**
 * The output format names of every command, with no dependencies: the CLI's option table reads
 * them without loading the renderers (start-up time), and each renderer registry is typed by
 * them, so a format cannot be listed without a renderer or the other way round.
 */
export const PLAN_FORMATS = ['table', 'json', 'csv', 'md', 'xlsx'] as const;
export const ANNEX_FORMATS = ['html', 'md', 'docx'] as const;
export const ANNEX_LANGS = ['fr', 'en'] as const;
export const ANNEX_EDITIONS = ['client', 'internal'] as const;
/** The annex's sections, by the id `--sections` takes (report/annex/sections.ts orders them by edition). */
export const ANNEX_SECTIONS = [
  'offer',
  'summary',
  'price-schedule',
  'allocation',
  'countries',
  'commitments',
  'coverage',
  'data-protection',
  'esg',
  'staffing',
  'transition',
  'cost-breakdown',
  'options',
  'quality',
  'assumptions',
  'signature',
] as const;
export const EXPLAIN_FORMATS = ['table', 'json', 'md', 'xlsx'] as const;
export const COMPARE_FORMATS = ['table', 'json', 'md', 'xlsx'] as const;
export const SWEEP_FORMATS = ['table', 'csv', 'json', 'xlsx', 'svg'] as const;

export type Names<T extends readonly string[]> = T[number];

/** The entry of a registry named by a command-line value (own keys only), or undefined. */
export function byName<K extends string, T>(table: Readonly<Record<K, T>>, name: string): T | undefined {
  return isKeyOf(table, name) ? table[name] : undefined;
}

const isKeyOf = <K extends string>(table: Readonly<Record<K, unknown>>, name: string): name is K =>
  Object.hasOwn(table, name);
