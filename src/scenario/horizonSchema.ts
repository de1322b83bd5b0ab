import { z } from 'zod';

/**
 * The scenario's `horizon` (docs/roadmap.md): the contract term month by month, today's
 * delivery and what it costs to move. Every field is optional; the defaults are a transition
 * without friction (hire at once, no cost, no attrition), under which a roadmap is `plan`'s
 * allocation every month.
 */
const share = (what: string) =>
  z
    .number({ error: `expected ${what} between 0 and 1` })
    .min(0, { error: `${what} must be between 0 and 1` })
    .max(1, { error: `${what} must be between 0 and 1` });
const money = (what: string) =>
  z
    .number({ error: `expected ${what}` })
    .min(0, { error: `${what} must be ≥ 0` })
    .max(1_000_000_000, { error: `expected ${what} of at most 1,000,000,000 (see Limits in docs/scenario.md)` });
const fte = z
  .number({ error: 'expected a number of FTE' })
  .min(0, { error: 'FTE must be ≥ 0' })
  .max(1_000_000, { error: 'expected at most 1,000,000 FTE' });
const index = z
  .number({ error: 'expected a volume index such as 1.1' })
  .min(0, { error: 'a volume index must be ≥ 0' })
  .max(1000, { error: 'expected a volume index of at most 1,000' });

export const MAX_HORIZON_MONTHS = 120;

export const VolumeSchema = z.strictObject({
  seasonality: z
    .array(index, { error: 'expected 12 monthly indices, January first' })
    .length(12, { error: 'expected 12 monthly indices, January first' })
    .optional()
    .describe(
      'Twelve volume indices, January to December (1 = the volume written in the activity); applied by calendar month',
    ),
  growth: z
    .number({ error: 'expected a yearly growth such as 0.05' })
    .min(-0.9, { error: 'growth must be above -0.9 (-90% a year)' })
    .max(10, { error: 'expected a growth of at most 10 (+1,000% a year)' })
    .optional()
    .describe('Volume growth per year, compounded monthly (0.05 = +5% a year); default 0'),
  monthly: z
    .array(index, { error: 'expected a list of monthly indices' })
    .min(1, { error: 'expected at least one monthly index' })
    .max(MAX_HORIZON_MONTHS, { error: `expected at most ${MAX_HORIZON_MONTHS} monthly indices` })
    .optional()
    .describe(
      'Explicit volume index of each month of the horizon, first month first (instead of seasonality and growth); the last value holds for later months',
    ),
});

const CURRENCY = /^[A-Z]{3}$/;

/** A currency's rate against the scenario's currency, and how it moves over the horizon. */
export const CurrencySchema = z.strictObject({
  rate: z
    .number({ error: 'expected an exchange rate such as 10.8' })
    .gt(0, { error: 'an exchange rate must be above 0' })
    .max(1_000_000, { error: 'expected an exchange rate of at most 1,000,000' })
    .describe(
      "Units of this currency for one unit of the scenario's currency at the start (MAD: 10.8 means 10.8 MAD = 1 EUR)",
    ),
  drift: z
    .number({ error: 'expected a yearly change such as 0.02' })
    .min(-0.5, { error: 'the drift must be above -0.5 (-50% a year)' })
    .max(1, { error: 'expected a drift of at most 1 (+100% a year)' })
    .optional()
    .describe(
      "Yearly change of this currency's value against the scenario's currency, compounded monthly (0.02: 2% stronger each year, so its costs weigh 2% more); default 0",
    ),
  shock: z
    .number({ error: 'expected a change such as 0.1' })
    .gt(-0.9, { error: 'the shock must be above -0.9 (-90%)' })
    .max(10, { error: 'expected a shock of at most 10 (+1,000%)' })
    .optional()
    .describe(
      "Change of this currency's value from the first month, for a sensitivity (0.1: 10% stronger than rate; `roadmap --fx MAD=+10%`); default 0",
    ),
});

