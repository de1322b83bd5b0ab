import { z } from 'zod';

/** Longest label and description: a name and a paragraph, not a document. */
export const LABEL_MAX = 120;
export const DESCRIPTION_MAX = 2000;

/**
 * Human words for an activity or a country, printed by every report instead of the id or the
 * code (`level1-billing` → "Facturation, niveau 1"). Spread into the activity and country
 * shapes (schema.ts), kept apart so that other additions to those shapes merge cleanly.
 */
export const LABEL_FIELDS = {
  label: z
    .string({ error: 'expected a text' })
    .trim()
    .min(1, { error: 'expected a non-empty text' })
    .max(LABEL_MAX, { error: `expected at most ${LABEL_MAX} characters (a name; put the rest in description)` })
    .optional()
    .describe('Name printed in reports instead of the id or code, e.g. "Facturation, niveau 1"'),
  description: z
    .string({ error: 'expected a text' })
    .trim()
    .min(1, { error: 'expected a non-empty text' })
    .max(DESCRIPTION_MAX, { error: `expected at most ${DESCRIPTION_MAX} characters` })
    .optional()
    .describe('A sentence or two on the work or the site, printed in the annex'),
};
