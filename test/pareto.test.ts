import { describe, expect, it } from 'vitest';
import { kneeOf } from '../src/options/knee.js';
import { jsonOf, runMain } from './support/inProcess.js';

type Point = {
  eps: number;
  value: number;
  total_cost: number;
  proven: boolean;
  sets: { path: string; value: unknown }[];
};
type Front = {
  format_version: number;
  objective: { id: string; sense: 'max' | 'min' };
  knee: number | null;
  points: Point[];
};

const setArgs = (p: Point): string[] => p.sets.flatMap((s) => ['--set', `${s.path}=${JSON.stringify(s.value)}`]);

/** Cost non-decreasing as the objective improves; values strictly better along the front. */
function expectMonotone(f: Front): void {
  for (let k = 1; k < f.points.length; k++) {
    const [a, b] = [f.points[k - 1] as Point, f.points[k] as Point];
    expect(b.total_cost).toBeGreaterThanOrEqual(a.total_cost - 1e-6);
    if (f.objective.sense === 'max') expect(b.value).toBeGreaterThan(a.value);
    else expect(b.value).toBeLessThan(a.value);
  }
}

describe('bestshore pareto', () => {
  it('cost against home share (LP): monotone, each point the optimum for its ε by another engine', async () => {
    const file = 'scenarios/telecom.yaml';
    const f = (await jsonOf([
      'pareto',
      file,
      '--objectives',
      'cost,home-share',
      '--points',
      '5',
      '-f',
      'json',
    ])) as Front;
    expect(f.format_version).toBe(1);
    expect(f.points.length).toBeGreaterThanOrEqual(3);
    expectMonotone(f);
    const plain = (await jsonOf(['plan', file, '-f', 'json'])) as { total_cost: number };
    expect(f.points[0]?.total_cost).toBeCloseTo(plain.total_cost, 2);
    for (const p of f.points.slice(1)) {
      expect(p.value).toBeGreaterThanOrEqual(p.eps - 1e-9);
      // Re-solved independently: the other engine, the variant read from the --set options.
      const other = (await jsonOf(['plan', file, '-f', 'json', '--solver', 'javascript-lp-solver', ...setArgs(p)])) as {
        total_cost: number;
      };
      expect(other.total_cost).toBeCloseTo(p.total_cost, 1);
    }
    // A little more home than the point asked costs more (the point is at its ε's optimum, not past it).
    const mid = f.points[1] as Point;
    const more = (await jsonOf([
      'plan',
      file,
      '-f',
      'json',
      '--set',
      `rules.check={ min_home_share: ${Math.min(1, mid.value + 0.01)} }`,
    ])) as { total_cost: number };
    expect(more.total_cost).toBeGreaterThan(mid.total_cost);
  });

  it('cost against countries used: whole counts, fewer countries cost more', async () => {
    const f = (await jsonOf([
      'pareto',
      'scenarios/public-agency.yaml',
      '--objectives',
      'cost,countries',
      '-f',
      'json',
    ])) as Front;
    expect(f.points.map((p) => p.value)).toEqual([3, 2, 1]);
    expectMonotone(f);
    for (const p of f.points) expect(Number.isInteger(p.value)).toBe(true);
  });

  it('whole-agent queues (energy, quality): each point is what plan prints for its ε', async () => {
    const file = 'scenarios/energy.yaml';
    const f = (await jsonOf(['pareto', file, '--objectives', 'quality,cost', '--points', '3', '-f', 'json'])) as Front;
    expectMonotone(f);
    for (const p of f.points.slice(1)) {
      const plan = (await jsonOf(['plan', file, '-f', 'json', ...setArgs(p)])) as {
        total_cost: number;
        optimality: { proven: boolean };
      };
      expect(plan.total_cost).toBeCloseTo(p.total_cost, 2);
      expect(p.proven).toBe(plan.optimality.proven);
    }
  });

  it('table, csv and svg', async () => {
    const table = await runMain(['pareto', 'scenarios/telecom.yaml', '--objectives', 'cost,quality']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Knee: point \d|No knee/);
    const csv = await runMain([
      'pareto',
      'scenarios/telecom.yaml',
      '--objectives',
      'cost,quality',
      '-f',
      'csv',
      '--locale',
      'fr',
    ]);
    expect(csv.stdout.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(
      /^point;eps;quality;coût_total;prouvé;coude;part_[A-Z]{2};.*;changement$/,
    );
    const svg = await runMain(['pareto', 'scenarios/telecom.yaml', '--objectives', 'cost,quality', '-f', 'svg']);
    const front = (await jsonOf([
      'pareto',
      'scenarios/telecom.yaml',
      '--objectives',
      'cost,quality',
      '-f',
      'json',
    ])) as Front;
    expect(svg.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.stdout.match(/<circle [^>]*r="4"/g)?.length).toBe(front.points.length);
  });

  it('cost against carbon (ESG data): each point at the closed-form least cost for its cap', async () => {
    // test/fixtures/valid/esg-carbon-cap.yaml without its cap: 10,000 h, FR 32 EUR/h and 0.105 kg/h,
    // MA 17 EUR/h and 0.16 kg/h. A cap of e t/year (e/12 t/month) allows x(MA) ≤ (1000·e/12 − 1,050)/0.055
    // hours in Morocco, and the least cost is 320,000 − 15·x(MA).
    const file = 'test/fixtures/valid/esg-carbon-cap.yaml';
    const f = (await jsonOf([
      'pareto',
      file,
      '--set',
      'esg.carbon_cap=null',
      '--objectives',
      'cost,carbon',
      '--points',
      '5',
      '-f',
      'json',
    ])) as Front;
    expect(f.objective).toMatchObject({ id: 'carbon', sense: 'min' });
    expect(f.points.length).toBeGreaterThanOrEqual(3);
    expectMonotone(f);
    expect(f.points[0]?.value).toBeCloseTo((10_000 * 0.16 * 12) / 1000, 6);
    for (const p of f.points) {
      const ma = Math.min(10_000, Math.max(0, ((1000 * p.eps) / 12 - 1050) / 0.055));
      if (p !== f.points[0]) expect(p.total_cost, `ε ${p.eps}`).toBeCloseTo(320_000 - 15 * ma, 0);
      expect(p.value).toBeLessThanOrEqual(p.eps + 1e-6);
    }
  });

  it('refuses objectives it does not have (exit 2)', async () => {
    for (const bad of ['cost', 'cost,foo', 'cost,carbon', 'home-share,quality', 'cost,home-share,quality']) {
      const r = await runMain(['pareto', 'scenarios/telecom.yaml', '--objectives', bad]);
      expect(r.code, bad).toBe(2);
    }
    expect((await runMain(['pareto', 'scenarios/telecom.yaml', '--objectives', 'cost,carbon'])).stderr).toContain(
      'carbon needs the ESG carbon factors',
    );
    expect((await runMain(['pareto', 'scenarios/telecom.yaml', '--points', '1'])).code).toBe(2);
  });
});

describe('kneeOf', () => {
  it('the point farthest from the chord, axes scaled', () => {
    // An L-shaped front: cheap improvements, then dear ones: the corner is the knee.
    expect(
      kneeOf([
        { cost: 0, value: 0 },
        { cost: 1, value: 8 },
        { cost: 2, value: 9 },
        { cost: 10, value: 10 },
      ]),
    ).toBe(1);
    expect(
      kneeOf([
        { cost: 0, value: 0 },
        { cost: 1, value: 1 },
        { cost: 2, value: 2 },
      ]),
    ).toBeUndefined();
    expect(
      kneeOf([
        { cost: 0, value: 0 },
        { cost: 1, value: 1 },
      ]),
    ).toBeUndefined();
  });
});

describe('sweep -f svg', () => {
  it('one tornado bar per input with a plan at both ends, and Monte Carlo bands', async () => {
    const args = [
      'sweep',
      'scenarios/telecom.yaml',
      '--spread',
      'countries.MA.cost_per_hour=±15%',
      '--spread',
      'countries.RO.cost_per_hour=±10%',
      '--samples',
      '40',
    ];
    const svg = await runMain([...args, '-f', 'svg']);
    expect(svg.code).toBe(0);
    expect(svg.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const doc = (await jsonOf([...args, '-f', 'json'])) as {
      tornado: { cost_low: number | null; cost_high: number | null }[];
      bands: { shares: Record<string, unknown> };
    };
    const bars = doc.tornado.filter((t) => t.cost_low !== null && t.cost_high !== null).length;
    expect(svg.stdout.match(/<rect [^>]*fill="#1f77b4"/g)?.length).toBe(bars);
    // The cost band and one band per country share.
    expect(svg.stdout.match(/<rect [^>]*fill="#aec7e8"/g)?.length).toBe(1 + Object.keys(doc.bands.shares).length);
    expect((await runMain([...args, '-f', 'svg'])).stdout).toBe(svg.stdout);
  });
});
