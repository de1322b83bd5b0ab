import { homeReasonText } from './homeReasonText.js';
import { integerDecisions, proofOf } from '../../plan/proof.js';
import type { Outcome, Plan, PlanWeek, Pooling, Rota, SiteDecision } from '../../plan/types.js';
import { PLACES, round } from '../format.js';
import type { Renderer } from '../renderer.js';
import { jsonDocument } from '../jsonDocument.js';
import { esgJson } from './esgView.js';

/** The JSON document of a plan, as docs/output.md and docs/plan.schema.json describe it. */
export function toJson(outcome: Outcome): Record<string, unknown> {
  if (outcome.status === 'infeasible') {
    return {
      name: outcome.name,
      status: 'infeasible',
      currency: outcome.currency,
      period: outcome.period,
      total_cost: null,
      allocation: [],
      diagnosis: outcome.diagnosis.map((f) => ({
        rule: f.rule,
        activities: f.activities,
        message: f.message,
        path: f.path,
        file: f.file,
        line: f.line,
        col: f.col,
      })),
    };
  }
  return planJson(outcome);
}

function planJson(p: Plan): Record<string, unknown> {
  const share = (cost: number): number => (p.totalCost > 0 ? round(cost / p.totalCost, 4) : 0);
  return {
    name: p.name,
    status: p.status,
    currency: p.currency,
    period: p.period,
    home: p.home,
    total_cost: round(p.totalCost, PLACES.cost),
    total_hours: round(p.totalHours, PLACES.hours),
    total_fte: round(p.totalFte, PLACES.fte),
    allocation: p.allocation.map((r) => ({
      activity: r.activity,
      country: r.country,
      hours: round(r.hours, PLACES.hours),
      fte: round(r.fte, PLACES.fte),
      cost: round(r.cost, PLACES.cost),
      quality: round(r.quality, PLACES.quality),
      basis: r.basis,
      ...(p.week ? { premium_cost: round(r.premiumCost, PLACES.cost) } : {}),
      ...(p.rota ? { idle_hours: round(r.idleHours, PLACES.hours) } : {}),
    })),
    ...(p.week ? weekJson(p, p.week) : {}),
    ...(p.pooling ? poolingJson(p.pooling) : {}),
    ...(p.rota && p.week ? { rota: rotaJson(p.rota, p.week) } : {}),
    countries: p.countries.map((c) => ({
      country: c.country,
      name: c.name,
      hours: round(c.hours, PLACES.hours),
      fte: round(c.fte, PLACES.fte),
      cost: round(c.cost, PLACES.cost),
      cost_share: share(c.cost),
    })),
    activities: p.activities.map((a) => ({
      activity: a.activity,
      ...(a.label !== undefined ? { label: a.label } : {}),
      ...(a.description !== undefined ? { description: a.description } : {}),
      language: a.language,
      data: a.data,
      hours: round(a.hours, PLACES.hours),
      fte: round(a.fte, PLACES.fte),
      cost: round(a.cost, PLACES.cost),
      quality: round(a.quality, PLACES.quality),
      min_quality: a.minQuality ?? null,
    })),
    home_only: p.homeOnly.feasible
      ? {
          feasible: true,
          cost: round(p.homeOnly.cost, PLACES.cost),
          saving: round(p.homeOnly.saving, PLACES.cost),
          saving_share: p.homeOnly.cost > 0 ? round(p.homeOnly.saving / p.homeOnly.cost, 4) : 0,
        }
      : {
          feasible: false,
          reasons: p.homeOnly.reasons.map((r) => homeReasonText(r)),
          notional_cost: p.homeOnly.notionalCost === undefined ? null : round(p.homeOnly.notionalCost, PLACES.cost),
        },
    engine: p.engine,
    optimality: optimalityJson(p),
    ...(p.sites.length > 0 ? { fixed_costs: round(p.fixedCosts, PLACES.cost), sites: p.sites.map(siteJson) } : {}),
    ...(p.esg ? { esg: esgJson(p) } : {}),
    ...(p.wholeFte
      ? {
          staffing: p.countries.map((c) => ({
            country: c.country,
            fte: c.fte,
            idle_hours: round(c.idleHours, PLACES.hours),
          })),
        }
      : {}),
  };
}

