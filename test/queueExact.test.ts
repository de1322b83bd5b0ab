import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { staffingMeets } from '../src/erlang/staffing.js';
import { queueMetrics } from '../src/erlang/metrics.js';
import { planScenario } from '../src/plan/planScenario.js';
import type { Outcome } from '../src/plan/types.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * The exact queue model against a brute-force oracle: every whole number of agents per country
 * and hour, checked with Erlang directly (a bisection of its own for the traffic n agents carry),
 * the period's rules checked on the totals. The only rule shared with the model is the one the
 * docs state: each country staffs its share with the fewest agents (no agent could be sent home),
 * and at most `max_countries_per_hour` countries answer one hour.
 */
type Country = { code: string; rate: number; quality: number; capacity?: number };
type Case = {
  name: string;
  volume: number;
  aht: number;
  sl?: string;
  weights: number[];
  countries: Country[];
  maxShare?: number;
  minQuality?: number;
  minHomeShare?: number;
  perHour?: number;
};

const AHT_TARGETS = (sl: string) => ({
  serviceLevel: { share: Number(sl.split('/')[0]) / 100, withinSeconds: Number(sl.split('/')[1]) },
  maxOccupancy: 0.85,
});

function yamlOf(c: Case): string {
  const hours = c.weights.map((w, i) => `"${String(8 + i).padStart(2, '0')}": ${w}`).join(', ');
  const countries = c.countries
    .map(
      (k) =>
        `  ${k.code}: { cost_per_hour: ${k.rate}, languages: { fr: ${k.quality} }, scc: true, working_hours: "Mon-Sun 00:00-24:00"${k.capacity === undefined ? '' : `, capacity_hours: ${k.capacity}`} }`,
    )
    .join('\n');
  const rules = [
    c.maxShare === undefined ? '' : `    max_share: ${c.maxShare}`,
    c.minQuality === undefined ? '' : `    min_quality: ${c.minQuality}`,
    c.minHomeShare === undefined ? '' : `    min_home_share: ${c.minHomeShare}`,
  ]
    .filter(Boolean)
    .join('\n');
  return `name: ${c.name}
period: week
home: ${c.countries[0]?.code}
timezone: Europe/Paris
week: 2027-01-11
countries:
${countries}
activities:
  q:
    language: fr
    contacts: { volume: ${c.volume}, aht: ${c.aht}, service_level: "${c.sl ?? '80/20'}"${c.perHour === undefined ? '' : `, max_countries_per_hour: ${c.perHour}`} }
    coverage: "Mon 08:00-${String(8 + c.weights.length).padStart(2, '0')}:00"
    profile: { hours: { ${hours} } }
${rules}
`;
}

