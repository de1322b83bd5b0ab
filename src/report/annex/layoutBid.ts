import { COST_COMPONENTS, type PriceUnit } from '../../scenario/bid.js';
import { para, type Block, type TableRow } from './blocks.js';
import type { Composed, LayoutCtx } from './layout.js';
import type {
  CommitmentsData,
  CostBreakdownData,
  OfferData,
  PriceScheduleData,
  SignatureData,
  StaffingData,
} from './modelBid.js';
import { maskGroups, weekText } from './week.js';

/** Composers of the bid sections: offer, price schedule, commitments, staffing, cost breakdown, signature. */

const partyText = (p: OfferData['supplier']): string =>
  [p.name, p.legalForm, p.registration, p.address, p.contact].filter((x) => x !== undefined).join(' — ');

export function composeOffer(d: OfferData, { b, f }: LayoutCtx): Composed {
  const rows: [string, string | undefined][] = [
    [b.supplier, partyText(d.supplier)],
    [b.buyer, d.buyer && partyText(d.buyer)],
    [b.reference, d.reference],
    [b.lot, d.lot],
    [b.offerDate, d.offerDate && f.date(d.offerDate)],
  ];
  const body: TableRow[] = rows
    .filter((r): r is [string, string] => r[1] !== undefined)
    .map(([k, v]) => ({ kind: 'body', cells: [k, v] }));
  body.push({
    kind: 'body',
    cells: [b.validityLabel, b.validity(f.num(d.validityDays, 0), d.validUntil && f.date(d.validUntil))],
  });
  return { heading: b.headings.offer, blocks: [{ kind: 'table', head: [b.item, b.details], rows: body, numeric: [] }] };
}

export function composePriceSchedule(d: PriceScheduleData, { b, m, f, per }: LayoutCtx): Composed {
  const money = (n: number | undefined): string => (n === undefined ? '—' : f.money(n));
  const unitRows: TableRow[] = d.rows.map((r) => ({
    kind: 'body',
    cells: [r.activity, ...d.units.map((u) => money(r.unitPrices[u]))],
  }));
  const qty = (u: PriceUnit, q: number): string => f.num(q, u === 'fte' ? 1 : 0);
  const dqe: TableRow[] = d.rows.map((r) => ({
    kind: 'body',
    cells: [r.activity, b.unitName(r.unit), qty(r.unit, r.quantity), money(r.unitPrices[r.unit]), f.money(r.price)],
  }));
  dqe.push({ kind: 'subtotal', cells: [b.totalHt, '', '', '', f.money(d.totalHt)] });
  dqe.push({
    kind: 'body',
    cells: [b.vatLine(f.percent(d.vatRate, (d.vatRate * 100) % 1 === 0 ? 0 : 1)), '', '', '', f.money(d.vat)],
  });
  dqe.push({ kind: 'total', cells: [b.totalTtc, '', '', '', f.money(d.totalTtc)] });
  const blocks: Block[] = [
    para(b.priceIntro(per, f.percent(d.vatRate, (d.vatRate * 100) % 1 === 0 ? 0 : 1))),
    { kind: 'subheading', text: b.unitPricesTitle },
    {
      kind: 'table',
      head: [m.activity, ...d.units.map((u) => b.unitHead(u, per))],
      rows: unitRows,
      numeric: d.units.map((_, i) => i + 1),
    },
    { kind: 'subheading', text: b.quantitiesTitle },
    {
      kind: 'table',
      head: [m.activity, b.unitCol, b.quantity(per), b.unitPrice, b.amount],
      rows: dqe,
      numeric: [2, 3, 4],
    },
  ];
  if (d.periodsPerYear !== undefined)
    blocks.push(para(b.yearly(f.money(d.totalHt * d.periodsPerYear), f.money(d.totalTtc * d.periodsPerYear))));
  if (Math.abs(d.spread) >= 0.005) blocks.push(para(b.spreadNote));
  if (d.revision)
    blocks.push(
      { kind: 'subheading', text: b.revisionTitle },
      para(b.revision(d.revision.index, d.revision.base, d.revision.formula)),
    );
  return { heading: b.headings.priceSchedule, blocks };
}

export function composeCommitments(d: CommitmentsData, { b, m, f, per, name, names, model }: LayoutCtx): Composed {
  const dash = '—';
  const rows: TableRow[] = d.activities.map((a) => ({
    kind: 'body',
    cells: [
      a.activity,
      a.channel === undefined ? dash : b.channel(a.channel),
      a.volume === undefined ? `${f.num(a.hours, 0)}\u00a0${m.hourUnit}` : f.num(a.volume, 0),
      a.aht === undefined ? dash : f.num(a.aht, 0),
      a.slTarget === undefined ? dash : b.slText(f.percent(a.slTarget.share, 0), f.num(a.slTarget.seconds, 0)),
      a.slReached === undefined ? dash : f.percent(a.slReached, 1),
      a.peakAgents === undefined ? dash : f.num(a.peakAgents, Number.isInteger(a.peakAgents) ? 0 : 1),
      a.open === undefined ? dash : weekText(maskGroups(a.open), m.days, m.allWeek, m.listSep),
    ],
  }));
  const sites: TableRow[] = d.sites.map((s) => ({
    kind: 'body',
    cells: [name(s.country), f.num(s.fte, 1), s.seats === undefined ? dash : f.num(s.seats, 0), s.description ?? ''],
  }));
  const queues = d.activities.some((a) => a.slReached !== undefined || a.peakAgents !== undefined);
  return {
    heading: b.headings.commitments,
    blocks: [
      para(b.commitmentsIntro),
      {
        kind: 'table',
        head: [
          m.activity,
          b.channelHead,
          b.volume(per),
          b.aht,
          b.slTarget,
          b.slReached,
          b.peakAgents,
          b.openingHours(d.timezone),
        ],
        rows,
        numeric: [2, 3, 5, 6],
        nowrap: [0],
      },
      ...(queues ? [para(b.peakNote)] : []),
      ...(d.rules.length === 0
        ? []
        : [
            { kind: 'subheading' as const, text: b.rulesTitle },
            {
              kind: 'table' as const,
              head: [b.ruleHead, b.requirement, b.plannedShare],
              numeric: [2],
              rows: d.rules.map((r): TableRow => ({
                kind: 'body',
                cells: [
                  r.label,
                  r.kind === 'min'
                    ? b.minHome(f.percent(r.limit, 0), name(model.home))
                    : r.countries
                      ? b.maxIn(f.percent(r.limit, 0), names(r.countries))
                      : b.maxEach(f.percent(r.limit, 0)),
                  f.percent(r.planned, 1),
                ],
              })),
            },
          ]),
      { kind: 'subheading', text: b.sitesTitle },
      { kind: 'table', head: [b.site, m.fte, b.seats, b.description], rows: sites, numeric: [1, 2] },
    ],
  };
}

