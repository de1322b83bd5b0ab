import type { RoadmapOutcome } from '../../roadmap/types.js';
import { round } from '../format.js';
import { jsonDocument } from '../jsonDocument.js';

const money = (v: number): number => round(v, 2);
const fte = (v: number): number => round(v, 3);

/** The roadmap as one JSON document (format_version, kind: roadmap), every month in full. */
export function renderRoadmapJson(o: RoadmapOutcome): string {
  if (o.status === 'infeasible')
    return jsonDocument({
      kind: 'roadmap',
      status: 'infeasible',
      name: o.name,
      file: o.file,
      findings: o.findings,
      shortages: o.shortages.map((s) => ({ ...s, hours: round(s.hours, 2), fte: fte(s.fte) })),
    });
  const path = (p: typeof o.path) => ({
    npv: money(p.npv),
    months: p.months.map((m, i) => ({
      month: m.label,
      t: m.t,
      discount: round(m.discount, 6),
      cost: Object.fromEntries(Object.entries(m.cost).map(([k, v]) => [k, money(v)])),
      total: money(m.total),
      one_off: money(m.oneOff),
      cumulative: money(p.cumulative[i] ?? 0),
      hours: m.hours.map((h) => ({ activity: h.activity, country: h.country, hours: round(h.hours, 2) })),
      staff: m.staff.map((s) => ({
        activity: s.activity,
        pool: s.pool,
        country: s.country,
        headcount: fte(s.headcount),
        productive: fte(s.productive),
        hires: fte(s.hires),
        leavers: fte(s.leavers),
        released: fte(s.released),
      })),
    })),
  });
  return jsonDocument({
    kind: 'roadmap',
    status: o.status,
    name: o.name,
    file: o.file,
    currency: o.currency,
    start: o.start,
    months: o.months,
    discount_rate: o.discountRate,
    npv: money(o.path.npv),
    as_is: o.asIs.available
      ? { available: true, npv: money(o.asIs.path.npv), path: path(o.asIs.path) }
      : { available: false, why: o.asIs.why },
    saving: o.saving === undefined ? null : money(o.saving),
    payback: o.payback ?? null,
    peak_one_off: { ...o.peakOneOff, amount: money(o.peakOneOff.amount) },
    transfers: o.transfers,
    ...(o.exchangeRates.length === 0
      ? {}
      : {
          exchange_rates: o.exchangeRates.map((x) => ({
            currency: x.currency,
            pools: x.pools,
            rate: x.rate,
            drift: x.drift,
            shock: x.shock,
            first_month: round(x.first, 6),
            last_month: round(x.last, 6),
          })),
        }),
    ...(o.ruleCosts === undefined
      ? {}
      : {
          rule_costs: o.ruleCosts.map((c) => ({
            pool: c.pool,
            rule: c.rule,
            written: c.written,
            npv: money(c.npv),
            payback_delay_months: c.paybackDelay ?? null,
          })),
        }),
    approximations: o.approximations,
    proof: { engine: o.engine, certificate: o.certificate, verified: true },
    model: o.model,
    roadmap: path(o.path),
  });
}
