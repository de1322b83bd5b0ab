import { z } from 'zod';
import { CountryCode, percentHint, share } from './schemaParts.js';
import { LIMITS, limitText } from './limits.js';
import { ScenarioShiftsSchema, ShiftRulesSchema } from './shiftSchema.js';
import { GLOBAL_RULE_KEYS, GlobalRulesSchema } from './globalRulesSchema.js';
import { LABEL_FIELDS } from './labelSchema.js';
import { BidSchema } from './bidSchema.js';
import { ESG_KEYS, EsgSchema } from './esgSchema.js';
import { HorizonSchema } from './horizonSchema.js';

// A scenario is parsed once per process: zod's JIT (object parsers generated with new Function)
// costs more to generate than it saves on one parse, and the generated code escapes the
// bundle's code cache.
z.config({ jitless: true });

/**
 * The strict shape of a scenario file (contract v1). Unknown keys are errors.
 * Ranges that need no context live here; rules that compare fields live in rules.ts.
 * Every number has a realistic upper bound (limits.ts): beyond it the value is a slip.
 */
const atMost = (max: number, what: string) => ({
  error: `expected at most ${limitText(max)}${what ? ` ${what}` : ''} (see Limits in docs/scenario.md)`,
});
/**
 * A number > 0 up to `max`; `what` says what is expected, `unit` what the limit counts. With a
 * `least` (value and message), a positive value below it gets that message (a value ≤ 0 gets
 * only the first: `abort` stops the checks after it).
 */
const positive = (what: string, max: number, unit: string, least?: readonly [number, string]) => {
  const base = z.number({ error: `expected ${what}` }).gt(0, { error: `expected ${what}`, abort: true });
  const bounded =
    least === undefined ? base : base.min(least[0], { error: `${least[1]} (see Limits in docs/scenario.md)` });
  return bounded.max(max, atMost(max, unit));
};
/** A number ≥ 0 up to `max`. */
const nonNegative = (expected: string, below: string, max: number, unit: string) =>
  z
    .number({ error: `expected ${expected}` })
    .min(0, { error: below })
    .max(max, atMost(max, unit));
/** A whole number from 1 up to `max`. */
const count = (max: number) =>
  z
    .number({ error: 'expected a whole number' })
    .int({ error: 'expected a whole number' })
    .min(1, { error: 'expected at least 1' })
    .max(max, atMost(max, ''));
/** A share in [0, 1]; a value written as a percentage (90 for 0.9) is told how to write it. */
const unit = share;
const SECONDS = 'seconds (one day)';

export const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;
export const LanguageCode = z
  .string({ error: 'expected a language code such as fr' })
  .regex(LANGUAGE_CODE, { error: 'expected a lower-case language code such as fr, en or pt-br' });

export const LanguageSkillSchema = z.union(
  [
    unit('a quality score'),
    z.strictObject({
      quality: unit('a quality score'),
      capacity_hours: positive(
        'a positive number of hours',
        LIMITS.hours,
        'hours per period (leave capacity_hours out for no limit)',
      ).optional(),
    }),
  ],
  { error: 'expected a quality score in [0, 1] or { quality, capacity_hours }' },
);

/** A premium as a share of the hourly cost; 25 (meant as 25%) is told to write 0.25. */
const premium = (example: string) =>
  z
    .number({ error: `expected a share such as ${example}` })
    .min(0, { error: 'expected a premium ≥ 0' })
    .max(LIMITS.premium, {
      error: (issue) =>
        `expected a premium of at most ${LIMITS.premium} (+${limitText(LIMITS.premium * 100)}%)${percentHint(issue.input)} (see Limits in docs/scenario.md)`,
    });