export const WorkforceSchema = z.strictObject({
  currency: z
    .string({ error: 'expected a currency code such as MAD' })
    .regex(CURRENCY, { error: 'expected an ISO 4217 currency code such as MAD' })
    .optional()
    .describe(
      "Currency the agents here are paid in (a key of horizon.currencies): the costs of this entry (hire_cost, transfer_cost, release_cost, opening_cost, exit_cost; in_house: cost_per_hour) are written in it, and the country's cost_per_hour, written in the scenario's currency at the start's rate, moves with it; default the scenario's currency",
    ),
  hiring_per_month: z
    .number({ error: 'expected a number of hires per month' })
    .min(0, { error: 'hires per month must be ≥ 0' })
    .max(1_000_000, { error: 'expected at most 1,000,000 hires per month' })
    .optional()
    .describe('Most new agents who can start in one month (all activities together); default no limit'),
  lead_months: z
    .number({ error: 'expected a whole number of months' })
    .int({ error: 'expected a whole number of months' })
    .min(0, { error: 'expected 0 months or more' })
    .max(24, { error: 'expected at most 24 months' })
    .optional()
    .describe(
      'Months between the first month of the horizon and the first new agents starting (recruitment); default 0',
    ),
  hire_cost: money('a cost per hire')
    .optional()
    .describe('Recruitment and initial training cost of one new agent, paid the month the agent starts; default 0'),
  ramp: z
    .array(
      z
        .number({ error: 'expected a productivity share such as 0.5' })
        .gt(0, { error: 'a ramp step must be above 0' })
        .max(1, { error: 'a ramp step must be at most 1' }),
      { error: 'expected productivity shares such as [0.5, 0.8]' },
    )
    .max(24, { error: 'expected at most 24 ramp months' })
    .optional()
    .describe(
      'Productivity of a new agent in the first months (e.g. [0.5, 0.8]: 50% the first month, 80% the second, then 100%); default fully productive at once',
    ),
  attrition: share('a monthly attrition')
    .optional()
    .describe('Share of agents leaving each month (0.025 ≈ 26% a year); default 0'),
  wage_inflation: z
    .number({ error: 'expected a yearly wage inflation such as 0.03' })
    .min(-0.5, { error: 'wage inflation must be above -0.5' })
    .max(2, { error: 'expected a wage inflation of at most 2 (+200% a year)' })
    .optional()
    .describe('Yearly rise of the cost per hour, applied at each anniversary of the start; default 0'),
  opening_cost: money('an opening cost')
    .optional()
    .describe(
      'One-off cost of starting to deliver from this country when it delivers nothing today (site, IT, legal); default 0',
    ),
  exit_cost: money('an exit cost')
    .optional()
    .describe(
      'One-off cost of ending delivery from this country when it delivers today (lease, contract exit); default 0',
    ),
  transfer_cost: money('a knowledge-transfer cost per FTE')
    .optional()
    .describe(
      'Knowledge transfer per new agent on an activity this country does not deliver today (trainers, travel, shadowing); default 0',
    ),
  release_cost: money('a cost per FTE released')
    .optional()
    .describe('Cost of releasing one agent before the end (notice, severance); default 0'),
  can_release: z
    .boolean({ error: 'expected true or false' })
    .optional()
    .describe('Agents may be released (false: headcount falls by attrition only); default true'),
});

export const InHouseSchema = WorkforceSchema.extend({
  country: z
    .string({ error: 'expected a country code such as FR' })
    .regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code such as FR' })
    .describe('Where the in-house team works (a country of the scenario: its languages, quality and rules apply)'),
  cost_per_hour: z
    .number({ error: 'expected a cost per hour' })
    .gt(0, { error: 'expected a positive cost per hour' })
    .max(10_000, { error: 'expected at most 10,000 per hour' })
    .describe('Fully loaded cost of one productive hour of the in-house team'),
  fte: z
    .record(z.string(), fte, { error: 'expected a map of activity → FTE' })
    .describe('In-house FTE per activity today'),
});

export const HorizonSchema = z.strictObject({
  start: z
    .string({ error: 'expected a month such as "2027-01"' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month such as "2027-01" (YYYY-MM)' })
    .optional()
    .describe('First month of the horizon, "YYYY-MM" (quoted); default "2027-01"'),
  months: z
    .number({ error: 'expected a whole number of months' })
    .int({ error: 'expected a whole number of months' })
    .min(1, { error: 'expected at least 1 month' })
    .max(MAX_HORIZON_MONTHS, { error: `expected at most ${MAX_HORIZON_MONTHS} months (10 years)` })
    .optional()
    .describe('Length of the horizon in months (a 5.5-year contract: 66); default 36'),
  discount_rate: z
    .number({ error: 'expected a yearly rate such as 0.08' })
    .min(0, { error: 'the discount rate must be ≥ 0' })
    .max(1, { error: 'expected a discount rate of at most 1 (100% a year)' })
    .optional()
    .describe('Yearly discount rate of the net present value; default 0.08'),
  volumes: z
    .record(z.string(), VolumeSchema, { error: 'expected a map of activity → { seasonality, growth, monthly }' })
    .optional()
    .describe(
      "How each activity's volume changes by month (hours and contacts alike); activities not listed stay constant",
    ),
  current: z
    .record(z.string(), z.record(z.string(), fte, { error: 'expected a map of country → FTE' }), {
      error: 'expected a map of activity → { country: FTE }',
    })
    .optional()
    .describe(
      'Where each activity is delivered today: FTE per country (provider staff); default nothing (a new contract)',
    ),
  in_house: InHouseSchema.optional().describe(
    "The client's own team today: its country, cost per hour, FTE per activity, and its workforce terms",
  ),
  currencies: z
    .record(z.string().regex(CURRENCY, { error: 'expected an ISO 4217 currency code such as MAD' }), CurrencySchema, {
      error: 'expected a map of ISO 4217 currency code (such as MAD) → { rate, drift, shock }',
    })
    .optional()
    .describe(
      "Exchange rates against the scenario's currency of the currencies countries are paid in (horizon.countries.XX.currency); default none: every cost in the scenario's currency",
    ),
  countries: z
    .record(z.string(), WorkforceSchema, { error: 'expected a map of country → workforce terms' })
    .optional()
    .describe('Workforce terms per country: hiring, lead time, ramp-up, attrition, wage inflation, one-off costs'),
});

export type HorizonInput = z.infer<typeof HorizonSchema>;
export type WorkforceInput = z.infer<typeof WorkforceSchema>;
