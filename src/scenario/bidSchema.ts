import { z } from 'zod';

/**
 * The bid: who offers what to whom, and how the price is stated (top-level `bid`). Read by the
 * annex only; the plan and its price do not depend on it. Kept in its own file so that other
 * additions to schema.ts merge cleanly.
 */
const text = (max: number) =>
  z
    .string({ error: 'expected a text' })
    .trim()
    .min(1, { error: 'expected a non-empty text' })
    .max(max, { error: `expected at most ${max} characters` });
const share = (what: string, below1 = false) => {
  const base = z
    .number({ error: `expected ${what} between 0 and 1` })
    .min(0, { error: `${what} must be between 0 and 1` });
  return below1
    ? base.lt(1, { error: `${what} must be below 1` })
    : base.max(1, { error: `${what} must be between 0 and 1` });
};

export const PRICE_UNITS = ['hour', 'fte', 'contact', 'minute'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];
/** Parts of an hour's cost, in the order a cost breakdown lists them. */
export const COST_COMPONENTS = ['salaries', 'supervision', 'it_telecom', 'premises', 'overheads', 'margin'] as const;
export type CostComponent = (typeof COST_COMPONENTS)[number];

const PartySchema = z.strictObject({
  name: text(200).describe('Company or authority name'),
  legal_form: text(100).optional().describe('e.g. SAS au capital de 1 000 000 €'),
  registration: text(100).optional().describe('Company number, e.g. SIRET 123 456 789 00012'),
  address: text(300).optional().describe('Postal address'),
  contact: text(200).optional().describe('Person, e-mail or telephone for the offer'),
});

const CostBreakdownSchema = z.partialRecord(
  z.enum(COST_COMPONENTS, { error: `expected one of ${COST_COMPONENTS.join(', ')}` }),
  z
    .number({ error: 'expected an amount per hour ≥ 0' })
    .min(0, { error: 'expected an amount per hour ≥ 0' })
    .max(10_000, { error: 'expected at most 10,000 per hour' }),
  { error: `expected a map of ${COST_COMPONENTS.join(', ')} → amount per productive hour` },
);

export const BidSchema = z.strictObject({
  supplier: PartySchema.describe('The company making the offer'),
  buyer: PartySchema.optional().describe('The contracting authority or client'),
  reference: text(200).optional().describe("The consultation's reference, e.g. 2027-AO-015"),
  lot: text(200).optional().describe('The lot answered, e.g. "Lot 2 — Relation usagers"'),
  offer_date: z
    .string({ error: 'expected a date such as 2027-02-15' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD' })
    .optional()
    .describe('Date of the offer, YYYY-MM-DD (default: the annex date)'),
  validity_days: z
    .number({ error: 'expected a whole number of days' })
    .int({ error: 'expected a whole number of days' })
    .min(1, { error: 'expected at least 1 day' })
    .max(730, { error: 'expected at most 730 days' })
    .optional()
    .describe('How long the offer holds, in days from offer_date (default 120)'),
  vat_rate: share('vat_rate').optional().describe('VAT on the prices, e.g. 0.2 (default 0.2)'),
  price_units: z
    .array(z.enum(PRICE_UNITS, { error: `expected one of ${PRICE_UNITS.join(', ')}` }), {
      error: 'expected a list of price units',
    })
    .min(1, { error: 'expected at least one price unit' })
    .optional()
    .describe('Unit prices the buyer asks for: hour, fte, contact, minute (default [hour, fte])'),
  margin: share('margin', true)
    .optional()
    .describe(
      "Margin as a share of the price, used where cost_breakdown does not give a country's figures (default 0.05)",
    ),
  cost_breakdown: z
    .record(z.string(), CostBreakdownSchema, { error: 'expected a map of country code → components' })
    .optional()
    .describe("Per country, the parts of one productive hour's cost; they must add up to its cost_per_hour"),
  revision: z
    .strictObject({
      index: text(200).describe('e.g. "Syntec" or "ICHT-IME"'),
      base: text(100).optional().describe('The base index value or month, e.g. "janvier 2027"'),
      formula: text(500).optional().describe('Default P = P0 × (0.15 + 0.85 × I/I0)'),
    })
    .optional()
    .describe('Price revision clause: the index and formula'),
  signatory: z
    .strictObject({
      name: text(200).describe('Who signs the offer'),
      title: text(200).optional().describe('Their title, e.g. Directeur commercial'),
      place: text(100).optional().describe('Place of signature'),
    })
    .optional()
    .describe('The signature block of the annex'),
});

export type BidInput = z.infer<typeof BidSchema>;