function optimalityJson(p: Plan): Record<string, unknown> {
  const c = p.certificate;
  if (c.kind === 'none') return { proven: false, reason: c.reason };
  const proof = proofOf(p);
  // What every plan costs at least: lower_bound only speaks of this plan's decisions.
  const atLeast = c.kind === 'dual' ? c.lowerBound : c.optimumAtLeast;
  const base = {
    proven: proof.proven,
    method: c.kind === 'dual' ? 'dual bound' : `branch and bound (${integerDecisions(p)}) + dual bound for the hours`,
    lower_bound: round(c.lowerBound, PLACES.cost),
    // Unknown (a search stopped with no gap stated) is null, never 0: nothing bounds that plan.
    gap: proof.proven ? round(c.gap, 9) : proof.gap === undefined ? null : round(proof.gap, 9),
    optimum_at_least: atLeast === undefined ? null : round(atLeast, PLACES.cost),
  };
  if (c.kind !== 'mip') return base;
  const priced = c.pricedOut && {
    priced_out: {
      lp_bound: round(c.pricedOut.lpBound, PLACES.cost),
      bound: round(c.pricedOut.lowerBound, PLACES.cost),
      threshold: round(c.pricedOut.threshold, PLACES.cost),
      patterns_kept: c.pricedOut.kept,
      patterns_in_play: c.pricedOut.inPlay,
      patterns: c.pricedOut.total,
    },
  };
  return { ...base, mip_gap: c.mipGap === undefined ? null : round(c.mipGap, 9), ...priced };
}

/** Coverage plans: the reference week and one row per activity, country and hour with hours > 0. */
function weekJson(p: Plan, week: PlanWeek): Record<string, unknown> {
  return {
    timezone: week.timezone,
    week: week.intervals[0]?.iso.slice(0, 10) ?? null,
    premium_cost: round(p.premiumCost, PLACES.cost),
    schedule: p.schedule.map((r) => ({
      activity: r.activity,
      country: r.country,
      start: week.intervals[r.interval]?.iso ?? null,
      hours: round(r.hours, 4),
    })),
  };
}

/** The shifts of a rota: who starts when (customers' time zone), for how long, how many agents every week. */
function rotaJson(rota: Rota, week: PlanWeek): Record<string, unknown>[] {
  return rota.shifts.map((sh) => ({
    country: sh.country,
    group: sh.group,
    activities: sh.activities,
    start: week.intervals[sh.start]?.iso ?? null,
    length_hours: sh.length,
    part_time: sh.partTime,
    agents: sh.agents,
    paid_hours: round(sh.paidHours, PLACES.hours),
    premium_cost: round(sh.premium, PLACES.cost),
  }));
}

/** JSON has no Infinity: an unbounded wait (an unstable queue) is null. */
const finite = (v: number, places: number): number | null => (Number.isFinite(v) ? round(v, places) : null);

function poolingJson(q: Pooling): Record<string, unknown> {
  return {
    contacts: q.queues.map((r) => ({
      activity: r.activity,
      country: r.country,
      volume: round(r.volume, 1),
      aht: r.aht,
      peak_agents: round(r.peakAgents, 2),
      agent_hours: round(r.hours, PLACES.hours),
      fte: round(r.fte, PLACES.fte),
      service_level: r.serviceLevel === undefined ? null : round(r.serviceLevel, 4),
      asa: finite(r.asa, 2),
      p_wait: round(r.pWait, 4),
      occupancy: round(r.occupancy, 4),
      worst_hour: {
        service_level: r.worst.serviceLevel === undefined ? null : round(r.worst.serviceLevel, 4),
        asa: finite(r.worst.asa, 2),
        p_wait: round(r.worst.pWait, 4),
        occupancy: round(r.worst.occupancy, 4),
      },
      staffing: r.staffing,
    })),
    pooling: {
      staffing: q.staffing,
      extra_agent_hours: round(q.extraHours, PLACES.hours),
      cost: round(q.cost, PLACES.cost),
    },
  };
}

function siteJson(site: SiteDecision): Record<string, unknown> {
  return {
    country: site.country,
    open: site.open,
    hours: round(site.hours, PLACES.hours),
    fixed_cost: round(site.fixedCost, PLACES.cost),
    min_hours: site.minHours ?? null,
    forced: site.forced,
  };
}

export const renderJson: Renderer = (outcome) => jsonDocument(toJson(outcome));
