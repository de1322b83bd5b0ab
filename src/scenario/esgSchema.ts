import { z } from 'zod';
import { CountryCode, share } from './schemaParts.js';

const amount = (what: string, max: number) =>
  z
    .number({ error: `expected ${what}` })
    .min(0, { error: `expected ${what} ≥ 0` })
    .max(max, { error: `expected at most ${max} (${what})` });

const GRID = () =>
  amount('grams of CO2e per kWh', 3000).describe(
    'Electricity grid intensity in gCO2e per kWh (default: the built-in table, Ember yearly data; see docs/model.md)',
  );
const KWH_SITE = () =>
  amount('kWh per workstation hour', 10).describe(
    'Electricity one workstation draws per hour on site (PC, screens, telephony, its share of lighting and cooling), in kWh. No built-in default',
  );
const KWH_HOME = () =>
  amount('kWh per telework hour', 10).describe(
    'Electricity one teleworker draws per hour at home, in kWh (default: kwh_per_workstation_hour)',
  );
const COMMUTE = () =>
  amount('kgCO2e per agent hour', 50).describe(
    'Commuting emissions per productive hour worked on site, in kgCO2e (a telework hour has none). No built-in default',
  );

const CarbonFactorsSchema = z.strictObject({
  grid_g_per_kwh: GRID().optional(),
  kwh_per_workstation_hour: KWH_SITE().optional(),
  kwh_per_telework_hour: KWH_HOME().optional(),
  commute_kg_per_hour: COMMUTE().optional(),
});

/**
 * ESG in the model (top-level `esg`): the carbon of a productive hour per country (grid intensity
 * × energy per workstation hour + commuting), telework shares, and the rules a buyer writes on
 * them: a carbon cap, a carbon price in the objective, a minimum share of social-clause hours.
 */
export const EsgSchema = z
  .strictObject(
    {
      carbon: z
        .strictObject(
          {
            kwh_per_workstation_hour: KWH_SITE().optional(),
            kwh_per_telework_hour: KWH_HOME().optional(),
            commute_kg_per_hour: COMMUTE().optional(),
            countries: z
              .record(CountryCode, CarbonFactorsSchema, {
                error: 'expected a map of countries keyed by code, e.g. MA: { grid_g_per_kwh: 600 }',
              })
              .optional()
              .describe('Per-country values that replace the ones above (and the built-in grid intensity)'),
          },
          { error: 'expected { kwh_per_workstation_hour, commute_kg_per_hour, countries }' },
        )
        .optional()
        .describe('What a productive hour emits: grid intensity × energy per workstation hour, plus commuting'),
      telework: z
        .record(CountryCode, share('a telework share'), {
          error: 'expected a map of country code to share, e.g. FR: 0.4',
        })
        .optional()
        .describe(
          'Share of the productive hours worked from home in each country (default 0); the hours stay in that country',
        ),
      telework_by_activity: z
        .record(
          z.string().min(1),
          z.record(CountryCode, share('a telework share'), { error: 'expected a map of country code to share' }),
          { error: 'expected a map of activity id to { country: share }' },
        )
        .optional()
        .describe("Telework shares of one activity per country, replacing the country's share for it"),
      carbon_cap: z
        .strictObject(
          {
            tonnes: amount('tonnes of CO2e', 1e9).describe('At most this many tonnes of CO2e'),
            per: z
              .enum(['year', 'month'], { error: 'expected year or month' })
              .describe('The period the tonnes are counted over (converted to the scenario period)'),
          },
          { error: 'expected { tonnes, per: year | month }' },
        )
        .optional()
        .describe("At most this many tonnes of CO2e per year or per month from the plan's productive hours"),
      carbon_price: amount('a price per tonne of CO2e', 1e5)
        .optional()
        .describe(
          'Price of a tonne of CO2e in the scenario currency, added to the objective (reported apart from the cost)',
        ),
      social_clause: z
        .strictObject(
          {
            min_share: share('min_share').describe(
              'At least this share of all productive hours delivered by people in insertion, in the home country',
            ),
            insertion_share_of_home: share('insertion_share_of_home')
              .optional()
              .describe(
                "At most this share of the home country's hours can be delivered by people in insertion (default 1)",
              ),
          },
          { error: 'expected { min_share, insertion_share_of_home }' },
        )
        .optional()
        .describe("Social clause (clause sociale d'insertion): hours reserved for people in insertion, onshore"),
    },
    { error: 'expected a map with carbon, telework, carbon_cap, carbon_price or social_clause' },
  )
  .describe('ESG: carbon per productive hour, telework, and the carbon cap, carbon price and social clause rules');

export type EsgInput = z.infer<typeof EsgSchema>;
export const ESG_KEYS: readonly string[] = [
  'carbon',
  'telework',
  'telework_by_activity',
  'carbon_cap',
  'carbon_price',
  'social_clause',
];
