import { WEEKS_PER_PERIOD } from '../../scenario/countryTable.js';
import { costParts, type Bid, type CostComponent, type PriceUnit } from '../../scenario/bid.js';
import type { Ctx, CountryRef } from './model.js';
import type { CommitmentsData } from './modelCommitments.js';

export type { CommitmentsData };

/**
 * The bid sections as language-neutral data: the offer (who, what, until when), the price
 * schedule a buyer pastes into a BPU/DQE (unit prices HT, VAT, TTC), the commitments (volumes,
 * handling time, service levels, opening hours, sites), the staffing assumptions, the cost
 * breakdown and the signature block. Every figure comes from the plan (one number, one path).
 */
export type OfferData = Pick<Bid, 'supplier' | 'buyer' | 'reference' | 'lot' | 'offerDate' | 'validityDays'> & {
  readonly kind: 'offer';
  /** offer date + validity, when the offer is dated. */
  readonly validUntil: string | undefined;
};

export type PriceRow = {
  readonly activity: string;
  /** Price HT per period: the activity's hours at their rates plus its share of site costs and idle paid hours. */
  readonly price: number;
  readonly hours: number;
  readonly fte: number;
  /** Contacts and handled minutes per period (contact activities only). */
  readonly contacts: number | undefined;
  readonly minutes: number | undefined;
  /** Price HT per unit asked; a unit that does not apply (per contact for hours of work) is absent. */
  readonly unitPrices: Partial<Readonly<Record<PriceUnit, number>>>;
  /** The DQE line: the first unit asked that applies, its quantity per period. */
  readonly unit: PriceUnit;
  readonly quantity: number;
};

export type PriceScheduleData = {
  readonly kind: 'price-schedule';
  readonly units: readonly PriceUnit[];
  readonly rows: readonly PriceRow[];
  readonly totalHt: number;
  readonly vatRate: number;
  readonly vat: number;
  readonly totalTtc: number;
  /** Site costs and idle paid hours spread over the activities in proportion to their hours. */
  readonly spread: number;
  readonly periodsPerYear: number | undefined;
  readonly revision:
    { readonly index: string; readonly base: string | undefined; readonly formula: string | undefined } | undefined;
};

/** Where the staffing and shift assumptions go (rotas will add their rows here). */
export type StaffingData = {
  readonly kind: 'staffing';
  readonly wholeFte: boolean;
  readonly queues: 'per_interval' | 'period_average' | undefined;
  readonly rows: readonly {
    readonly country: CountryRef;
    readonly hoursPerFte: number;
    readonly shrinkage: number;
    readonly weekHours: number;
    readonly fte: number;
  }[];
  /** Shift rotas: each site's rules and its paid and idle shift hours (undefined without shifts). */
  readonly rota:
    | readonly {
        readonly country: CountryRef;
        readonly fullTime: readonly number[];
        readonly partTime: readonly number[];
        readonly maxPartTimeShare: number;
        readonly multiSkill: boolean;
        readonly paidHours: number;
        readonly idleHours: number;
      }[]
    | undefined;
};

export type CostBreakdownData = {
  readonly kind: 'cost-breakdown';
  readonly margin: number;
  readonly rows: readonly {
    readonly country: CountryRef;
    readonly costPerHour: number;
    readonly parts: Readonly<Record<CostComponent, number>>;
    readonly written: boolean;
  }[];
};

export type SignatureData = {
  readonly kind: 'signature';
  readonly supplier: string;
  readonly signatory:
    { readonly name: string; readonly title: string | undefined; readonly place: string | undefined } | undefined;
  readonly date: string | undefined;
};

export type BidSectionData =
  OfferData | PriceScheduleData | CommitmentsData | StaffingData | CostBreakdownData | SignatureData;

const sum = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((t, x) => t + f(x), 0);

