import { COST_COMPONENTS, type BidInput, type CostComponent, type PriceUnit } from './bidSchema.js';
import type { FieldPath } from './path.js';
import { didYouMean } from './suggest.js';
import type { Scenario } from './types.js';

export type { CostComponent, PriceUnit };
export { COST_COMPONENTS };

export type Party = {
  readonly name: string;
  readonly legalForm: string | undefined;
  readonly registration: string | undefined;
  readonly address: string | undefined;
  readonly contact: string | undefined;
};

/** The bid with its defaults filled in (annex only: the plan does not depend on it). */
export type Bid = {
  readonly supplier: Party;
  readonly buyer: Party | undefined;
  readonly reference: string | undefined;
  readonly lot: string | undefined;
  readonly offerDate: string | undefined;
  readonly validityDays: number;
  readonly vatRate: number;
  readonly priceUnits: readonly PriceUnit[];
  readonly margin: number;
  /** Country code → amount per productive hour of each component, as written. */
  readonly costBreakdown: Readonly<Record<string, Partial<Readonly<Record<CostComponent, number>>>>>;
  readonly revision:
    { readonly index: string; readonly base: string | undefined; readonly formula: string | undefined } | undefined;
  readonly signatory:
    { readonly name: string; readonly title: string | undefined; readonly place: string | undefined } | undefined;
};

export const DEFAULT_VAT_RATE = 0.2;
export const DEFAULT_VALIDITY_DAYS = 120;
export const DEFAULT_MARGIN = 0.05;
export const DEFAULT_PRICE_UNITS: readonly PriceUnit[] = ['hour', 'fte'];
/**
 * Where a country's breakdown is not written: the parts of an hour before margin, as shares of
 * what is left once the margin is taken (bestshore's assumption for a contact centre, to be
 * replaced by the bid's own figures; the annex says so).
 */
export const DEFAULT_COST_SHARES: Readonly<Record<Exclude<CostComponent, 'margin'>, number>> = {
  salaries: 0.7,
  supervision: 0.1,
  it_telecom: 0.08,
  premises: 0.07,
  overheads: 0.05,
};

/** One amount per cost component, in the order of COST_COMPONENTS. */
const byComponent = (f: (k: CostComponent) => number): Record<CostComponent, number> => ({
  salaries: f('salaries'),
  supervision: f('supervision'),
  it_telecom: f('it_telecom'),
  premises: f('premises'),
  overheads: f('overheads'),
  margin: f('margin'),
});

const party = (p: NonNullable<BidInput['buyer']>): Party => ({
  name: p.name,
  legalForm: p.legal_form,
  registration: p.registration,
  address: p.address,
  contact: p.contact,
});

export function normaliseBid(input: BidInput | undefined): Bid | undefined {
  if (input === undefined) return undefined;
  return {
    supplier: party(input.supplier),
    buyer: input.buyer === undefined ? undefined : party(input.buyer),
    reference: input.reference,
    lot: input.lot,
    offerDate: input.offer_date,
    validityDays: input.validity_days ?? DEFAULT_VALIDITY_DAYS,
    vatRate: input.vat_rate ?? DEFAULT_VAT_RATE,
    priceUnits: [...new Set(input.price_units ?? DEFAULT_PRICE_UNITS)],
    margin: input.margin ?? DEFAULT_MARGIN,
    costBreakdown: input.cost_breakdown ?? {},
    revision:
      input.revision === undefined
        ? undefined
        : { index: input.revision.index, base: input.revision.base, formula: input.revision.formula },
    signatory:
      input.signatory === undefined
        ? undefined
        : { name: input.signatory.name, title: input.signatory.title, place: input.signatory.place },
  };
}

/** A country's cost of one productive hour, part by part: as written, or from the default shares. */
export function costParts(
  bid: Bid,
  code: string,
  costPerHour: number,
): { readonly parts: Readonly<Record<CostComponent, number>>; readonly written: boolean } {
  const written = bid.costBreakdown[code];
  if (written !== undefined) {
    return { parts: byComponent((k) => written[k] ?? 0), written: true };
  }
  const rest = costPerHour * (1 - bid.margin);
  const parts = byComponent((k) => (k === 'margin' ? costPerHour * bid.margin : DEFAULT_COST_SHARES[k] * rest));
  return { parts, written: false };
}

type Report = (path: FieldPath, message: string) => void;

const isRealDay = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A breakdown for a country the scenario does not have, or whose parts do not add up to its rate; an impossible date. */
export function checkBid(s: Scenario, report: Report): void {
  const bid = s.bid;
  if (!bid) return;
  if (bid.offerDate !== undefined && !isRealDay(bid.offerDate))
    report(['bid', 'offer_date'], `${bid.offerDate} is not a day of the calendar`);
  const codes = s.countries.map((c) => c.code);
  for (const [code, parts] of Object.entries(bid.costBreakdown)) {
    const c = s.countries.find((k) => k.code === code);
    if (!c) {
      report(['bid', 'cost_breakdown', code], `country "${code}" is not in countries${didYouMean(code, codes)}`);
      continue;
    }
    const total = COST_COMPONENTS.reduce((t, k) => t + (parts[k] ?? 0), 0);
    if (Math.abs(total - c.costPerHour) > 0.005) {
      report(
        ['bid', 'cost_breakdown', code],
        `the parts add up to ${Math.round(total * 100) / 100} per hour, but ${code}'s cost_per_hour is ${c.costPerHour}: they must be equal`,
      );
    }
  }
}