/** The least-cost plan by enumeration, or Infinity when none exists. */
function bruteForce(c: Case): number {
  const targets = AHT_TARGETS(c.sl ?? '80/20');
  const meets = (traffic: number, n: number): boolean =>
    traffic <= 0 || staffingMeets({ traffic, ahtSeconds: c.aht }, targets, n);
  const carried = (n: number): number => {
    if (n === 0) return 0;
    let lo = 0;
    let hi = n;
    for (let i = 0; i < 80; i++) {
      const mid = (lo + hi) / 2;
      if (meets(mid, n)) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  const total = c.weights.reduce((p, q) => p + q, 0);
  const perHour = c.perHour ?? 2;
  const k = c.countries.length;
  // Each hour: every vector of whole agents that carries the hour's traffic, minimally.
  const options = c.weights.map((w) => {
    const traffic = (c.volume * (w / total) * c.aht) / 3600;
    let whole = 0;
    while (!meets(traffic, whole)) whole++;
    const out: number[][] = [];
    const rec = (i: number, v: number[]): void => {
      if (i === k) {
        if (v.filter((n) => n > 0).length > perHour) return;
        const caps = v.map(carried);
        const sum = caps.reduce((p, q) => p + q, 0);
        if (sum < traffic) return;
        if (v.some((n, j) => n > 0 && sum - (caps[j] ?? 0) + carried(n - 1) >= traffic)) return;
        out.push([...v]);
        return;
      }
      for (let n = 0; n <= whole; n++) rec(i + 1, [...v, n]);
    };
    rec(0, []);
    return out;
  });
  let best = Infinity;
  const walk = (h: number, totals: number[]): void => {
    if (h === options.length) {
      const all = totals.reduce((p, q) => p + q, 0);
      const tol = 1e-9;
      if (c.countries.some((x, j) => x.capacity !== undefined && (totals[j] ?? 0) > x.capacity + tol)) return;
      if (c.maxShare !== undefined && totals.some((t) => t > (c.maxShare ?? 1) * all + tol)) return;
      if (
        c.minQuality !== undefined &&
        c.countries.reduce((p, x, j) => p + x.quality * (totals[j] ?? 0), 0) < c.minQuality * all - tol
      )
        return;
      if (c.minHomeShare !== undefined && (totals[0] ?? 0) < c.minHomeShare * all - tol) return;
      best = Math.min(
        best,
        c.countries.reduce((p, x, j) => p + x.rate * (totals[j] ?? 0), 0),
      );
      return;
    }
    for (const v of options[h] ?? [])
      walk(
        h + 1,
        totals.map((t, j) => t + (v[j] ?? 0)),
      );
  };
  walk(0, new Array<number>(k).fill(0));
  return best;
}

const FR: Country = { code: 'FR', rate: 32, quality: 0.95 };
const MA: Country = { code: 'MA', rate: 17, quality: 0.86 };
const RO: Country = { code: 'RO', rate: 21, quality: 0.9 };

const CASES: Case[] = [
  { name: 'cheapest alone', volume: 120, aht: 300, weights: [1, 2, 1.5], countries: [FR, MA] },
  { name: 'max share', volume: 120, aht: 300, weights: [1, 2, 1.5], countries: [FR, MA], maxShare: 0.6 },
  { name: 'MA capacity', volume: 200, aht: 300, weights: [1, 3, 2], countries: [FR, { ...MA, capacity: 9 }] },
  { name: 'quality floor', volume: 150, aht: 240, weights: [2, 1, 1], countries: [FR, MA], minQuality: 0.9 },
  { name: 'home share', volume: 150, aht: 240, weights: [2, 1, 1], countries: [FR, MA], minHomeShare: 0.3 },
  { name: 'tiny queue', volume: 8, aht: 300, weights: [1, 1], countries: [FR, MA], maxShare: 0.5 },
  {
    name: 'three countries, three at once',
    volume: 90,
    aht: 300,
    weights: [1, 2],
    countries: [FR, MA, RO],
    maxShare: 0.4,
    perHour: 3,
  },
  {
    name: 'three countries, two at once',
    volume: 90,
    aht: 300,
    weights: [1, 2],
    countries: [FR, MA, RO],
    maxShare: 0.45,
  },
  {
    name: 'one at a time',
    volume: 120,
    aht: 300,
    weights: [1, 2, 1.5],
    countries: [FR, MA],
    maxShare: 0.6,
    perHour: 1,
  },
  {
    name: 'strict service level',
    volume: 120,
    aht: 300,
    sl: '90/10',
    weights: [1, 2, 1.5],
    countries: [FR, MA],
    maxShare: 0.7,
  },
];

const planOf = async (c: Case): Promise<Outcome> =>
  planScenario(scenarioOf(yamlOf(c)), highsSolver, { timeLimitSeconds: 30 });

describe('contact queues, exactly: whole agents per country and hour', () => {
  it.each(CASES)('$name: the plan costs what brute-force enumeration finds', async (c) => {
    const brute = bruteForce(c);
    const o = await planOf(c);
    if (!Number.isFinite(brute)) {
      expect(o.status).toBe('infeasible');
      return;
    }
    expect(o.status).toBe('optimal');
    if (o.status === 'infeasible') return;
    expect(o.totalCost).toBeCloseTo(brute, 6);
  });

  it('meets the service level in every hour, at whole agents, checked with Erlang', async () => {
    const c = CASES[1] as Case;
    const o = await planOf(c);
    if (o.status === 'infeasible') throw new Error('no plan');
    const within = 20;
    for (const r of o.schedule) {
      const agents = r.hours; // period: week, so agent hours in the hour = agents
      expect(Math.abs(agents - Math.round(agents))).toBeLessThan(1e-6);
      const m = queueMetrics({ traffic: r.traffic ?? 0, ahtSeconds: c.aht }, Math.round(agents));
      expect(m.stable).toBe(true);
      expect(m.serviceLevel(within)).toBeGreaterThanOrEqual(0.8 - 1e-9);
      expect(m.occupancy).toBeLessThanOrEqual(0.85 + 1e-9);
    }
    for (const q of o.pooling?.queues ?? []) expect(q.worst.serviceLevel ?? 0).toBeGreaterThanOrEqual(0.8 - 1e-9);
  });

  it('a tiny queue gets whole agents, and its ASA is the one they give (not interpolated)', async () => {
    const c: Case = { name: 'tiny', volume: 6, aht: 300, weights: [1], countries: [MA] };
    const o = await planOf(c);
    if (o.status === 'infeasible') throw new Error('no plan');
    const traffic = (6 * c.aht) / 3600; // 0.5 Erlang
    let whole = 1;
    while (!staffingMeets({ traffic, ahtSeconds: c.aht }, AHT_TARGETS('80/20'), whole)) whole++;
    const q = o.pooling?.queues[0];
    expect(o.totalHours).toBeCloseTo(whole, 9);
    expect(q?.asa).toBeCloseTo(queueMetrics({ traffic, ahtSeconds: c.aht }, whole).asa, 6);
    expect(q?.serviceLevel).toBeGreaterThanOrEqual(0.8);
  });
});

describe('period_average: the staffing averaged over the weeks of the period, by explicit choice', () => {
  const averaged = (c: Case): string =>
    yamlOf(c).replace('service_level: "', 'staffing: period_average, service_level: "');

  it.each(CASES.filter((c) => Number.isFinite(bruteForce(c))))(
    '$name: never dearer than whole agents every hour, and says which it is',
    async (c) => {
      const exact = await planOf(c);
      const avg = await planScenario(scenarioOf(averaged(c)), highsSolver, { timeLimitSeconds: 30 });
      if (exact.status === 'infeasible' || avg.status === 'infeasible') throw new Error('no plan');
      expect(avg.totalCost).toBeLessThanOrEqual(exact.totalCost + 1e-6);
      expect(avg.pooling?.staffing).toBe('period_average');
      expect(exact.pooling?.staffing).toBe('per_interval');
      // A linear program: proven by the dual bound alone.
      expect(avg.certificate.kind).toBe('dual');
    },
  );

  it('reports the service the mixed whole staffings give, at or above the target in every hour', async () => {
    const c = CASES[1] as Case;
    const avg = await planScenario(scenarioOf(averaged(c)), highsSolver, { timeLimitSeconds: 30 });
    if (avg.status === 'infeasible') throw new Error('no plan');
    expect(avg.schedule.some((r) => r.mix !== undefined)).toBe(true); // some hour mixes staffings
    for (const q of avg.pooling?.queues ?? []) expect(q.worst.serviceLevel ?? 0).toBeGreaterThanOrEqual(0.8 - 1e-9);
  });

  it('one country alone cannot average anything away: the same whole agents', async () => {
    const c: Case = { name: 'alone', volume: 120, aht: 300, weights: [1, 2, 1.5], countries: [MA] };
    const exact = await planOf(c);
    const avg = await planScenario(scenarioOf(averaged(c)), highsSolver, { timeLimitSeconds: 30 });
    if (exact.status === 'infeasible' || avg.status === 'infeasible') throw new Error('no plan');
    expect(avg.totalCost).toBeCloseTo(exact.totalCost, 6);
  });
});

describe('a queue that cannot be staffed says where and why', () => {
  it('names the queue, the hours and the seats when no whole-agent staffing fits them (exit 1)', async () => {
    const o = await planScenario(
      scenarioOf(`name: short line
timezone: Europe/Paris
week: 2027-01-11
countries:
  FR: { cost_per_hour: 34, languages: { fr: 0.95 }, seats: 10 }
  MA: { cost_per_hour: 17, languages: { fr: 0.86 }, scc: true, seats: 8 }
activities:
  line:
    language: fr
    contacts: { volume: 40000, aht: 300, service_level: "90/20" }
    coverage: "Mon-Fri 08:00-20:00"
`),
      highsSolver,
      { timeLimitSeconds: 30 },
    );
    expect(o.status).toBe('infeasible');
    if (o.status !== 'infeasible') return;
    const f = o.diagnosis[0];
    expect(f?.message).toContain(
      'line, Mon–Fri 08:00–20:00 Europe/Paris: no staffing of whole agents from at most 2 countries at once meets 90/20 within the seats (FR has 10 seats, MA has 8 seats)',
    );
    expect(f?.path).toBe('countries.FR.seats');
    expect(f?.line).toBe(5);
  });
});

describe('queues with site rules and whole FTEs', () => {
  const continuity = (allow: string): string => `name: continuity split
countries:
  FR: { cost_per_hour: 34, languages: { fr: 0.95 }, seats: 7 }
  MA: { cost_per_hour: 17, languages: { fr: 0.9 }, scc: true, seats: 7 }
  BE: { cost_per_hour: 60, languages: { fr: 0.9 }, seats: 7 }
activities:
  calls: { language: fr, contacts: { volume: 20000, aht: 300, channel: voice }, coverage: "Mon-Fri 08:00-20:00", min_countries: 2, min_country_share: 0.3${allow} }
`;
  it('min_country_share of a split queue: never dearer than the same scenario with an allow-list (a tighter one)', async () => {
    const free = await planScenario(scenarioOf(continuity('')), highsSolver, { timeLimitSeconds: 30 });
    const listed = await planScenario(scenarioOf(continuity(', countries: [FR, MA]')), highsSolver, {
      timeLimitSeconds: 30,
    });
    if (free.status === 'infeasible' || listed.status === 'infeasible') throw new Error('no plan');
    expect(free.totalCost).toBeLessThanOrEqual(listed.totalCost + 1e-6);
  });

  it('period_average with --whole-fte keeps its proof (the averaged counts stay free in the fixed LP)', async () => {
    const text = readFileSync(new URL('../scenarios/energy.yaml', import.meta.url), 'utf8').replace(
      'channel: voice',
      'channel: voice\n      staffing: period_average',
    );
    const o = await planScenario(scenarioOf(text), highsSolver, { timeLimitSeconds: 60, wholeFte: true });
    if (o.status === 'infeasible') throw new Error('no plan');
    expect(o.certificate.kind).toBe('mip');
    if (o.certificate.kind === 'mip') expect(o.certificate.gap).toBeLessThan(1e-6);
  });
});
