import { describe, expect, it } from 'vitest';
import { planScenario } from '../src/plan/planScenario.js';
import type { Plan } from '../src/plan/types.js';
import { glpkSolver } from '../src/solver/glpkSolver.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import type { Solver } from '../src/solver/solver.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * A rota with many plans of equal cost (solver/rotaPreferred.ts): RO, PT and MA cost, speak and
 * score alike, and every activity's hours are a whole number of agents in each hour of its
 * opening (a1: 240 h over 40 opening hours, 6 agents; a2: 160/40, 4; a3: 240/48, 5; a4: 80/40,
 * 2), so 8-hour shifts cover them with no idle time and any split of the shifts between the three
 * countries within RO's and MA's capacity is optimal. Before the whole model's preference, HiGHS
 * and glpk.js put different hours in different countries for the same cost.
 */
const RICH = `name: rich ties
period: week
timezone: Europe/Paris
week: 2027-01-11
home: FR
shifts: { mip_gap: 0 }
countries:
  FR: { cost_per_hour: 35, languages: { fr: 0.95 }, working_hours: "Mon-Sun 00:00-24:00" }
  RO: { cost_per_hour: 20, languages: { fr: 0.9 }, scc: true, working_hours: "Mon-Sun 00:00-24:00", capacity_hours: 320 }
  PT: { cost_per_hour: 20, languages: { fr: 0.9 }, working_hours: "Mon-Sun 00:00-24:00" }
  MA: { cost_per_hour: 20, languages: { fr: 0.9 }, scc: true, working_hours: "Mon-Sun 00:00-24:00", capacity_hours: 200 }
activities:
  a1: { language: fr, hours: 240, coverage: "Mon-Fri 08:00-16:00" }
  a2: { language: fr, hours: 160, coverage: "Mon-Fri 09:00-17:00" }
  a3: { language: fr, hours: 240, coverage: "Mon-Sat 10:00-18:00" }
  a4: { language: fr, hours: 80, coverage: "Mon-Fri 12:00-20:00" }
`;

async function planned(solver: Solver): Promise<Plan> {
  const o = await planScenario(scenarioOf(RICH), solver, { timeLimitSeconds: 60 });
  if (o.status === 'infeasible') throw new Error(`${solver.name}: no plan`);
  return o;
}

/** What a site staffs: the rota, the allocation and the hour-by-hour schedule. */
const staffed = (p: Plan): string => JSON.stringify({ rota: p.rota, allocation: p.allocation, schedule: p.schedule });

const hoursIn = (p: Plan, country: string): number =>
  p.allocation.filter((r) => r.country === country).reduce((t, r) => t + r.hours, 0);

describe('a rota among rotas of equal cost, proven at gap 0', () => {
  it('is the same rota whatever the engine, and on a second run', async () => {
    const highs = await planned(highsSolver);
    const glpk = await planned(glpkSolver);
    const again = await planned(highsSolver);
    expect(highs.rota?.shifts.length ?? 0).toBeGreaterThan(0);
    expect(staffed(glpk)).toBe(staffed(highs));
    expect(staffed(again)).toBe(staffed(highs));
  }, 120_000);

  it('costs the work at 20 EUR an hour, proven, and fills the countries in order', async () => {
    const plan = await planned(highsSolver);
    // 720 hours of work, no idle time possible below it and none needed: 720 × 20 EUR.
    expect(plan.totalCost).toBeCloseTo((240 + 160 + 240 + 80) * 20, 6);
    expect(plan.status).toBe('optimal');
    const c = plan.certificate;
    expect(c.kind === 'mip' ? (c.mipGap ?? 1) : 1).toBeLessThanOrEqual(1e-9);
    // Home is dearer; then the scenario's order: RO to its capacity, PT the rest, MA nothing.
    expect(hoursIn(plan, 'FR')).toBeCloseTo(0, 6);
    expect(hoursIn(plan, 'RO')).toBeCloseTo(320, 6);
    expect(hoursIn(plan, 'PT')).toBeCloseTo(720 - 320, 6);
    expect(hoursIn(plan, 'MA')).toBeCloseTo(0, 6);
  }, 120_000);
});
