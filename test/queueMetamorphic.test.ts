import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/explain/random.js';
import { planScenario } from '../src/plan/planScenario.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * Metamorphic properties of the exact queue model over seeded random queue scenarios: a tighter
 * rule (an allow-list, a lower capacity, a higher floor or share, a stricter service level) never
 * lowers the cost, and never makes an impossible scenario possible; lifting a rule never raises
 * it. A failure names its seed and variant.
 */
const SEEDS = Array.from({ length: Number(process.env['QUEUE_PROPERTY_CASES'] ?? 24) }, (_, i) => 9001 + i);

type Spec = {
  countries: { code: string; rate: number; quality: number; capacity: number | undefined }[];
  queues: {
    volume: number;
    aht: number;
    sl: number;
    hours: number;
    maxShare: number | undefined;
    minQuality: number | undefined;
    minHome: number | undefined;
    allow: string[] | undefined;
  }[];
};

function randomSpec(seed: number): Spec {
  const r = seededRandom(seed);
  const codes = ['FR', 'RO', 'MA'].slice(0, 2 + Math.floor(r() * 2));
  const countries = codes.map((code, i) => ({
    code,
    rate: i === 0 ? 32 : Math.round(14 + r() * 10),
    quality: i === 0 ? 0.95 : Math.round((0.84 + r() * 0.08) * 100) / 100,
    capacity: i > 0 && r() < 0.4 ? Math.round(5 + r() * 15) : undefined,
  }));
  const queues = Array.from({ length: 1 + Math.floor(r() * 2) }, () => ({
    volume: Math.round(40 + r() * 160),
    aht: [240, 300, 360][Math.floor(r() * 3)] ?? 300,
    sl: r() < 0.5 ? 80 : 85,
    hours: 1 + Math.floor(r() * 3),
    maxShare: r() < 0.4 ? 0.6 + Math.round(r() * 3) / 10 : undefined,
    minQuality: r() < 0.3 ? 0.88 : undefined,
    minHome: r() < 0.2 ? 0.2 : undefined,
    allow: undefined as string[] | undefined,
  }));
  return { countries, queues };
}

function yamlOf(s: Spec): string {
  const countries = s.countries.map(
    (c) =>
      `  ${c.code}: { cost_per_hour: ${c.rate}, languages: { fr: ${c.quality} }, scc: true, working_hours: "Mon-Sun 00:00-24:00"${c.capacity === undefined ? '' : `, capacity_hours: ${c.capacity}`} }`,
  );
  const queues = s.queues.flatMap((q, i) => [
    `  q${i}:`,
    '    language: fr',
    `    contacts: { volume: ${q.volume}, aht: ${q.aht}, service_level: "${q.sl}/20" }`,
    `    coverage: "Tue 09:00-${String(9 + q.hours).padStart(2, '0')}:00"`,
    ...(q.maxShare === undefined ? [] : [`    max_share: ${q.maxShare}`]),
    ...(q.minQuality === undefined ? [] : [`    min_quality: ${q.minQuality}`]),
    ...(q.minHome === undefined ? [] : [`    min_home_share: ${q.minHome}`]),
    ...(q.allow === undefined ? [] : [`    countries: [${q.allow.join(', ')}]`]),
  ]);
  return [
    'name: random queues',
    'period: week',
    'timezone: Europe/Paris',
    'week: 2027-01-11',
    'countries:',
    ...countries,
    'activities:',
    ...queues,
    '',
  ].join('\n');
}

async function costOf(s: Spec): Promise<number> {
  const o = await planScenario(scenarioOf(yamlOf(s)), highsSolver, { timeLimitSeconds: 30 });
  return o.status === 'infeasible' ? Infinity : o.totalCost;
}

const mapQueue = (s: Spec, f: (q: Spec['queues'][number]) => Spec['queues'][number]): Spec => ({
  ...s,
  queues: s.queues.map((q, i) => (i === 0 ? f(q) : q)),
});

/** Tighter variants of a scenario: each restricts it, so none may be cheaper. */
function tighter(s: Spec): [string, Spec][] {
  const out: [string, Spec][] = [];
  const last = s.countries.at(-1)?.code ?? '';
  out.push([
    'allow-list without the last country',
    mapQueue(s, (q) => ({ ...q, allow: s.countries.slice(0, -1).map((c) => c.code) })),
  ]);
  out.push([
    'a capacity on the last country',
    {
      ...s,
      countries: s.countries.map((c) =>
        c.code === last ? { ...c, capacity: Math.max(1, Math.floor((c.capacity ?? 40) * 0.6)) } : c,
      ),
    },
  ]);
  out.push([
    'a higher quality floor',
    mapQueue(s, (q) => ({ ...q, minQuality: Math.min(0.95, (q.minQuality ?? 0.86) + 0.02) })),
  ]);
  out.push(['a stricter service level', mapQueue(s, (q) => ({ ...q, sl: q.sl + 5 }))]);
  out.push(['a lower max_share', mapQueue(s, (q) => ({ ...q, maxShare: Math.max(0.5, (q.maxShare ?? 1) - 0.2) }))]);
  out.push(['a home share', mapQueue(s, (q) => ({ ...q, minHome: Math.min(1, (q.minHome ?? 0) + 0.3) }))]);
  return out;
}

describe('exact queues: tighter rules never lower the cost, lifted ones never raise it', () => {
  it('holds over seeded random queue scenarios', async () => {
    const failures: string[] = [];
    let feasible = 0;
    let raised = 0;
    for (const seed of SEEDS) {
      const spec = randomSpec(seed);
      const base = await costOf(spec);
      if (Number.isFinite(base)) feasible++;
      for (const [name, t] of tighter(spec)) {
        const cost = await costOf(t);
        if (cost < base - 1e-6 * Math.max(1, base)) failures.push(`seed ${seed}, ${name}: ${cost} < ${base}`);
        if (cost > base + 1e-6) raised++;
      }
      // Lifting the rules the base has (floors, shares, capacities) never raises its cost.
      const lifted: Spec = {
        countries: spec.countries.map((c) => ({ ...c, capacity: undefined })),
        queues: spec.queues.map((q) => ({ ...q, maxShare: undefined, minQuality: undefined, minHome: undefined })),
      };
      const free = await costOf(lifted);
      if (free > base + 1e-6 * Math.max(1, free)) failures.push(`seed ${seed}, every rule lifted: ${free} > ${base}`);
    }
    expect(failures).toEqual([]);
    // The properties bite: most base scenarios have a plan and tightening often costs something.
    expect(feasible).toBeGreaterThan(SEEDS.length / 2);
    expect(raised).toBeGreaterThan(SEEDS.length);
  }, 120_000);
});
