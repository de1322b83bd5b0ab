import { z } from 'zod';
import { FORMAT_VERSION } from '../jsonDocument.js';

/**
 * The JSON document of `bestshore plan --format json` (and of `render(outcome, 'json')`), as
 * a zod schema: docs/plan.schema.json is generated from it, and a test holds every plan the
 * renderer writes to it (json.ts). Fields may be added without raising `format_version`.
 */
const num = z.number();
const money = num.describe("in the scenario's currency, per period");
const hours = num.min(0).describe('hours per period');
const fte = num.min(0).describe('full-time equivalents');
const nullableNum = num.nullable();

const allocationRow = z
  .object({
    activity: z.string(),
    country: z.string().describe('ISO 3166-1 alpha-2 code'),
    hours,
    fte,
    cost: money,
    quality: num.describe("quality score 0–1 of the country in the activity's language"),
    basis: z.string().describe('legal basis of the transfer (EU, adequacy, SCC, home, no personal data…)'),
    premium_cost: money.optional().describe('night/Sunday premiums included in cost (coverage plans)'),
  })
  .describe('hours of one activity in one country');

const finding = z.object({
  rule: z
    .string()
    .describe(
      'residency, coverage, capacity, language-capacity, quality, min-home-share, max-share, global-max-share, global-min-home-share, carbon-cap, social-clause or combination',
    ),
  activities: z.array(z.string()),
  message: z.string(),
  path: z.string().describe('YAML path of the rule at fault'),
  file: z.string().optional(),
  line: num.optional(),
  col: num.optional(),
});

const optimality = z
  .object({
    proven: z.boolean(),
    reason: z.string().optional(),
    method: z.string().optional(),
    lower_bound: money.optional(),
    gap: nullableNum
      .optional()
      .describe(
        'relative gap of the cost to the lower bound; null when nothing bounds the plan (a search stopped with no gap stated)',
      ),
    optimum_at_least: nullableNum
      .optional()
      .describe('no plan of the scenario, whatever its decisions, costs less; null when nothing bounds the optimum'),
    mip_gap: nullableNum.optional().describe("the engine's branch-and-bound gap (mixed-integer plans)"),
    priced_out: z
      .object({
        lp_bound: num.describe("the LP relaxation's bound"),
        bound: num.describe(
          'the bound the staffing patterns were priced against: the LP bound, raised by solving each hour in whole agents at its prices',
        ),
        threshold: num,
        patterns_kept: num.describe('the staffing patterns the branch and bound searched'),
        patterns_in_play: num.describe(
          'the patterns a cheaper plan could use, searched or not: more than patterns_kept when that net was too wide to search and the plan stands with the gap its bound proves',
        ),
        patterns: num,
      })
      .optional(),
  })
  .describe('the optimality certificate, checked independently of the engine');

const queueMetrics = {
  service_level: nullableNum,
  asa: nullableNum.describe('average speed of answer, s (null: unbounded)'),
  p_wait: num,
  occupancy: num,
};

const tco2e = nullableNum.describe('tonnes of CO2e (null: no carbon factors)');
const esg = z
  .object({
    telework_hours: hours.describe('productive hours worked from home, in the same country (residency unchanged)'),
    telework_share: num,
    countries: z.array(
      z.object({
        country: z.string(),
        hours,
        telework_hours: hours,
        telework_share: num,
        kg_co2e_per_hour: nullableNum.describe('kgCO2e per productive hour (its mix of site and telework hours)'),
        t_co2e: tco2e.describe('tCO2e per period'),
        t_co2e_per_year: tco2e.describe('tCO2e per year (null: period of unknown length)'),
      }),
    ),
    carbon: z
      .object({
        t_co2e: tco2e.describe('tCO2e per period'),
        t_co2e_per_year: tco2e.describe('tCO2e per year'),
        cap: z.object({ tonnes: num, per: z.string().describe('year or month'), t_co2e_per_period: tco2e }).nullable(),
        price_per_t: nullableNum.describe('carbon price, currency per tCO2e'),
        carbon_cost: money.describe('tCO2e × price per period (0 without a price)'),
        cost_without_carbon: money.describe('total_cost: what the plan costs'),
        cost_with_carbon: money.describe('what the model minimised'),
      })
      .nullable()
      .describe('null when the scenario asks no carbon'),
    social_clause: z
      .object({
        min_share: num,
        hours: hours.describe('hours by people in insertion in the home country'),
        home_hours: hours,
        insertion_share_of_home: num,
      })
      .nullable(),
  })
  .describe('ESG figures, only when the scenario writes esg (docs/model.md)');

const common = {
  format_version: z.literal(FORMAT_VERSION).describe("version of this document's shape"),
  name: z.string(),
  currency: z.string(),
  period: z.string().describe('week, month, quarter or year'),
};

export const PlanJsonSchema = z.union([
  z
    .object({
      ...common,
      status: z.enum(['optimal', 'feasible']).describe('feasible: stopped by the time limit, see optimality'),
      home: z.string(),
      total_cost: money,
      total_hours: hours,
      total_fte: fte,
      allocation: z.array(allocationRow),
      timezone: z.string().optional(),
      week: z.string().nullable().optional().describe('Monday of the reference week (coverage plans)'),
      premium_cost: money.optional(),
      schedule: z
        .array(
          z.object({
            activity: z.string(),
            country: z.string(),
            start: z.string().nullable().describe('ISO start of the hour'),
            hours: num,
          }),
        )
        .optional(),
      contacts: z
        .array(
          z.object({
            activity: z.string(),
            country: z.string(),
            volume: num,
            aht: num,
            peak_agents: num,
            agent_hours: num,
            fte,
            ...queueMetrics,
            worst_hour: z.object(queueMetrics),
            staffing: z.string(),
          }),
        )
        .optional(),
      pooling: z.object({ staffing: z.string(), extra_agent_hours: num, cost: money }).optional(),
      countries: z.array(z.object({ country: z.string(), name: z.string(), hours, fte, cost: money, cost_share: num })),
      activities: z.array(
        z.object({
          activity: z.string(),
          language: z.string(),
          data: z.string(),
          hours,
          fte,
          cost: money,
          quality: num,
          min_quality: nullableNum,
        }),
      ),
      home_only: z
        .union([
          z.object({ feasible: z.literal(true), cost: money, saving: money, saving_share: num }),
          z.object({ feasible: z.literal(false), reasons: z.array(z.string()), notional_cost: nullableNum }),
        ])
        .describe('everything delivered in the home country, for comparison'),
      engine: z.string(),
      optimality,
      fixed_costs: money.optional(),
      sites: z
        .array(
          z.object({
            country: z.string(),
            open: z.boolean(),
            hours,
            fixed_cost: money,
            min_hours: nullableNum,
            forced: z.boolean(),
          }),
        )
        .optional(),
      staffing: z.array(z.object({ country: z.string(), fte, idle_hours: num })).optional(),
      esg: esg.optional(),
    })
    .describe('a plan'),
  z
    .object({
      ...common,
      status: z.literal('infeasible'),
      total_cost: z.null(),
      allocation: z.array(allocationRow).max(0),
      diagnosis: z.array(finding).describe('the rules at fault, in business terms'),
    })
    .describe('no plan satisfies the rules'),
]);

/** docs/plan.schema.json. */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanJsonSchema, { io: 'output', unrepresentable: 'any' }),
    $id: 'https://bestshore.dev/plan.schema.json',
    title: 'bestshore plan (JSON output)',
    description: `The document bestshore plan --format json writes (format_version ${FORMAT_VERSION}). See docs/output.md.`,
  };
}
