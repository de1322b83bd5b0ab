import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/buildModel.js';
import { planScenario } from '../src/plan/planScenario.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * A small rota asked for gap 0 (solver/rota.ts, WHOLE_AT_MOST): the three steps' bound, with
 * the shifts relaxed, stays 0.27% short of this rota's optimum, so the rota is solved once more
 * whole. Its cost is then the optimum the engine proves on the whole model, and it says so.
 */
const TIED_ROTA = `name: tied rota
period: week
timezone: Europe/Paris
week: 2027-01-11
home: FR
shifts: { mip_gap: 0 }
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

describe('a small rota is proven on the whole model', () => {
  it('costs the whole model optimum, proven, at gap 0', async () => {
    const scenario = scenarioOf(TIED_ROTA);
    const whole = await highsSolver.solve(buildModel(scenario), { timeLimitSeconds: 60, mipGap: 0 });
    if (whole.status !== 'optimal') throw new Error(`engine: ${whole.status}`);
    const plan = await planScenario(scenario, highsSolver, { timeLimitSeconds: 60 });
    if (plan.status === 'infeasible') throw new Error('no plan');
    expect(plan.totalCost).toBeCloseTo(whole.objective, 6);
    expect(plan.status).toBe('optimal');
    const c = plan.certificate;
    expect(c.kind).toBe('mip');
    expect(c.kind === 'mip' ? (c.mipGap ?? 1) : 1).toBeLessThanOrEqual(1e-9);
  }, 120_000);
});
