import { queueMetrics } from '../erlang/metrics.js';
import type { LpModel } from '../model/lp.js';
import type { Scenario } from '../scenario/types.js';
import { agentsFor, queueAht, type Contacts } from '../staffing/contacts.js';
import type { Pooling, QueueSummary, ScheduleRow } from './types.js';

/**
 * Service level and ASA at a fractional staffing: linear between the whole numbers of agents
 * around it, as the continuous staffing curve (staffing/contacts.ts) assumes.
 */
function serviceAt(c: Contacts, traffic: number, agents: number): { serviceLevel: number; asa: number } {
  const queue = { traffic, ahtSeconds: queueAht(c), ...(c.patience === undefined ? {} : { patienceSeconds: c.patience }) };
  const lo = Math.floor(agents + 1e-9);
  const w = Math.min(1, Math.max(0, agents - lo));
  const within = c.targets.serviceLevel?.withinSeconds ?? 0;
  const at = (n: number) => {
    const m = queueMetrics(queue, n);
    return { sl: m.stable ? m.serviceLevel(within) : 0, asa: Number.isFinite(m.asa) ? m.asa : 0 };
  };
  const a = at(lo);
  const b = w > 0 ? at(lo + 1) : a;
  return { serviceLevel: a.sl + w * (b.sl - a.sl), asa: a.asa + w * (b.asa - a.asa) };
}

/**
 * Per activity and country: contacts answered, agents, and the service they get (contact-
 * weighted over the week); and the pooling cost: agents beyond those one pooled queue per hour
 * would need, priced at the rates of the countries that carry them.
 */
export function queueSummaries(s: Scenario, schedule: readonly ScheduleRow[], model: LpModel, rounds: number): Pooling {
  const weeks = model.time?.weeksPerPeriod ?? 1;
  const acc = new Map<string, { activity: string; country: string; traffic: number; agentHours: number; peak: number; slWeighted: number; asaWeighted: number }>();
  const byHour = new Map<string, { traffic: number; agents: number; cost: number }>();
  for (const r of schedule) {
    const a = s.activities.find((x) => x.id === r.activity);
    const c = s.countries.find((x) => x.code === r.country);
    if (!a?.contacts?.queued || r.traffic === undefined || !c) continue;
    const agents = r.hours / weeks;
    const m = r.traffic > 0 ? serviceAt(a.contacts, r.traffic, agents) : undefined;
    const key = `${a.id}\u0000${c.code}`;
    const e = acc.get(key) ?? { activity: a.id, country: c.code, traffic: 0, agentHours: 0, peak: 0, slWeighted: 0, asaWeighted: 0 };
    e.traffic += r.traffic;
    e.agentHours += agents;
    e.peak = Math.max(e.peak, agents);
    const sl = a.contacts.targets.serviceLevel;
    if (m && sl) e.slWeighted += r.traffic * m.serviceLevel;
    if (m) e.asaWeighted += r.traffic * (Number.isFinite(m.asa) ? m.asa : 0);
    acc.set(key, e);
    const hourKey = `${a.id}@${r.interval}`;
    const h = byHour.get(hourKey) ?? { traffic: 0, agents: 0, cost: 0 };
    h.traffic += r.traffic;
    h.agents += agents;
    h.cost += r.hours * c.costPerHour;
    byHour.set(hourKey, h);
  }
  const rank = (e: { activity: string; country: string }): number =>
    s.activities.findIndex((x) => x.id === e.activity) * 1000 + s.countries.findIndex((x) => x.code === e.country);
  const queues: QueueSummary[] = [...acc.values()].sort((p, q) => rank(p) - rank(q)).map((e) => {
    const a = s.activities.find((x) => x.id === e.activity);
    const c = a?.contacts;
    return {
      activity: e.activity, country: e.country,
      volume: c ? (e.traffic * 3600 * weeks) / queueAht(c) : 0,
      aht: c?.aht ?? 0,
      peakAgents: Math.round(e.peak),
      hours: e.agentHours * weeks,
      fte: (e.agentHours * weeks) / (s.countries.find((x) => x.code === e.country)?.hoursPerFte ?? Infinity),
      serviceLevel: c?.targets.serviceLevel && e.traffic > 0 ? e.slWeighted / e.traffic : undefined,
      asa: e.traffic > 0 ? e.asaWeighted / e.traffic : 0,
      occupancy: e.agentHours > 0 ? e.traffic / e.agentHours : 0,
    };
  });
  let extraHours = 0;
  let cost = 0;
  for (const [key, h] of byHour) {
    const a = s.activities.find((x) => x.id === key.slice(0, key.lastIndexOf('@')));
    if (!a?.contacts) continue;
    const extra = h.agents - agentsFor(a.contacts, h.traffic);
    if (extra <= 1e-9) continue;
    extraHours += extra * weeks;
    cost += (extra / h.agents) * h.cost; // at the mix of rates of the countries carrying that hour
  }
  return { rounds, extraHours, cost, queues };
}
