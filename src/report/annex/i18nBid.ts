import type { CostComponent, PriceUnit } from '../../scenario/bid.js';
import type { Lang } from './i18n.js';
import { BID_EN } from './i18nBid.en.js';
import { BID_FR } from './i18nBid.fr.js';

/** The words of the bid sections (offer, price schedule, commitments, staffing, cost breakdown, signature). */
export type BidMessages = {
  readonly headings: {
    readonly offer: string;
    readonly priceSchedule: string;
    readonly commitments: string;
    readonly staffing: string;
    readonly costBreakdown: string;
    readonly signature: string;
  };
  // Offer
  readonly item: string;
  readonly details: string;
  readonly supplier: string;
  readonly buyer: string;
  readonly reference: string;
  readonly lot: string;
  readonly offerDate: string;
  readonly validityLabel: string;
  readonly validity: (days: string, until: string | undefined) => string;
  // Price schedule
  readonly priceIntro: (per: string, vat: string) => string;
  readonly spreadNote: string;
  readonly unitPricesTitle: string;
  readonly quantitiesTitle: string;
  readonly unitHead: (u: PriceUnit, per: string) => string;
  readonly unitName: (u: PriceUnit) => string;
  readonly unitCol: string;
  readonly quantity: (per: string) => string;
  readonly unitPrice: string;
  readonly amount: string;
  readonly totalHt: string;
  readonly vatLine: (rate: string) => string;
  readonly totalTtc: string;
  readonly yearly: (ht: string, ttc: string) => string;
  readonly revisionTitle: string;
  readonly revision: (index: string, base: string | undefined, formula: string | undefined) => string;
  // Commitments
  readonly commitmentsIntro: string;
  readonly channelHead: string;
  readonly channel: (c: string) => string;
  readonly volume: (per: string) => string;
  readonly aht: string;
  readonly slTarget: string;
  readonly slReached: string;
  readonly peakAgents: string;
  readonly openingHours: (timezone: string | undefined) => string;
  readonly slText: (share: string, seconds: string) => string;
  readonly peakNote: string;
  readonly rulesTitle: string;
  readonly ruleHead: string;
  readonly requirement: string;
  readonly plannedShare: string;
  readonly maxIn: (share: string, countries: string) => string;
  readonly maxEach: (share: string) => string;
  readonly minHome: (share: string, home: string) => string;
  readonly sitesTitle: string;
  readonly site: string;
  readonly seats: string;
  readonly description: string;
  // Staffing
  readonly staffingIntro: string;
  readonly weekHours: string;
  readonly shrinkage: string;
  readonly hoursPerFte: (per: string) => string;
  readonly wholeFte: string;
  readonly fractionalFte: string;
  readonly queuesPerInterval: string;
  readonly queuesAverage: string;
  /** Shift rotas: the rules per site and what the rota pays beyond the work. */
  readonly rotaFte: string;
  readonly rotaTitle: string;
  readonly rotaIntro: string;
  readonly fullTimeShifts: string;
  readonly partTimeShifts: string;
  readonly partTimeCap: string;
  readonly multiSkill: string;
  readonly paidHours: (per: string) => string;
  readonly idleShare: string;
  readonly yes: string;
  readonly no: string;
  // Cost breakdown
  readonly breakdownIntro: (currency: string) => string;
  readonly component: (c: CostComponent) => string;
  readonly rate: string;
  readonly indicative: (countries: string, margin: string) => string;
  // Signature
  readonly signedAt: (place: string | undefined, date: string | undefined) => string;
  readonly forSupplier: (supplier: string) => string;
  readonly signatureLine: string;
};

const TABLES: Readonly<Record<Lang, BidMessages>> = { fr: BID_FR, en: BID_EN };

export function bidMessages(lang: Lang): BidMessages {
  return TABLES[lang];
}
