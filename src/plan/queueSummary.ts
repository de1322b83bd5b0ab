import { queueMetrics } from '../erlang/metrics.js';
import type { LpModel } from '../model/lp.js';
import type { Scenario } from '../scenario/types.js';
import { queueAht, queueOf, type Contacts } from '../staffing/contacts.js';
import { fewestAgents } from '../staffing/queuePatterns.js';
import type { Pooling, QueueSummary, ScheduleRow } from './types.js';

/** Does the scenario have a contact queue (voice/chat with Erlang staffing)? */
export const hasQueues = (s: Scenario): boolean => s.activities.some((a) => a.contacts?.queued === true);

type Service = { serviceLevel: number; asa: number; pWait: number; occupancy: number };

/**
 * Service at `agents` for `traffic` Erlangs. Whole agents: Erlang at that staffing, exactly.
 * A period average (fractional agents): linear between the whole staffings around it — an
 * average over the weeks of the period, as the plan assumes; below one stable staffing the
 * service level is 0 and the ASA infinite, never interpolated from a made-up 0.
 */
export function serviceAt(c: Contacts, traffic: number, agents: number): Service {
  const queue = queueOf(c, traffic);
  const within = c.targets.serviceLevel?.withinSeconds ?? 0;
  const at = (n: number): Service => {
    const m = queueMetrics(queue, n);
    return m.stable
      ? { serviceLevel: m.serviceLevel(within), asa: m.asa, pWait: m.pWait, occupancy: m.occupancy }
      : { serviceLevel: 0, asa: Infinity, pWait: 1, occupancy: Math.min(1, traffic / Math.max(n, 1e-9)) };
  };
  const lo = Math.floor(agents + 1e-9);
  const w = Math.min(1, Math.max(0, agents - lo));
  const a = at(lo);
  if (w <= 1e-9) return a;
  const b = at(lo + 1);
  const mix = (p: number, q: number): number => (Number.isFinite(p) && Number.isFinite(q) ? p + w * (q - p) : Infinity);
  return {
    serviceLevel: mix(a.serviceLevel, b.serviceLevel),
    asa: mix(a.asa, b.asa),
    pWait: mix(a.pWait, b.pWait),
    occupancy: traffic / agents,
  };
}

/**
 * A period-average hour: the service of each whole-agent staffing it mixes, weighted by the
 * contacts each answers over the period (the weeks it is used × its traffic). What the hour
 * gets on average, not the service of an average staffing that no week has.
 */
function mixedService(c: Contacts, mix: readonly { weight: number; agents: number; traffic: number }[]): Service {
  const total = mix.reduce((t, m) => t + m.weight * m.traffic, 0);
  const acc = { serviceLevel: 0, asa: 0, pWait: 0, occupancy: 0 };
  for (const m of mix) {
    const s = serviceAt(c, m.traffic, m.agents);
    const w = total > 0 ? (m.weight * m.traffic) / total : 0;
    acc.serviceLevel += w * s.serviceLevel;
    acc.asa += w * s.asa;
    acc.pWait += w * s.pWait;
    acc.occupancy += w * s.occupancy;
  }
  return acc;
}

type Acc = {
  traffic: number;
  agentHours: number;
  peak: number;
  sl: number;
  asa: number;
  pWait: number;
  worst: Service;
};

/**
 * Per activity and country: contacts answered, agents, and the service they get, hour by hour
 * at the agents planned (contact-weighted over the week, and the worst hour); and the pooling
 * cost: in hours split between countries, the agents beyond those one queue would need for the
 * hour's whole traffic, priced at the rates of the countries that carry them.
 */