export const CountrySchema = z.strictObject({
  ...LABEL_FIELDS,
  cost_per_hour: positive('a positive cost per hour', LIMITS.costPerHour, 'per hour', [
    LIMITS.minCostPerHour,
    `expected a cost per hour of at least ${LIMITS.minCostPerHour}`,
  ]).describe('Fully loaded cost of one productive hour, in the scenario currency'),
  languages: z.record(z.string(), LanguageSkillSchema, { error: 'expected a map of language → quality' }),
  capacity_hours: nonNegative(
    'a number of hours',
    'expected hours ≥ 0',
    LIMITS.hours,
    'hours per period (leave capacity_hours out for no limit)',
  )
    .optional()
    .describe('Productive hours available per period, all activities together'),
  hours_per_fte: positive(
    'a positive number of productive hours per FTE',
    LIMITS.hoursPerFte,
    'productive hours per FTE (a year has 8,760 hours)',
  )
    .optional()
    .describe(
      'Productive hours one full-time agent gives per period; default: legal week × weeks per period × (1 − 30% shrinkage)',
    ),
  eu: z.boolean({ error: 'expected true or false' }).optional(),
  adequacy: z.boolean({ error: 'expected true or false' }).optional(),
  scc: z
    .boolean({ error: 'expected true or false' })
    .optional()
    .describe('Standard contractual clauses (Decision 2021/914) signed: personal data may go there'),
  fixed_cost: nonNegative('a cost', 'expected a cost ≥ 0', LIMITS.fixedCost, 'per period')
    .optional()
    .describe('Paid per period if the country receives any work (site, management, travel)'),
  min_hours: nonNegative('a number of hours', 'expected hours ≥ 0', LIMITS.hours, 'hours per period')
    .optional()
    .describe('If the country is used at all, at least this many hours per period'),
  open: z
    .boolean({ error: 'expected true or false' })
    .optional()
    .describe('Force the site open (true) or closed (false); default: the optimiser decides'),
  risk: z
    .number({ error: 'expected a risk score from 0 to 100' })
    .min(0, { error: 'risk must be between 0 and 100' })
    .max(100, { error: 'risk must be between 0 and 100' })
    .optional()
    .describe(
      "Country risk score, 0 (lowest) to 100 (highest): your own figure (e.g. from a location index: political stability, labour market, infrastructure); used by rules' max_risk_exposure and pareto --objectives cost,risk. bestshore has no default risk table",
    ),
  timezone: z
    .string({ error: 'expected an IANA time zone such as Europe/Bucharest' })
    .optional()
    .describe('IANA time zone of the sites; default from the built-in country table'),
  utc_offset: z
    .string({ error: 'expected an offset such as +00:00' })
    .optional()
    .describe('Fixed UTC offset overriding the time zone, e.g. "+00:00"'),
  working_hours: z
    .string({ error: 'expected windows such as "Mon-Sun 07:00-23:00"' })
    .optional()
    .describe('Local hours the sites work; default "Mon-Sun 07:00-23:00"'),
  seats: positive('a positive number of seats', LIMITS.seats, 'seats')
    .optional()
    .describe('Agents at work at once: caps the hours of each interval'),
  premiums: z
    .strictObject({
      night: premium('0.25').optional(),
      sunday: premium('0.5').optional(),
    })
    .optional()
    .describe('Cost uplift for night and Sunday hours (local time), e.g. { night: 0.25, sunday: 0.5 }'),
  shrinkage: z
    .number({ error: 'expected a share such as 0.32' })
    .min(0, { error: 'shrinkage must be in [0, 1)' })
    .lt(1, { error: 'shrinkage must be in [0, 1)' })
    .optional()
    .describe('Share of paid time not available (breaks, training, absence); default 0.30'),
  night_hours: z
    .string({ error: 'expected a range such as "21:00-06:00"' })
    .optional()
    .describe('Local hours that count as night; default "21:00-06:00"'),
  shifts: ShiftRulesSchema.optional().describe("This country's shift rules, over the scenario's shifts"),
});