function addDays(iso: string, days: number): string | undefined {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function offer({ scenario }: Ctx): OfferData | undefined {
  const b = scenario.bid;
  if (!b) return undefined;
  return {
    kind: 'offer',
    supplier: b.supplier,
    buyer: b.buyer,
    reference: b.reference,
    lot: b.lot,
    offerDate: b.offerDate,
    validityDays: b.validityDays,
    validUntil: b.offerDate === undefined ? undefined : addDays(b.offerDate, b.validityDays),
  };
}

export function priceSchedule({ plan, scenario }: Ctx): PriceScheduleData | undefined {
  const b = scenario.bid;
  if (!b) return undefined;
  const work = sum(plan.activities, (a) => a.cost);
  const spread = plan.totalCost - work;
  const hours = sum(plan.activities, (a) => a.hours);
  const rows = plan.activities.map((a): PriceRow => {
    const c = scenario.activities.find((x) => x.id === a.activity)?.contacts;
    const price = a.cost + (hours > 0 ? (spread * a.hours) / hours : 0);
    const contacts = c?.volume;
    const minutes = c ? (c.volume * c.aht) / 60 : undefined;
    const per = (q: number | undefined): number | undefined => (q !== undefined && q > 0 ? price / q : undefined);
    const quantities: Readonly<Record<PriceUnit, number | undefined>> = {
      hour: a.hours,
      fte: a.fte,
      contact: contacts,
      minute: minutes,
    };
    const unitPrices: Partial<Record<PriceUnit, number>> = {};
    for (const u of b.priceUnits) {
      const p = per(quantities[u]);
      if (p !== undefined) unitPrices[u] = p;
    }
    const unit = b.priceUnits.find((u) => unitPrices[u] !== undefined) ?? 'hour';
    return {
      activity: a.label ?? a.activity,
      price,
      hours: a.hours,
      fte: a.fte,
      contacts,
      minutes,
      unitPrices,
      unit,
      quantity: quantities[unit] ?? a.hours,
    };
  });
  const totalHt = plan.totalCost;
  const vat = totalHt * b.vatRate;
  const weeks = Object.hasOwn(WEEKS_PER_PERIOD, scenario.period) ? WEEKS_PER_PERIOD[scenario.period] : undefined;
  return {
    kind: 'price-schedule',
    units: b.priceUnits,
    rows,
    totalHt,
    vatRate: b.vatRate,
    vat,
    totalTtc: totalHt + vat,
    spread,
    periodsPerYear: weeks !== undefined && scenario.period !== 'year' ? 52 / weeks : undefined,
    revision: b.revision,
  };
}

export function staffing({ plan, scenario, ref }: Ctx): StaffingData {
  const rows = plan.countries.map((t) => {
    const c = scenario.countries.find((k) => k.code === t.country);
    return {
      country: ref(t.country),
      hoursPerFte: c?.hoursPerFte ?? 0,
      shrinkage: c?.shrinkage ?? scenario.shrinkage,
      weekHours: c?.weekHours ?? 0,
      fte: t.fte,
    };
  });
  const rota =
    plan.rota &&
    plan.countries.flatMap((t) => {
      const c = scenario.countries.find((k) => k.code === t.country);
      const mine = plan.allocation.filter((r) => r.country === t.country);
      const paidHours =
        plan.rota?.shifts.filter((sh) => sh.country === t.country).reduce((sum, sh) => sum + sh.paidHours, 0) ?? 0;
      if (!c || paidHours <= 0) return [];
      const idleHours = mine.reduce((sum, r) => sum + r.idleHours, 0);
      return [
        {
          country: ref(t.country),
          fullTime: c.shifts.fullTime,
          partTime: c.shifts.maxPartTimeShare > 0 ? c.shifts.partTime : [],
          maxPartTimeShare: c.shifts.maxPartTimeShare,
          multiSkill: c.shifts.multiSkill,
          paidHours,
          idleHours,
        },
      ];
    });
  return { kind: 'staffing', wholeFte: plan.wholeFte, queues: plan.pooling?.staffing, rows, rota };
}

export function costBreakdown({ plan, scenario, ref }: Ctx): CostBreakdownData | undefined {
  const b = scenario.bid;
  if (!b) return undefined;
  const rows = plan.countries.map((t) => {
    const c = scenario.countries.find((k) => k.code === t.country);
    const rate = c?.costPerHour ?? t.costPerHour;
    return { country: ref(t.country), costPerHour: rate, ...costParts(b, t.country, rate) };
  });
  return { kind: 'cost-breakdown', margin: b.margin, rows };
}

export function signature({ scenario, date }: Ctx): SignatureData | undefined {
  const b = scenario.bid;
  if (!b) return undefined;
  return { kind: 'signature', supplier: b.supplier.name, signatory: b.signatory, date: b.offerDate ?? date };
}
