import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/explain/random.js';
import { buildModel } from '../src/model/buildModel.js';
import { isShift, objectiveAt, relaxed, type LpModel, type Var } from '../src/model/lp.js';
import { planScenario } from '../src/plan/planScenario.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { dutyDive } from '../src/solver/rotaDive.js';
import { solveRota, type RotaEngines } from '../src/solver/rota.js';
import { shiftsParts, solveParts } from '../src/solver/rotaParts.js';
import type { SolveResult } from '../src/solver/solver.js';
import { violations } from './support/rowCheck.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * A rota without queues (solver/rota.ts): step 1 dives on the agents on duty (rotaDive.ts), step
 * 2 solves the shifts part by part (rotaParts.ts). On seeded rotas whose seats and part-time caps
 * bind, checked against the engine on whole models: the dive's plan meets every row, its bound
 * is the relaxation's and no plan beats the bound; the parts together cost what the shifts cost
 * solved whole; and the plan is within the gap it states of the whole rota's optimum.
 */
const SEEDS = Array.from({ length: 6 }, (_, i) => 9101 + i);
const OPTIONS = { timeLimitSeconds: 30 };

function yamlOf(seed: number): string {
  const r = seededRandom(seed);
  const pick = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const hours = '"Mon-Fri 07:00-21:00"';
  const activity = (id: string, language: string): string[] => [
    `  ${id}:`,
    `    language: ${language}`,
    `    hours: ${pick(20, 70)}`,
    `    coverage: "Mon-${['Tue', 'Wed'][pick(0, 1)] ?? 'Tue'} ${String(pick(8, 10)).padStart(2, '0')}:00-${pick(16, 19)}:00"`,
  ];
  return [
    'name: hours rota',
    'period: week',
    'timezone: Europe/Paris',
    'week: 2027-01-11',
    `shifts: { full_time: [${pick(0, 1) ? '7, 8' : '8'}], part_time: [4], max_part_time_share: 0.3, mip_gap: 0.005 }`,
    'countries:',
    `  FR: { cost_per_hour: 32, languages: { fr: 0.95, en: 0.85 }, working_hours: ${hours} }`,
    `  RO: { cost_per_hour: ${pick(16, 21)}, languages: { fr: 0.9, en: 0.9 }, scc: true, working_hours: ${hours}, seats: ${pick(3, 6)} }`,
    `  MA: { cost_per_hour: ${pick(13, 16)}, languages: { fr: 0.88 }, scc: true, working_hours: ${hours}, seats: ${pick(2, 5)} }`,
    'activities:',
    ...activity('sales', 'fr'),
    ...activity('care', 'fr'),
    ...activity('english', 'en'),
    '',
  ].join('\n');
}

const solve = (model: LpModel): Promise<SolveResult> => highsSolver.solve(model, OPTIONS);
const optimum = async (model: LpModel, what: string): Promise<number> => {
  const r = await solve(model);
  if (r.status !== 'optimal') throw new Error(`${what}: engine ${r.status}`);
  return r.objective;
};
/** The model with every integer but the shifts held at `x`: step 2 in one piece. */
const fixedAt = (model: LpModel, x: readonly number[]): LpModel => ({
  ...model,
  vars: model.vars.map((v, j): Var => {
    if (v.kind === 'continuous' || isShift(v)) return v;
    const at = Math.round(x[j] ?? 0);
    return { ...v, lower: at, upper: at };
  }),
});

describe('a rota without queues: the dive and the shifts part by part', () => {
  it('dives to a plan of the model, no cheaper than the relaxation bound it states', async () => {
    let dived = 0;
    for (const seed of SEEDS) {
      const model = buildModel(scenarioOf(yamlOf(seed)));
      expect(model.vars.some(isShift)).toBe(true);
      const step1 = relaxed(model, isShift);
      const d = await dutyDive(step1, solve);
      if (d === undefined) continue;
      dived++;
      expect(violations(step1, d.x), `seed ${seed}`).toEqual([]);
      expect(d.objective).toBeCloseTo(objectiveAt(step1, d.x), 6);
      const lp = await optimum(relaxed(model), `seed ${seed} relaxation`);
      expect(Math.abs(d.bound - lp)).toBeLessThanOrEqual(1e-6 * Math.abs(lp));
      const best = await optimum(step1, `seed ${seed} step 1`);
      expect(best).toBeGreaterThanOrEqual(d.bound - 1e-6 * Math.abs(best));
      expect(d.objective).toBeGreaterThanOrEqual(best - 1e-6 * Math.abs(best));
    }
    expect(dived).toBeGreaterThanOrEqual(SEEDS.length - 1);
  }, 120_000);

  it('solves the shifts part by part to what they cost solved whole, and splits them by country', async () => {
    for (const seed of SEEDS.slice(0, 4)) {
      const model = buildModel(scenarioOf(yamlOf(seed)));
      const step1 = await solve(relaxed(model, isShift));
      if (step1.status !== 'optimal') throw new Error(`seed ${seed}: engine ${step1.status}`);
      const parts = shiftsParts(model, step1.x);
      // No part mixes countries: only a country's own rows join its shifts.
      for (const p of parts) expect(new Set(p.model.vars.filter(isShift).map((v) => v.country)).size).toBe(1);
      expect(parts.length).toBeGreaterThanOrEqual(2);
      const byParts = await solveParts(model, step1.x, parts, solve);
      if (byParts === undefined) throw new Error(`seed ${seed}: a part has no plan`);
      expect(violations(model, byParts.x), `seed ${seed}`).toEqual([]);
      const whole = await optimum(fixedAt(model, step1.x), `seed ${seed} step 2 whole`);
      expect(Math.abs(byParts.objective - whole), `seed ${seed}`).toBeLessThanOrEqual(1e-6 * Math.abs(whole));
    }
  }, 120_000);

  it('plans within the gap it states of the whole rota optimum', async () => {
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
      expect(gap, `seed ${seed}`).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(outcome.totalCost, `seed ${seed}`).toBeGreaterThanOrEqual(whole.objective - 1e-6 * whole.objective);
      expect((outcome.totalCost - whole.objective) / outcome.totalCost, `seed ${seed}`).toBeLessThanOrEqual(gap + 1e-7);
    }
  }, 120_000);

  it('states no gap when the first step stops without one (a search cut by its time limit)', async () => {
    // A fixed cost makes the site choice an integer the dive leaves alone: step 1 is a search.
    const text = yamlOf(SEEDS[0] ?? 9101).replace('seats: ', 'fixed_cost: 500, seats: ');
    const model = buildModel(scenarioOf(text));
    const cut = async (m: LpModel): Promise<SolveResult> => {
      const r = await solve(m);
      return r.status === 'optimal'
        ? { status: 'feasible', engine: r.engine, objective: r.objective, x: r.x, mipGap: undefined }
        : r;
    };
    const engines: RotaEngines = {
      search: cut,
      exact: solve,
      part: solve,
      quick: solve,
      tieBreak: solve,
      // The whole model's search stopped too: nothing proves the plan.
      whole: (m) => cut(m),
      gap: 0.005,
    };
    const r = await solveRota(model, engines);
    expect(r.status).toBe('feasible');
    if (r.status !== 'feasible') return;
    expect(violations(model, r.x)).toEqual([]);
    // Without a bound from either search, any gap stated would be a claim nothing proves.
    expect(r.mipGap).toBeUndefined();
  }, 120_000);
});
