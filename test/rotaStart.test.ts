import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/buildModel.js';
import { isShift, objectiveAt, type LpModel, type Row } from '../src/model/lp.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { rotaStart } from '../src/solver/rotaStart.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * The start a rota's search is given (solver/rotaStart.ts) must be a whole plan of the model it
 * is given to: every row and bound held, every integer whole. Checked here row by row, on a rota
 * with a queue, seats and two skill groups, and on one of hours work only.
 */
const OPTIONS = { timeLimitSeconds: 30 };
const lp = async (m: LpModel) => highsSolver.solve(m, OPTIONS);
const lhs = (r: Row, x: readonly number[]): number => r.terms.reduce((s, t) => s + t.coef * (x[t.v] ?? 0), 0);

const QUEUE_ROTA = `name: start
period: week
timezone: Europe/Paris
week: 2027-01-11
shifts: { full_time: [6], part_time: [3], max_part_time_share: 0.4 }
countries:
  FR: { cost_per_hour: 32, languages: { fr: 0.95, en: 0.9 }, working_hours: "Mon-Sun 06:00-22:00" }
  MA: { cost_per_hour: 15, languages: { fr: 0.88 }, scc: true, working_hours: "Mon-Sat 07:00-21:00", seats: 6 }
activities:
  calls:
    language: fr
    contacts: { volume: 900, aht: 300, service_level: "80/20" }
    coverage: "Mon-Fri 08:00-18:00"
  mail:
    language: en
    hours: 120
    coverage: "Mon-Fri 09:00-17:00"
`;

const HOURS_ROTA = `name: start hours
period: month
timezone: Europe/Paris
shifts: {}
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.95 }, working_hours: "Mon-Sun 07:00-21:00" }
  RO: { cost_per_hour: 18, languages: { fr: 0.9 }, working_hours: "Mon-Sat 08:00-20:00" }
activities:
  desk:
    language: fr
    hours: 2600
    coverage: "Mon-Sat 08:00-20:00"
    max_share: 0.7
`;

describe('the start of a rota search (solver/rotaStart.ts)', () => {
  it.each([['a queue, seats and two groups', QUEUE_ROTA], ['hours work only', HOURS_ROTA]])('is a whole plan of the model: %s', async (_, yaml) => {
    const full = buildModel(scenarioOf(yaml));
    expect(full.vars.some(isShift)).toBe(true);
    // Step 1 of solver/rota.ts: the shift counts continuous.
    const model: LpModel = { ...full, vars: full.vars.map((v) => (isShift(v) ? { ...v, kind: 'continuous' as const } : v)) };
    const { start: x, bound } = await rotaStart(model, lp);
    expect(x).toBeDefined();
    if (!x) return;
    const tol = (b: number): number => 1e-6 * Math.max(1, Math.abs(b));
    model.vars.forEach((v, j) => {
      const value = x[j] ?? NaN;
      expect(value, v.id).toBeGreaterThanOrEqual(v.lower - tol(v.lower));
      expect(value, v.id).toBeLessThanOrEqual(v.upper + tol(v.upper));
      if (v.kind !== 'continuous') expect(Number.isInteger(value), v.id).toBe(true);
    });
    for (const r of model.rows) {
      const value = lhs(r, x);
      if (r.op !== '<=') expect(value, r.id).toBeGreaterThanOrEqual(r.rhs - tol(r.rhs));
      if (r.op !== '>=') expect(value, r.id).toBeLessThanOrEqual(r.rhs + tol(r.rhs));
    }
    // No cheaper than the relaxation; the search from it ends no dearer than it.
    const relaxed = await lp({ ...model, vars: model.vars.map((v) => ({ ...v, kind: 'continuous' as const })) });
    expect(relaxed.status).toBe('optimal');
    if (relaxed.status === 'optimal') {
      expect(bound).toBeCloseTo(relaxed.objective, 6);
      expect(objectiveAt(model, x)).toBeGreaterThanOrEqual(relaxed.objective - 1e-6 * relaxed.objective);
    }
    const searched = await highsSolver.solve(model, { ...OPTIONS, start: x });
    expect(searched.status).toBe('optimal');
    if (searched.status === 'optimal') expect(searched.objective).toBeLessThanOrEqual(objectiveAt(model, x) + 1e-6 * Math.abs(objectiveAt(model, x)));
  }, 60_000);
});
