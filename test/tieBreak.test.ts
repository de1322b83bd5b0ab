import { describe, expect, it } from 'vitest';
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