/** The staffing assumptions: today the legal week, shrinkage and FTE of each site; shift rotas add their rows here. */
export function composeStaffing(d: StaffingData, { b, m, f, per, name }: LayoutCtx): Composed {
  const rows: TableRow[] = d.rows.map((r) => ({
    kind: 'body',
    cells: [
      name(r.country),
      `${f.num(r.weekHours, Number.isInteger(r.weekHours) ? 0 : 1)}\u00a0${m.hourUnit}`,
      f.percent(r.shrinkage, 0),
      f.num(r.hoursPerFte, 1),
      f.num(r.fte, d.wholeFte ? 0 : 1),
    ],
  }));
  const lines = [
    d.wholeFte ? b.wholeFte : d.rota && d.rota.length > 0 ? b.rotaFte : b.fractionalFte,
    ...(d.queues === undefined ? [] : [d.queues === 'per_interval' ? b.queuesPerInterval : b.queuesAverage]),
  ];
  return {
    heading: b.headings.staffing,
    blocks: [
      para(b.staffingIntro),
      {
        kind: 'table',
        head: [m.country, b.weekHours, b.shrinkage, b.hoursPerFte(per), m.fte],
        rows,
        numeric: [1, 2, 3, 4],
      },
      { kind: 'list', items: lines.map((t) => [{ text: t }]) },
      ...(d.rota === undefined || d.rota.length === 0 ? [] : rotaBlocks(d.rota, { b, m, f, per, name })),
    ],
  };
}

/** The shift rules of each site and what its rota pays beyond the work. */
function rotaBlocks(
  rota: NonNullable<StaffingData['rota']>,
  { b, m, f, per, name }: Pick<LayoutCtx, 'b' | 'm' | 'f' | 'per' | 'name'>,
): Block[] {
  const lengths = (hs: readonly number[]): string => (hs.length === 0 ? '—' : hs.map((h) => f.num(h, 0)).join(', '));
  const rows: TableRow[] = rota.map((r) => ({
    kind: 'body',
    cells: [
      name(r.country),
      lengths(r.fullTime),
      lengths(r.partTime),
      r.partTime.length === 0 ? '—' : f.percent(r.maxPartTimeShare, 0),
      r.multiSkill ? b.yes : b.no,
      f.num(r.paidHours, 0),
      f.percent(r.paidHours > 0 ? r.idleHours / r.paidHours : 0, 1),
    ],
  }));
  return [
    { kind: 'subheading', text: b.rotaTitle },
    para(b.rotaIntro),
    {
      kind: 'table',
      head: [m.country, b.fullTimeShifts, b.partTimeShifts, b.partTimeCap, b.multiSkill, b.paidHours(per), b.idleShare],
      rows,
      numeric: [5, 6],
    },
  ];
}

export function composeCostBreakdown(d: CostBreakdownData, { b, m, f, model, name, names }: LayoutCtx): Composed {
  const rows: TableRow[] = d.rows.map((r) => ({
    kind: 'body',
    cells: [
      r.written ? name(r.country) : `${name(r.country)}\u00a0*`,
      ...COST_COMPONENTS.map((k) => f.money(r.parts[k])),
      f.money(r.costPerHour),
    ],
  }));
  const indicative = d.rows.filter((r) => !r.written);
  return {
    heading: b.headings.costBreakdown,
    blocks: [
      para(b.breakdownIntro(model.currency)),
      {
        kind: 'table',
        head: [m.country, ...COST_COMPONENTS.map((k) => b.component(k)), b.rate],
        rows,
        numeric: COST_COMPONENTS.map((_, i) => i + 1).concat(COST_COMPONENTS.length + 1),
      },
      ...(indicative.length === 0
        ? []
        : [para(`* ${b.indicative(names(indicative.map((r) => r.country)), f.percent(d.margin, 0))}`)]),
    ],
  };
}

export function composeSignature(d: SignatureData, { b, f }: LayoutCtx): Composed {
  const who = d.signatory ? [d.signatory.name, d.signatory.title].filter((x) => x !== undefined).join(', ') : undefined;
  return {
    heading: b.headings.signature,
    blocks: [
      para(b.signedAt(d.signatory?.place, d.date === undefined ? undefined : f.date(d.date))),
      para(b.forSupplier(d.supplier)),
      ...(who === undefined ? [] : [para(who)]),
      para(b.signatureLine),
    ],
  };
}
