import { describe, expect, it } from 'vitest';
import { planScenario } from '../src/plan/planScenario.js';
import type { Plan } from '../src/plan/types.js';
import { readScenarioText } from '../src/scenario/readScenario.js';
import { autoSolver, ENGINES } from '../src/solver/engines.js';
import { trafficCarried, wholeAgentsFor, type Contacts } from '../src/staffing/contacts.js';

const WEEKS = 52 / 12;
const HOURS_PER_WEEK = 60; // Mon-Fri 08:00-20:00

const scenario = (extra: { ma?: string; activity?: string } = {}) => `name: two-country queue
timezone: Europe/Paris
week: 2027-01-11
countries:
  FR: { cost_per_hour: 32, languages: { fr: 0.95 }, working_hours: "Mon-Sun 00:00-24:00" }
  MA: { cost_per_hour: 17, languages: { fr: 0.86 }, scc: true, working_hours: "Mon-Sun 00:00-24:00"${extra.ma ?? ''} }
activities:
  l1:
    language: fr
    contacts: { volume: 30000, aht: 360, service_level: "80/20" }
    coverage: "Mon-Fri 08:00-20:00"${extra.activity ?? ''}
`;

const plan = async (text: string, engine = autoSolver): Promise<Plan> => {
  const r = readScenarioText('s.yaml', text);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  const o = await planScenario(r.scenario, engine, { timeLimitSeconds: 30 });
  if (o.status === 'infeasible') throw new Error(o.diagnosis.map((f) => f.message).join('\n'));
  return o;
};

describe('the staffing curve', () => {
  it('trafficCarried(n) is where the whole agents needed pass n (80/20, and with patience)', () => {
    const r = readScenarioText('s.yaml', scenario());
    if (!r.ok) throw new Error('bad scenario');
    const voice = r.scenario.activities[0]?.contacts as Contacts;
    for (const c of [voice, { ...voice, patience: 120 }]) {
      for (const n of [1, 2, 5, 13, 40, 120]) {
        const t = trafficCarried(c, n);
        expect(wholeAgentsFor(c, t)).toBeLessThanOrEqual(n);
        expect(wholeAgentsFor(c, t * (1 + 1e-9) + 1e-12)).toBeGreaterThan(n);
      }
    }
  });
});

describe('contact volumes: Erlang staffing with real pooling', () => {
  // Erlangs in each of the 60 open hours (flat profile), and the whole agents one queue needs.
  const TRAFFIC = ((30000 / WEEKS / HOURS_PER_WEEK) * 360) / 3600;
  const voice = (): Contacts => {
    const r = readScenarioText('s.yaml', scenario());
    if (!r.ok) throw new Error('bad scenario');
    return r.scenario.activities[0]?.contacts as Contacts;
  };

  it('one queue in the cheapest country when nothing forces a split (no pooling cost)', async () => {
    const p = await plan(scenario());
    expect(p.allocation.map((r) => r.country)).toEqual(['MA']);
    expect(p.pooling?.extraHours).toBeCloseTo(0, 6);
    expect(p.totalCost).toBeCloseTo(17 * wholeAgentsFor(voice(), TRAFFIC) * HOURS_PER_WEEK * WEEKS, 6);
  });

  it.each([
    [3000, 1],
    [Infinity, 0.6],
    [2500, 0.7],
  ])('engines agree on a queue forced apart (MA capacity %s h, max_share %s)', async (cap, share) => {
    const text = scenario({
      ...(Number.isFinite(cap) ? { ma: `, capacity_hours: ${cap}` } : {}),
      ...(share < 1 ? { activity: `\n    max_share: ${share}` } : {}),
    });
    const costs: number[] = [];
    for (const engine of Object.values(ENGINES)) {
      const p = await plan(text, engine);
      expect(p.allocation.length).toBe(2);
      costs.push(p.totalCost);
      // Cheaper than nothing forced (all in MA) can never be, and never dearer than all in FR.
      const whole = wholeAgentsFor(voice(), TRAFFIC) * HOURS_PER_WEEK * WEEKS;
      expect(p.totalCost).toBeGreaterThan(17 * whole);
      expect(p.totalCost).toBeLessThan(32 * whole);
    }
    expect(Math.abs((costs[0] ?? 0) - (costs[1] ?? 0))).toBeLessThan(1e-6 * (costs[0] ?? 1));
  });

  it('reports the service reached per country, at or above the target in every hour', async () => {
    const p = await plan(scenario({ ma: ', capacity_hours: 3000' }));
    for (const q of p.pooling?.queues ?? []) {
      expect(q.serviceLevel).toBeGreaterThanOrEqual(0.8);
      expect(q.worst.serviceLevel).toBeGreaterThanOrEqual(0.8);
      expect(q.occupancy).toBeLessThanOrEqual(0.85 + 1e-9);
    }
    // Every hour of every country: whole agents that carry its share at 80/20 (Erlang's own search).
    for (const row of p.schedule) {
      const agents = row.hours / WEEKS;
      expect(Math.abs(agents - Math.round(agents))).toBeLessThan(1e-6);
      expect(wholeAgentsFor(voice(), row.traffic ?? 0)).toBeLessThanOrEqual(Math.round(agents));
    }
    const volume = (p.pooling?.queues ?? []).reduce((t, q) => t + q.volume, 0);
    expect(volume).toBeCloseTo(30000, 3);
  });

  it('email has no queue: work = volume × AHT / occupancy', async () => {
    const p = await plan(
      scenario().replace(
        'contacts: { volume: 30000, aht: 360, service_level: "80/20" }\n    coverage: "Mon-Fri 08:00-20:00"',
        'contacts: { volume: 20000, aht: 240, channel: email }',
      ),
    );
    expect(p.totalHours).toBeCloseTo((20000 * 240) / 3600 / 0.85, 6);
    expect(p.pooling).toBeUndefined();
  });

  it.each([
    [
      'contacts: { volume: 30000, aht: 360, service_level: "100/0" }',
      'activities.l1.contacts.service_level',
      '100% of contacts answered within 0 s cannot be guaranteed',
    ],
    [
      'contacts: { volume: 30000, aht: 0 }',
      'activities.l1.contacts.aht',
      'expected a positive average handling time in seconds',
    ],
    [
      'contacts: { volume: 30000, aht: 360, occupancy_max: 1.2 }',
      'activities.l1.contacts.occupancy_max',
      'occupancy_max must be in (0, 1]',
    ],
    [
      'hours: 100\n    contacts: { volume: 30000, aht: 360 }',
      'activities.l1.hours',
      'give either hours or contacts, not both',
    ],
  ])('rejects %s with file:line', (replacement, path, message) => {
    const r = readScenarioText(
      's.yaml',
      scenario().replace('contacts: { volume: 30000, aht: 360, service_level: "80/20" }', replacement),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const d = r.diagnostics.find((x) => x.path === path);
    expect(d?.message).toContain(message);
    expect(d?.line).toBeGreaterThan(0);
  });

  it('rejects volumes with no hour to arrive in', () => {
    const r = readScenarioText(
      's.yaml',
      scenario({ activity: '\n    profile: { days: { Mon: 0, Tue: 0, Wed: 0, Thu: 0, Fri: 0 } }' }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.map((d) => d.message)).toContain(
      'the profile gives every covered hour a weight of 0: no hour can carry the volume',
    );
  });
});