export const DATA_CLASSES = ['none', 'personal', 'health', 'public'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

export const CHANNELS = ['voice', 'chat', 'email', 'backoffice'] as const;
export const STAFFING_BASES = ['per_interval', 'period_average'] as const;

/** Contact volumes, turned into staff by Erlang C (or A with patience) per hour of coverage. */
export const ContactsSchema = z.strictObject({
  volume: positive('a positive number of contacts per period', LIMITS.volume, 'contacts per period', [
    LIMITS.minVolume,
    `expected at least ${LIMITS.minVolume} contact per period`,
  ]),
  aht: positive('a positive average handling time in seconds', LIMITS.seconds, SECONDS),
  channel: z.enum(CHANNELS, { error: `expected one of ${CHANNELS.join(', ')}` }).optional(),
  service_level: z
    .union(
      [
        z.string({ error: 'expected "80/20" (80% answered within 20 s)' }),
        z.strictObject({
          target: z
            .number()
            .gt(0, { error: 'expected a share in (0, 1]' })
            .max(1, { error: 'expected a share in (0, 1]' }),
          seconds: z
            .number()
            .min(0, { error: 'expected seconds ≥ 0' })
            .max(LIMITS.seconds, atMost(LIMITS.seconds, SECONDS)),
        }),
      ],
      { error: 'expected "80/20" or { target: 0.8, seconds: 20 }' },
    )
    .optional(),
  asa: positive('a positive average speed of answer in seconds', LIMITS.seconds, SECONDS).optional(),
  occupancy_max: z
    .number({ error: 'expected a share in (0, 1]' })
    .gt(0, { error: 'occupancy_max must be in (0, 1]' })
    .max(1, { error: 'occupancy_max must be in (0, 1]' })
    .optional(),
  patience: positive('a positive mean patience in seconds', LIMITS.seconds, SECONDS).optional(),
  concurrency: z
    .number({ error: 'expected a whole number ≥ 1' })
    .int({ error: 'expected a whole number ≥ 1' })
    .min(1, { error: 'expected a whole number ≥ 1' })
    .max(LIMITS.concurrency, atMost(LIMITS.concurrency, 'sessions at once'))
    .optional(),
  staffing: z
    .enum(STAFFING_BASES, { error: `expected one of ${STAFFING_BASES.join(', ')}` })
    .optional()
    .describe(
      'per_interval (default): whole agents meeting every target in every hour; period_average: staffing mixed over the weeks of the period, targets met on average only',
    ),
  max_countries_per_hour: z
    .number({ error: 'expected 1, 2 or 3' })
    .int({ error: 'expected 1, 2 or 3' })
    .min(1, { error: 'expected 1, 2 or 3' })
    .max(3, { error: 'expected 1, 2 or 3' })
    .optional()
    .describe(
      'Most countries answering one hour of this queue at once (default 2: one site, or a site and its overflow)',
    ),
});

/** Refinements that run despite other errors may see any value: only maps are checked. */
const isMap = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

const weight = () =>
  z
    .number({ error: 'expected a weight ≥ 0' })
    .min(0, { error: 'expected a weight ≥ 0' })
    .max(LIMITS.weight, {
      error: `expected a weight of at most ${limitText(LIMITS.weight)} (weights are relative: 2 is twice 1; see Limits in docs/scenario.md)`,
    });

export const ActivitySchema = z
  .strictObject({
    ...LABEL_FIELDS,
    language: LanguageCode,
    hours: positive('a positive number of hours', LIMITS.hours, 'hours per period', [
      LIMITS.minHours,
      `expected at least ${LIMITS.minHours} hours per period (less is lost in rounding)`,
    ])
      .optional()
      .describe('Productive hours per period (or give contacts)'),
    contacts: ContactsSchema.optional().describe('Contact volumes: staffing from Erlang C/A instead of hours'),
    data: z
      .enum(DATA_CLASSES, { error: `expected one of ${DATA_CLASSES.join(', ')}` })
      .optional()
      .describe(
        'Data class: none (anywhere), personal (EU/EEA, adequacy or SCC), health (EU/EEA), public (home only); default personal',
      ),
    min_quality: unit('min_quality').optional().describe('Floor on the hours-weighted mean quality'),
    max_share: unit('max_share').optional().describe('At most this share of the activity in any one country'),
    min_home_share: unit('min_home_share').optional().describe('At least this share delivered in the home country'),
    countries: z
      .array(CountryCode, { error: 'expected a list of country codes' })
      .min(1, { error: 'expected at least one country' })
      .optional(),
    min_countries: count(LIMITS.countries)
      .optional()
      .describe('Business continuity: deliver from at least this many countries'),
    min_country_share: unit('min_country_share')
      .optional()
      .describe('With min_countries: each of those countries carries at least this share (default 0.1)'),
    coverage: z
      .string({ error: 'expected windows such as "Mon-Fri 08:00-20:00, Sat 09:00-18:00"' })
      .optional()
      .describe('Opening hours in the scenario timezone; the hours are spread over them'),
    profile: z
      .strictObject({
        days: z.record(z.string(), weight()).optional(),
        hours: z.record(z.string(), weight()).optional(),
      })
      .optional()
      .describe(
        'Weights shaping the volume over the covered hours: { days: { Mon: 1.2 }, hours: { "09-12": 1.5 } }; default flat',
      ),
  })
  // Either hours or contacts, checked here (even when other fields are wrong: `when`) so it is
  // reported with the other schema errors.
  .refine((a) => !isMap(a) || a.hours !== undefined || a.contacts !== undefined, {
    path: ['hours'],
    when: () => true,
    error: 'missing required field "hours": give hours (productive hours per period) or contacts (volume, aht…)',
  })
  .refine((a) => !isMap(a) || a.hours === undefined || a.contacts === undefined, {
    path: ['hours'],
    when: () => true,
    error: 'give either hours or contacts, not both: with contacts, bestshore derives the hours',
  });

const SCENARIO_SHAPE = 'expected a scenario: a map with name, countries and activities';
/** Golden result for `bestshore check` (the alternative is a `<name>.expected.json` file). */
export const ExpectSchema = z.strictObject({
  status: z.enum(['optimal', 'infeasible'], { error: 'expected optimal or infeasible' }),
  total_cost: z
    .number({ error: 'expected a number' })
    .min(0)
    .max(LIMITS.totalCost, atMost(LIMITS.totalCost, ''))
    .optional(),
  cost_tolerance: z.number({ error: 'expected a relative tolerance such as 0.001' }).min(0).max(1).optional(),
  shares: z.record(z.string(), z.record(z.string(), unit('a share'))).optional(),
  share_tolerance: z.number({ error: 'expected an absolute tolerance such as 0.001' }).min(0).max(1).optional(),
});

export const ScenarioSchema = z.strictObject(
  {
    name: z.string({ error: 'expected a name' }).min(1, { error: 'expected a non-empty name' }),
    currency: z.string({ error: 'expected a currency label such as EUR' }).min(1).optional(),
    home: CountryCode.optional(),
    period: z.string({ error: 'expected a period such as month' }).min(1).optional(),
    countries: z
      .record(z.string(), CountrySchema, { error: 'expected a map of countries keyed by code' })
      .refine((m) => Object.keys(m).length > 0, { error: 'expected at least one country' }),
    activities: z
      .record(z.string().min(1), ActivitySchema, { error: 'expected a map of activities keyed by id' })
      .refine((m) => Object.keys(m).length > 0, { error: 'expected at least one activity' }),
    timezone: z
      .string({ error: 'expected an IANA time zone such as Europe/Paris' })
      .optional()
      .describe("Customers' time zone for coverage windows; default the home country's zone"),
    week: z
      .string({ error: 'expected a date such as 2027-01-11' })
      .optional()
      .describe('Monday of the reference week (YYYY-MM-DD): its time-zone and DST rules apply; default 2027-01-11'),
    max_countries: count(LIMITS.countries).optional().describe('At most this many countries in the whole plan'),
    shifts: ScenarioShiftsSchema.optional().describe(
      'Shift rules for every country (activities with coverage are staffed as a rota of shifts); none plans each hour on its own',
    ),
    rules: GlobalRulesSchema.optional(),
    bid: BidSchema.optional().describe(
      'The bid the annex states: supplier, buyer, lot, VAT, price units, cost breakdown, revision, signatory',
    ),
    esg: EsgSchema.optional(),
    horizon: HorizonSchema.optional().describe(
      "The contract term month by month, for `bestshore roadmap`: volumes by month, today's delivery, hiring, ramp-up, attrition, one-off costs (docs/roadmap.md); ignored by plan",
    ),
    expect: ExpectSchema.optional(),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? SCENARIO_SHAPE : undefined) },
);

export type ScenarioInput = z.infer<typeof ScenarioSchema>;
export type CountryInput = z.infer<typeof CountrySchema>;
export type ActivityInput = z.infer<typeof ActivitySchema>;
export type ExpectInput = z.infer<typeof ExpectSchema>;

/** Keys a user may write at each level, for "did you mean" suggestions. */
export const KNOWN_KEYS = {
  scenario: Object.keys(ScenarioSchema.shape),
  country: Object.keys(CountrySchema.shape),
  activity: Object.keys(ActivitySchema.shape),
  language: ['quality', 'capacity_hours'],
  rule: GLOBAL_RULE_KEYS,
  esg: ESG_KEYS,
} as const;
