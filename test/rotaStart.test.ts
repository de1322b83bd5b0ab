import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/explain/random.js';
import { buildModel } from '../src/model/buildModel.js';
import { isShift, objectiveAt, relaxed, type LpModel } from '../src/model/lp.js';
import { planScenario } from '../src/plan/planScenario.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { rotaStart } from '../src/solver/rotaStart.js';
import type { SolveResult } from '../src/solver/solver.js';
import { violations } from './support/rowCheck.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * The starting rota of solver/rotaStart.ts (a dive on the queue hours' staffing patterns, then
 * the rest solved with those fixed), on seeded queue rotas whose seats bind: every start it
 * gives is a plan of the model, checked row by row here, never cheaper than the model's optimum
 * (the engine on the whole model); and the plan solved from it is within the gap it states of
 * that optimum.
 */
const SEEDS = Array.from({ length: 6 }, (_, i) => 7301 + i);
const OPTIONS = { timeLimitSeconds: 30 };

function yamlOf(seed: number): string {
  const r = seededRandom(seed);
  const pick = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const hours = '"Mon-Sun 07:00-15:00"';
  const queue = (id: string, from: number): string[] => [
    `  ${id}:`,
    '    language: fr',
    `    contacts: { volume: ${pick(30, 110)}, aht: ${[240, 300, 360][pick(0, 2)] ?? 300}, service_level: "80/20" }`,
    `    coverage: "Tue ${String(from).padStart(2, '0')}:00-${String(from + 3).padStart(2, '0')}:00"`,
  ];
  return [
    'name: queue rota',
    'period: week',
    'timezone: Europe/Paris',
    'week: 2027-01-11',
    'shifts: { full_time: [4], part_time: [2], max_part_time_share: 0.5, mip_gap: 0 }',
    'countries:',
    `  FR: { cost_per_hour: 32, languages: { fr: 0.95 }, working_hours: ${hours} }`,
    `  RO: { cost_per_hour: ${pick(16, 19)}, languages: { fr: 0.9 }, scc: true, working_hours: ${hours}, seats: ${pick(3, 6)} }`,
    `  MA: { cost_per_hour: ${pick(13, 16)}, languages: { fr: 0.88 }, scc: true, working_hours: ${hours}, seats: ${pick(2, 5)} }`,
    'activities:',
    ...queue('q0', 8),
    ...queue('q1', pick(8, 10)),
    '',
  ].join('\n');
}

const solve = (model: LpModel): Promise<SolveResult> => highsSolver.solve(model, OPTIONS);

describe('a starting rota for whole-agent queues (solver/rotaStart.ts)', () => {
  it('gives a plan of the model on seeded rotas, never cheaper than its optimum', async () => {
    let started = 0;
    for (const seed of SEEDS) {
      const model = buildModel(scenarioOf(yamlOf(seed)));
      expect(model.vars.some(isShift)).toBe(true);
      const shiftsRelaxed = relaxed(model, isShift);
      const x = await rotaStart(shiftsRelaxed, solve, solve);
      if (x === undefined) continue;
      started++;
      expect(violations(shiftsRelaxed, x), `seed ${seed}`).toEqual([]);
      const best = await solve(shiftsRelaxed);
      if (best.status !== 'optimal') throw new Error(`seed ${seed}: engine ${best.status}`);
      expect(objectiveAt(shiftsRelaxed, x)).toBeGreaterThanOrEqual(best.objective - 1e-6 * Math.abs(best.objective));
    }
    // The dive finds a start on most of them (else this test would check nothing).
    expect(started).toBeGreaterThanOrEqual(SEEDS.length - 1);
  }, 120_000);

  it('the plan solved from it is within the gap it states of the whole model optimum', async () => {
    for (const seed of SEEDS.slice(0, 4)) {
      const scenario = scenarioOf(yamlOf(seed));
      const whole = await solve(buildModel(scenario));
      const outcome = await planScenario(scenario, highsSolver, OPTIONS);
      if (outcome.status === 'infeasible') {
        expect(whole.status, `seed ${seed}`).toBe('infeasible');
        continue;
      }
      if (whole.status !== 'optimal') throw new Error(`seed ${seed}: engine ${whole.status}`);
      const c = outcome.certificate;
      const gap = c.kind === 'mip' ? Math.max(c.gap, c.mipGap ?? 0) : 0;
      expect(outcome.totalCost, `seed ${seed}`).toBeGreaterThanOrEqual(whole.objective - 1e-6 * whole.objective);
      expect((outcome.totalCost - whole.objective) / outcome.totalCost, `seed ${seed}`).toBeLessThanOrEqual(gap + 1e-7);
    }
  }, 120_000);
});
