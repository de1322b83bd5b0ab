import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/explain/random.js';
import { blockBound, floorsOf, splitByClass } from '../src/model/blockBound.js';
import { buildModel } from '../src/model/buildModel.js';
import { dualBound } from '../src/model/dualBound.js';
import { isPattern, type LpModel } from '../src/model/lp.js';
import { planScenario } from '../src/plan/planScenario.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * The hour-by-hour bound of model/blockBound.ts, checked against the engine on the whole model
 * (no pattern left out): on seeded queue scenarios whose seats bind, the bound lies between
 * the LP bound and the true optimum, and no plan using a pattern costs less than that
 * pattern's floor (each checked by solving the whole model with the pattern forced in).
 */
const SEEDS = Array.from({ length: 8 }, (_, i) => 4101 + i);
const OPTIONS = { timeLimitSeconds: 30 };

function yamlOf(seed: number): string {
  const r = seededRandom(seed);
  const seats = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const countries = [
    `  FR: { cost_per_hour: 32, languages: { fr: 0.95 }, working_hours: "Mon-Sun 00:00-24:00" }`,
    `  RO: { cost_per_hour: ${16 + Math.floor(r() * 4)}, languages: { fr: 0.9 }, scc: true, working_hours: "Mon-Sun 00:00-24:00", seats: ${seats(3, 7)} }`,
    `  MA: { cost_per_hour: ${13 + Math.floor(r() * 4)}, languages: { fr: 0.88 }, scc: true, working_hours: "Mon-Sun 00:00-24:00", seats: ${seats(2, 6)} }`,
  ];
  const queue = (id: string, from: number, hours: number): string[] => [
    `  ${id}:`,
    '    language: fr',
    `    contacts: { volume: ${Math.round(30 + r() * 90)}, aht: ${[240, 300, 360][Math.floor(r() * 3)] ?? 300}, service_level: "80/20" }`,
    `    coverage: "Tue ${String(from).padStart(2, '0')}:00-${String(from + hours).padStart(2, '0')}:00"`,
    ...(r() < 0.4 ? ['    min_quality: 0.9'] : []),
  ];
  const backOffice =
    r() < 0.5
      ? ['  bo:', '    language: fr', `    hours: ${Math.round(4 + r() * 8)}`, '    coverage: "Tue 09:00-11:00"']
      : [];
  return [
    'name: seats bind',
    'period: week',
    'timezone: Europe/Paris',
    'week: 2027-01-11',
    'countries:',
    ...countries,
    'activities:',
    ...queue('q0', 9, 2),
    ...queue('q1', 9 + Math.floor(r() * 2), 2),
    ...backOffice,
    '',
  ].join('\n');
}

async function optimum(model: LpModel): Promise<number> {
  const r = await highsSolver.solve(model, OPTIONS);
  if (r.status === 'infeasible') return Infinity;
  if (r.status !== 'optimal') throw new Error(`engine: ${r.status}`);
  return r.objective;
}

describe('hour-by-hour bound for whole-agent queues (model/blockBound.ts)', () => {
  it.each(SEEDS)(
    'seed %i: LP bound ≤ bound ≤ optimum, and every pattern floor holds',
    async (seed) => {
      const scenario = scenarioOf(yamlOf(seed));
      const model = buildModel(scenario);
      const best = await highsSolver.solve(model, OPTIONS);
      if (best.status === 'infeasible') return;
      expect(best.status).toBe('optimal');
      if (best.status !== 'optimal') return;
      const relaxed = await highsSolver.solve(
        { ...model, vars: model.vars.map((v) => ({ ...v, kind: 'continuous' as const })) },
        OPTIONS,
      );
      if (relaxed.status !== 'optimal' || !relaxed.duals) throw new Error('relaxation not solved');
      const { lowerBound, reduced } = dualBound(model, relaxed.duals);
      const split = splitByClass(model, relaxed.duals, reduced, relaxed.x, best.x);
      const values = await Promise.all(
        split.problems.map(async (p) => {
          const r = await highsSolver.solve(p.model, OPTIONS);
          return r.status === 'optimal' ? r.objective - 1e-6 : undefined;
        }),
      );
      const hourly = blockBound(split, values);
      const tol = 1e-6 * Math.max(1, Math.abs(best.objective));
      expect(hourly.bound).toBeGreaterThanOrEqual(lowerBound - tol);
      expect(hourly.bound).toBeLessThanOrEqual(best.objective + tol);
      // The plan that planScenario proves is the whole model's optimum.
      const planned = await planScenario(scenario, highsSolver, OPTIONS);
      expect(planned.status).toBe('optimal');
      if (planned.status === 'optimal') expect(planned.totalCost).toBeCloseTo(best.objective, 4);
      // Every pattern's floor, against the whole model with that pattern forced in.
      const floors = floorsOf(split, hourly, reduced);
      for (const [j, v] of model.vars.entries()) {
        if (!isPattern(v)) continue;
        const forced = await optimum({ ...model, vars: model.vars.map((w, i) => (i === j ? { ...w, lower: 1 } : w)) });
        expect(forced, `pattern ${v.id}`).toBeGreaterThanOrEqual((floors[j] ?? Infinity) - tol);
      }
    },
    60_000,
  );

  it('raises the LP bound where seats bind (otherwise the checks above prove little)', async () => {
    let raised = 0;
    for (const seed of SEEDS) {
      const model = buildModel(scenarioOf(yamlOf(seed)));
      const relaxed = await highsSolver.solve(
        { ...model, vars: model.vars.map((v) => ({ ...v, kind: 'continuous' as const })) },
        OPTIONS,
      );
      if (relaxed.status !== 'optimal' || !relaxed.duals) continue;
      const { lowerBound, reduced } = dualBound(model, relaxed.duals);
      const split = splitByClass(model, relaxed.duals, reduced, relaxed.x);
      const values = await Promise.all(
        split.problems.map(async (p) => {
          const r = await highsSolver.solve(p.model, OPTIONS);
          return r.status === 'optimal' ? r.objective : undefined;
        }),
      );
      if (blockBound(split, values).bound > lowerBound + 1) raised++;
    }
    expect(raised).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
