import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/buildModel.js';
import { planScenario } from '../src/plan/planScenario.js';
import type { Plan } from '../src/plan/types.js';
import { glpkSolver } from '../src/solver/glpkSolver.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { jsLpSolver } from '../src/solver/jsLpSolver.js';
import type { Solver } from '../src/solver/solver.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * Plans of equal cost (solver/tieBreak.ts): RO and PT cost, speak and score alike, so every
 * split of the hours between them is optimal; RO's capacity takes only part of them. Whatever
 * the engine, the plan is the same one, hour by hour, and it is the sensible one: the country
 * listed first is filled first, every hour alike.
 */
const TIES = `name: ties
period: week
timezone: Europe/Paris
week: 2027-01-11
home: FR
countries:
  FR: { cost_per_hour: 35, languages: { fr: 0.95 }, working_hours: "Mon-Sun 00:00-24:00" }
  RO: { cost_per_hour: 20, languages: { fr: 0.9 }, scc: true, working_hours: "Mon-Sun 00:00-24:00", capacity_hours: 300 }
  PT: { cost_per_hour: 20, languages: { fr: 0.9 }, working_hours: "Mon-Sun 00:00-24:00" }
activities:
  sales:
    language: fr
    hours: 250
    coverage: "Mon-Fri 08:00-18:00"
  care:
    language: fr
    hours: 210
    coverage: "Mon-Sun 09:00-21:00"
  back_office:
    language: fr
    hours: 120
`;

const ENGINES: readonly Solver[] = [highsSolver, jsLpSolver, glpkSolver];

async function planned(solver: Solver): Promise<Plan> {
  const o = await planScenario(scenarioOf(TIES), solver, { timeLimitSeconds: 30 });
  if (o.status === 'infeasible') throw new Error(`${solver.name}: no plan`);
  return o;
}

/** The allocation and the hour-by-hour schedule, to the hundredth of an hour. */
const shape = (p: Plan): unknown =>
  JSON.parse(
    JSON.stringify({ allocation: p.allocation, schedule: p.schedule }, (_, v: unknown) =>
      typeof v === 'number' ? Math.round(v * 100) / 100 : v,
    ),
  );

describe('one plan among plans of equal cost', () => {
  it('every engine gives the same allocation and schedule, RO filled first', async () => {
    const plans = await Promise.all(ENGINES.map(planned));
    const [first, ...others] = plans;
    if (!first) throw new Error('no engine');
    // The cost is the same for every split: 580 hours at 20 EUR.
    for (const p of plans) expect(p.totalCost).toBeCloseTo(580 * 20, 4);
    for (const p of others) expect(shape(p)).toEqual(shape(first));
    const hoursIn = (c: string): number =>
      first.allocation.filter((r) => r.country === c).reduce((t, r) => t + r.hours, 0);
    expect(hoursIn('RO')).toBeCloseTo(300, 6);
    expect(hoursIn('PT')).toBeCloseTo(280, 6);
    expect(hoursIn('FR')).toBeCloseTo(0, 6);
  });
});

/**
 * The same scenario as a rota asked for gap 0 (solver/rota.ts, WHOLE_AT_MOST): the three steps'
 * bound, with the shifts relaxed, stays 0.27% short of its optimum, so the rota is solved once
 * more whole. Its cost is then the optimum the engine proves on the whole model, and it says so.
 */
describe('a small rota is proven on the whole model', () => {
  it('costs the whole model optimum, proven, at gap 0', async () => {
    const scenario = scenarioOf(TIES.replace('home: FR', 'home: FR\nshifts: { mip_gap: 0 }'));
    const whole = await highsSolver.solve(buildModel(scenario), { timeLimitSeconds: 60, mipGap: 0 });
    if (whole.status !== 'optimal') throw new Error(`engine: ${whole.status}`);
    const plan = await planScenario(scenario, highsSolver, { timeLimitSeconds: 60 });
    if (plan.status === 'infeasible') throw new Error('no plan');
    expect(plan.rota?.shifts.length ?? 0).toBeGreaterThan(0);
    expect(plan.totalCost).toBeCloseTo(whole.objective, 6);
    expect(plan.status).toBe('optimal');
    const c = plan.certificate;
    expect(c.kind).toBe('mip');
    expect(c.kind === 'mip' ? (c.mipGap ?? 1) : 1).toBeLessThanOrEqual(1e-9);
  }, 120_000);
});