export function queueSummaries(s: Scenario, schedule: readonly ScheduleRow[], model: LpModel): Pooling {
  const weeks = model.time?.weeksPerPeriod ?? 1;
  const acc = new Map<string, Acc & { activity: string; country: string }>();
  const byHour = new Map<string, { traffic: number; agents: number; cost: number; countries: number }>();
  const activity = new Map(s.activities.map((a) => [a.id, a]));
  const country = new Map(s.countries.map((c) => [c.code, c]));
  for (const r of schedule) {
    const a = activity.get(r.activity);
    const c = country.get(r.country);
    if (!a?.contacts?.queued || r.traffic === undefined || !c) continue;
    const agents = r.agents ?? r.hours / weeks;
    const m = r.mix ? mixedService(a.contacts, r.mix) : serviceAt(a.contacts, r.traffic, agents);
    const key = `${a.id}\u0000${c.code}`;
    const e = acc.get(key) ?? {
      activity: a.id,
      country: c.code,
      traffic: 0,
      agentHours: 0,
      peak: 0,
      sl: 0,
      asa: 0,
      pWait: 0,
      worst: { serviceLevel: 1, asa: 0, pWait: 0, occupancy: 0 },
    };
    e.traffic += r.traffic;
    e.agentHours += agents;
    e.peak = Math.max(e.peak, agents);
    e.sl += r.traffic * m.serviceLevel;
    e.asa += r.traffic * m.asa;
    e.pWait += r.traffic * m.pWait;
    if (r.traffic > 0) {
      e.worst = {
        serviceLevel: Math.min(e.worst.serviceLevel, m.serviceLevel),
        asa: Math.max(e.worst.asa, m.asa),
        pWait: Math.max(e.worst.pWait, m.pWait),
        occupancy: Math.max(e.worst.occupancy, m.occupancy),
      };
    }
    acc.set(key, e);
    const hourKey = `${a.id}@${r.interval}`;
    const h = byHour.get(hourKey) ?? { traffic: 0, agents: 0, cost: 0, countries: 0 };
    h.traffic += r.traffic;
    h.agents += agents;
    h.cost += r.hours * c.costPerHour;
    h.countries += 1;
    byHour.set(hourKey, h);
  }
  const rank = (e: { activity: string; country: string }): number =>
    s.activities.findIndex((x) => x.id === e.activity) * 1000 + s.countries.findIndex((x) => x.code === e.country);
  const queues: QueueSummary[] = [...acc.values()]
    .sort((p, q) => rank(p) - rank(q))
    .map((e) => {
      const c = activity.get(e.activity)?.contacts;
      const hasSl = c?.targets.serviceLevel !== undefined;
      const per = (v: number): number => (e.traffic > 0 ? v / e.traffic : 0);
      return {
        activity: e.activity,
        country: e.country,
        volume: c ? (e.traffic * 3600 * weeks) / queueAht(c) : 0,
        aht: c?.aht ?? 0,
        peakAgents: e.peak,
        hours: e.agentHours * weeks,
        fte: (e.agentHours * weeks) / (country.get(e.country)?.hoursPerFte ?? Infinity),
        serviceLevel: hasSl && e.traffic > 0 ? per(e.sl) : undefined,
        asa: per(e.asa),
        pWait: per(e.pWait),
        occupancy: e.agentHours > 0 ? e.traffic / e.agentHours : 0,
        worst: { ...e.worst, serviceLevel: hasSl ? e.worst.serviceLevel : undefined },
        staffing: c?.staffing ?? 'per_interval',
      };
    });
  let extraHours = 0;
  let cost = 0;
  for (const [key, h] of byHour) {
    if (h.countries < 2) continue; // an hour answered by one country alone is one queue: no pooling loss
    const c = activity.get(key.slice(0, key.lastIndexOf('@')))?.contacts;
    if (!c) continue;
    const extra = h.agents - fewestAgents(c, h.traffic);
    if (extra <= 1e-9) continue;
    extraHours += extra * weeks;
    cost += (extra / h.agents) * h.cost; // at the mix of rates of the countries carrying that hour
  }
  const averaged = s.activities.some((a) => a.contacts?.queued && a.contacts.staffing === 'period_average');
  return { staffing: averaged ? 'period_average' : 'per_interval', extraHours, cost, queues };
}
