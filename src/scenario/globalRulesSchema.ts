import { z } from 'zod';
import { CountryCode, share } from './schemaParts.js';

/**
 * Rules a buyer writes about the whole plan rather than one activity ("at most 30 % of all work
 * in Morocco", "at least 50 % of all hours in France"): the top-level `rules` map, keyed by a
 * name the reports use. Each rule is a share of the productive hours of its activities (all of
 * them unless `activities` lists some).
 */

export const GlobalRuleSchema = z
  .strictObject({
    label: z
      .string({ error: 'expected a text' })
      .min(1, { error: 'expected a non-empty text' })
      .optional()
      .describe('How reports name the rule, e.g. "CCTP art. 5.3: at most 30 % offshore"; default the rule\'s key'),
    max_share: share('max_share')
      .optional()
      .describe(
        'At most this share of the hours in each listed country (together), or in any one country without `countries`',
      ),
    countries: z
      .array(CountryCode, { error: 'expected a list of country codes' })
      .min(1, { error: 'expected at least one country' })
      .optional()
      .describe('With max_share: the countries the cap applies to, together (default: each country on its own)'),
    min_home_share: share('min_home_share')
      .optional()
      .describe('At least this share of the hours delivered in the home country'),
    max_risk_exposure: z
      .number({ error: 'expected a risk score between 0 and 100' })
      .min(0, { error: 'max_risk_exposure must be between 0 and 100' })
      .max(100, { error: 'max_risk_exposure must be between 0 and 100' })
      .optional()
      .describe(
        "At most this hours-weighted mean of the countries' risk scores (0-100) over the group's hours; every country needs a risk score",
      ),
    activities: z
      .array(z.string({ error: 'expected an activity id' }).min(1), { error: 'expected a list of activity ids' })
      .min(1, { error: 'expected at least one activity' })
      .optional()
      .describe('The group of activities the shares are of (default: every activity)'),
  })
  .refine(
    (r) =>
      typeof r !== 'object' ||
      r === null ||
      r.max_share !== undefined ||
      r.min_home_share !== undefined ||
      r.max_risk_exposure !== undefined,
    {
      path: ['max_share'],
      when: () => true,
      error: 'a rule needs max_share, min_home_share or max_risk_exposure',
    },
  )
  .refine((r) => typeof r !== 'object' || r === null || r.countries === undefined || r.max_share !== undefined, {
    path: ['countries'],
    when: () => true,
    error: 'countries says where max_share applies: give max_share too',
  });

export const GlobalRulesSchema = z
  .record(z.string().min(1), GlobalRuleSchema, {
    error: 'expected a map of rules keyed by a name, e.g. offshore_cap: { max_share: 0.3, countries: [MA] }',
  })
  .describe('Rules on the whole plan: shares of all the work (or of a group of activities) per country or at home');

export type GlobalRuleInput = z.infer<typeof GlobalRuleSchema>;
export const GLOBAL_RULE_KEYS: readonly string[] = [
  'label',
  'max_share',
  'countries',
  'min_home_share',
  'max_risk_exposure',
  'activities',
];
