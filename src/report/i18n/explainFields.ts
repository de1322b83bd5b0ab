import { fieldKey } from '../../model/ruleCatalogue.js';

/** The scenario fields explain's sentences name (every language alike), from the rule catalogue. */
export const EXPLAIN_FIELDS = {
  maxShare: fieldKey('max-share'),
  minHomeShare: fieldKey('min-home-share'),
  ruleMaxShare: fieldKey('global-max-share'),
  ruleMinHomeShare: fieldKey('global-min-home-share'),
  socialMinShare: fieldKey('social-clause'),
  workingHours: fieldKey('working-hours'),
} as const;
