import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../scenario/parseYaml.js';
import { readLayer, type Layer } from '../scenario/variants.js';
import { highsSolver } from '../solver/highsSolver.js';
import { jsLpSolver } from '../solver/jsLpSolver.js';
import { compareScenarios } from '../compare/compareScenarios.js';
import { explainContext } from '../explain/context.js';
import { pointEvaluator, type SweepBase } from './sweepEval.js';
import { gridPoints, monteCarloPoints, runSweep } from './sweepRun.js';
import { band, percentile } from './sweepStats.js';
import type { SweepInput } from './sweepTypes.js';

const ctx = explainContext(highsSolver, { timeLimitSeconds: 30 });

function baseOf(text: string): SweepBase {
  const p = parseYaml('s.yaml', text);
  if (!p.ok) throw new Error('bad yaml');
  const layer: Layer = { data: p.data, source: p.source };
  const r = readLayer(layer, []);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return { layer, sets: [], scenario: r.scenario };
}

const input = (path: string, low: number, high: number, values?: number[]): SweepInput => ({
  path,
  origin: `--vary ${path}`,
  base: undefined,
  low,
  high,
  values,
});

const HAND = `name: Hand-checked
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.95 }, capacity_hours: 2000 }
  RO: { cost_per_hour: 25, languages: { fr: 0.85, en: 0.9 }, capacity_hours: 3000 }
  MA: { cost_per_hour: 20, languages: { fr: { quality: 0.80, capacity_hours: 5000 } }, scc: true }
activities:
  a: { language: fr, hours: 1000, min_quality: 0.9, max_share: 0.9, min_home_share: 0.1 }
  b: { language: fr, hours: 600, data: public }
  c: { language: fr, hours: 400, countries: [FR] }
  d: { language: en, hours: 300 }
`;

describe('sweep: the model is patched, and patching gives what rebuilding gives', () => {
  const base = baseOf(HAND);
  const cases: [string, number[]][] = [
    ['countries.MA.cost_per_hour', [12, 23.5, 31]],
    ['countries.RO.capacity_hours', [0, 250, 4000]],
    ['countries.MA.languages.fr.capacity_hours', [100, 400, 900]],
    ['activities.a.min_quality', [0.8, 0.87, 0.94]],
    ['activities.a.max_share', [0.5, 0.7, 1]],
    ['activities.a.min_home_share', [0, 0.4, 0.9]],
    ['activities.a.hours', [10, 1500, 2600]],
  ];
  for (const [path, values] of cases) {
    it(path, async () => {
      const patched = pointEvaluator(base, [input(path, 0, 1)], ctx);
      // A second input that no patch handles forces the rebuild through --set and validation.
      const rebuilt = pointEvaluator(base, [input(path, 0, 1), input('countries.FR.languages.fr', 0, 1)], ctx);
      for (const v of values) {
        const a = await patched.evaluate([v]);
        const b = await rebuilt.evaluate([v, 0.95]);
        expect(a.status, `${path}=${v}`).toBe(b.status);
        if (a.cost !== undefined) expect(a.cost, `${path}=${v}`).toBeCloseTo(b.cost ?? NaN, 6);
      }
      expect(patched.patched()).toBe(values.length);
      expect(rebuilt.patched()).toBe(0);
    });
  }
});

describe('sweep points and statistics', () => {
  it('grid: every combination, the first input slowest', () => {
    expect(gridPoints([input('x', 1, 2, [1, 2]), input('y', 5, 7, [5, 6, 7])])).toEqual([
      [1, 5],
      [1, 6],
      [1, 7],
      [2, 5],
      [2, 6],
      [2, 7],
    ]);
  });

  it('Monte Carlo: the same seed gives the same sample, within the bounds', () => {
    const inputs = [input('x', 10, 20), input('y', -1, 1)];
    const a = monteCarloPoints(inputs, 200, 42);
    expect(monteCarloPoints(inputs, 200, 42)).toEqual(a);
    expect(monteCarloPoints(inputs, 200, 43)).not.toEqual(a);
    expect(a.every(([x, y]) => x !== undefined && y !== undefined && x >= 10 && x < 20 && y >= -1 && y < 1)).toBe(true);
    const mean = a.reduce((t, [x]) => t + (x ?? 0), 0) / a.length;
    expect(mean).toBeGreaterThan(14);
    expect(mean).toBeLessThan(16);
  });

  it('percentiles interpolate between ranks (Excel PERCENTILE.INC)', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(xs, 0.1)).toBeCloseTo(1.9, 12);
    expect(percentile(xs, 0.5)).toBeCloseTo(5.5, 12);
    expect(band([10, 1, 5])).toEqual({ p10: 1.8, p50: 5, p90: 9 });
  });

  it("a grid on MA's rate: cost by hand, shares, and the tornado ranking", async () => {
    const text = readFileSync(new URL('../../test/fixtures/explain/hand.yaml', import.meta.url), 'utf8');
    // a = 1,000 × (30 × 2/3 + m/3); b = 18,000; c = 12,000. RO stays out while m < 25 − … (checked at 22).
    const inputs = [
      { ...input('countries.MA.cost_per_hour', 18, 22, [18, 20, 22]), base: 20 },
      { ...input('activities.b.hours', 500, 700, [500, 700]), base: 600 },
    ];
    const r = await runSweep(
      baseOf(text),
      inputs,
      { kind: 'grid' },
      explainContext(jsLpSolver, { timeLimitSeconds: 30 }),
    );
    const cost = (m: number, hb: number): number => 1000 * (20 + m / 3) + hb * 30 + 12_000;
    expect(r.points.map((p) => p.cost)).toEqual(
      [18, 20, 22].flatMap((m) => [500, 700].map((hb) => expect.closeTo(cost(m, hb), 6))),
    );
    const first = r.points[0];
    expect(first?.shares['MA']).toBeCloseTo(1000 / 3 / 1900, 9);
    expect(r.baseCost).toBeCloseTo(cost(20, 600), 6);
    // MA's swing 4 × 1,000/3 = 1,333.33 < b's swing 200 × 30 = 6,000.
    expect(r.tornado.map((t) => [t.input, Math.round((t.swing ?? 0) * 100) / 100])).toEqual([
      ['activities.b.hours', 6000],
      ['countries.MA.cost_per_hour', 1333.33],
    ]);
    expect(r.patched).toBe(6);
  });
});

describe('compare', () => {
  it('puts plans side by side; the first is the reference', async () => {
    const a = baseOf(HAND).scenario;
    const pb = readLayer(baseOf(HAND).layer, [
      { origin: '--variant x', path: ['countries', 'MA', 'cost_per_hour'], value: 23 },
    ]);
    if (!pb.ok) throw new Error('invalid');
    const c = await compareScenarios(
      [
        { label: 'base', scenario: a },
        { label: 'MA 23', scenario: pb.scenario },
      ],
      highsSolver,
      { timeLimitSeconds: 30 },
    );
    const total = c.rows.find((r) => r.label === 'Total cost');
    expect(c.columns.map((x) => x.label)).toEqual(['base', 'MA 23']);
    expect(total?.values[0]).toBeLessThan(total?.values[1] ?? 0);
    expect(c.rows.filter((r) => r.group === 'country').map((r) => r.label)).toContain('MA hours');
  });
});
