import type { BidMessages } from './i18nBid.js';

/** The bid sections in English (prices excluding VAT, VAT, including VAT). */
const UNIT: Readonly<Record<string, string>> = {
  hour: 'productive hour',
  fte: 'FTE',
  contact: 'contact handled',
  minute: 'handled minute',
};
const CHANNEL: Readonly<Record<string, string>> = {
  voice: 'Voice',
  chat: 'Chat',
  email: 'E-mail',
  backoffice: 'Back office',
};
const COMPONENT: Readonly<Record<string, string>> = {
  salaries: 'Salaries and charges',
  supervision: 'Supervision',
  it_telecom: 'IT and telecoms',
  premises: 'Premises',
  overheads: 'Overheads',
  margin: 'Margin',
};

export const BID_EN: BidMessages = {
  headings: {
    offer: 'Offer',
    priceSchedule: 'Price schedule',
    commitments: 'Service commitments',
    staffing: 'Staffing and scheduling assumptions',
    costBreakdown: 'Hourly price breakdown',
    signature: 'Signature',
  },
  item: 'Item',
  details: 'Details',
  supplier: 'Tenderer',
  buyer: 'Contracting authority',
  reference: 'Tender reference',
  lot: 'Lot',
  offerDate: 'Date of offer',
  validityLabel: 'Validity of the offer',
  validity: (days, until) =>
    `${days} days${until === undefined ? ' from the deadline for offers' : `, until ${until}`}`,
  priceIntro: (per, vat) =>
    `Prices excluding VAT ${per}, VAT at ${vat}, and including VAT. The total is the plan's; unit prices follow from it.`,
  spreadNote:
    'Site costs and paid hours not allocated are spread over the activities in proportion to their productive hours.',
  unitPricesTitle: 'Unit prices',
  quantitiesTitle: 'Estimated quantities',
  unitHead: (u, per) => (u === 'fte' ? `Price excl. VAT per FTE (${per})` : `Price excl. VAT per ${UNIT[u] ?? u}`),
  unitName: (u) => UNIT[u] ?? u,
  unitCol: 'Unit',
  quantity: (per) => `Quantity ${per}`,
  unitPrice: 'Unit price excl. VAT',
  amount: 'Amount excl. VAT',
  totalHt: 'Total excl. VAT',
  vatLine: (rate) => `VAT (${rate})`,
  totalTtc: 'Total incl. VAT',
  yearly: (ht, ttc) => `That is ${ht} excl. VAT, ${ttc} incl. VAT, per year.`,
  revisionTitle: 'Price revision',
  revision: (index, base, formula) =>
    `Prices are revised once a year on the ${index} index${base === undefined ? '' : ` (base value: ${base})`}: ${formula ?? 'P = P0 × (0.15 + 0.85 × I/I0)'}, where P0 is the initial price, I the index's latest published value and I0 its base value.`,
  commitmentsIntro:
    'Volumes, average handling time (AHT), service level targeted and reached by the plan, agents at the peak and opening hours of each activity, then the delivery sites.',
  channelHead: 'Channel',
  channel: (c) => CHANNEL[c] ?? c,
  volume: (per) => `Volume ${per}`,
  aht: 'AHT (s)',
  slTarget: 'Service level target',
  slReached: 'Service level reached',
  peakAgents: 'Agents at peak',
  openingHours: (tz) => (tz === undefined ? 'Opening hours' : `Opening hours (${tz})`),
  slText: (share, seconds) => `${share} in ${seconds} s`,
  peakNote:
    "The service level reached is each country's, weighted by contacts, over the reference week. Agents at peak add up each country's peak (an upper bound on the agents present in the same hour).",
  rulesTitle: "The buyer's allocation rules",
  ruleHead: 'Rule',
  requirement: 'Requirement',
  plannedShare: 'Planned share',
  maxIn: (share, countries) => `${countries}: at most ${share} of the hours`,
  maxEach: (share) => `Each country: at most ${share} of the hours`,
  minHome: (share, home) => `${home}: at least ${share} of the hours`,
  sitesTitle: 'Delivery sites',
  site: 'Site',
  seats: 'Workstations',
  description: 'Description',
  staffingIntro: 'Staffing assumptions used to size each site.',
  weekHours: 'Working week',
  shrinkage: 'Shrinkage',
  hoursPerFte: (per) => `Productive hours per FTE (${per})`,
  wholeFte: 'Staff: a whole number of FTE per site; paid hours not allocated are included in the price.',
  fractionalFte: 'Staff: full-time equivalents, productive hours ÷ productive hours of one FTE.',
  queuesPerInterval:
    'Contact queues: whole agents in every hour, service targets met in every hour of the reference week.',
  queuesAverage:
    'Contact queues: some are sized on the period average; their service targets are met on average, not in every hour.',
  rotaFte: 'Staff: full-time equivalents, paid shift hours (idle time included) ÷ productive hours of one FTE.',
  rotaTitle: 'Shifts',
  rotaIntro:
    "Activities with opening hours are staffed as a weekly rota: whole agents on shifts starting on the hour within each site's working hours; every hour of a shift is paid, including the idle time inside it, with night and Sunday premiums on the hours worked then. Breaks are within shrinkage.",
  fullTimeShifts: 'Full-time shifts (h)',
  partTimeShifts: 'Part-time shifts (h)',
  partTimeCap: 'Part-time at most',
  multiSkill: 'Multi-skilled agents',
  paidHours: (per) => `Paid shift hours (${per})`,
  idleShare: 'Idle within shifts',
  yes: 'yes',
  no: 'no',
  breakdownIntro: (currency) =>
    `Breakdown of the price of one productive hour, by country, in ${currency} excluding VAT.`,
  component: (c) => COMPONENT[c] ?? c,
  rate: 'Hourly rate',
  indicative: (countries, margin) =>
    `${countries}: indicative breakdown after a typical contact-centre cost structure (margin ${margin}).`,
  signedAt: (place, date) => `Signed at ${place ?? '…'} on ${date ?? '…'}`,
  forSupplier: (supplier) => `For ${supplier}`,
  signatureLine: 'Signature and company stamp',
};
