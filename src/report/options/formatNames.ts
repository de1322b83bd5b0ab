/** Output formats of `alternatives` and `pareto` (no dependencies: the CLI's option table reads them). */
export const ALTERNATIVES_FORMATS = ['table', 'md', 'json', 'csv', 'svg', 'html'] as const;
export const PARETO_FORMATS = ['table', 'json', 'csv', 'svg', 'html'] as const;
