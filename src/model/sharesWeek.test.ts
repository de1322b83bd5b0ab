import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import { leversOf, liftScenario, type Lever } from '../explain/levers.js';
import { highsSolver } from '../solver/highsSolver.js';
import { solveModel } from '../solver/solveModel.js';
import type { Scenario } from '../scenario/types.js';
import { buildModel, buildPreparedModel } from './buildModel.js';
import { HoursVarRecords } from './hoursVarRecord.js';
import { prepare } from './prepare.js';
import { sharesWeek, timeModel } from './timeClasses.js';

const OPTS = { timeLimitSeconds: 30 };

/** Opening hours, working hours, night and Sunday premiums, seats and a site: rates vary with `k`. */
const week = (k: number, extra = ''): Scenario =>
  scenarioOf(`name: week ${k}
timezone: Europe/Paris
week: 2027-01-11
countries:
  FR: { cost_per_hour: ${30 + k}, languages: { fr: 0.95, en: 0.9 }, working_hours: "Mon-Sun 00:00-24:00", premiums: { night: 0.25 } }
  MA: { cost_per_hour: ${15 + 2 * k}, languages: { fr: 0.86 }, scc: true, working_hours: "Mon-Sat 08:00-20:00", seats: ${3 + k} }
  RO: { cost_per_hour: ${22 - k}, languages: { fr: 0.88, en: 0.92 }, working_hours: "Mon-Fri 07:00-22:00", fixed_cost: ${5000 * k} }
  PT: { cost_per_hour: ${24 - k}, languages: { fr: 0.84, en: 0.9 }, timezone: Europe/Lisbon, working_hours: "Mon-Sun 09:00-18:00", premiums: { sunday: 0.5 } }
activities:
  billing: { language: fr, hours: ${3000 + 400 * k}, coverage: "Mon-Sat 07:00-22:00", min_quality: 0.87 }
  claims: { language: fr, hours: 1800, coverage: "Mon-Fri 08:00-20:00", max_share: 0.6 }
  support: { language: en, hours: 2500, coverage: "Mon-Sun 00:00-24:00" }
${extra}`);

const kinds = (s: Scenario, kind: string): Lever[] => leversOf(s, buildModel(s)).filter((l) => l.kind === kind);

const cost = async (m: ReturnType<typeof buildModel>): Promise<number> => {
  const r = await solveModel(m, highsSolver, OPTS);
  if (r.status !== 'optimal') throw new Error(`expected an optimum, got ${r.status}`);
  return r.objective;
};

describe('a lifted scenario built on the hour classes of the scenario it comes from', () => {
  it('is allowed for opening hours and residency, not for working hours, queues or a rota', () => {
    const s = week(1);
    for (const l of kinds(s, 'coverage')) expect(sharesWeek(s, liftScenario(s, [l]))).toBe(true);
    const working = kinds(s, 'working-hours');
    expect(working.length).toBeGreaterThan(0);
    for (const l of working) expect(sharesWeek(s, liftScenario(s, [l]))).toBe(false);
    expect(sharesWeek(s, s)).toBe(true);
    const rota = { ...s, staffing: 'rota' as const };
    expect(sharesWeek(rota, rota)).toBe(false);
    const queued = week(
      1,
      '  calls: { language: fr, contacts: { volume: 20000, aht: 300, channel: voice, service_level: "80/20" }, coverage: "Mon-Fri 08:00-20:00" }\n',
    );
    expect(queued.activities.some((a) => a.contacts?.queued)).toBe(true);
    expect(sharesWeek(queued, queued)).toBe(false);
  });

  it('has the optimum of the lifted scenario built on its own classes (finer classes, same cost)', async () => {
    let coarser = 0;
    for (const k of [0, 1, 2, 3]) {
      const s = week(k);
      for (const l of kinds(s, 'coverage')) {
        const lifted = liftScenario(s, [l]);
        const own = buildModel(lifted);
        const shared = buildPreparedModel(prepare(lifted, timeModel(s)));
        // Where the lifted scenario's own classes are coarser, the shared model is the larger one.
        if ((timeModel(lifted)?.classes.length ?? 0) < (timeModel(s)?.classes.length ?? 0)) {
          coarser++;
          expect(shared.rows.length).toBeGreaterThan(own.rows.length);
        }
        const [a, b] = await Promise.all([cost(own), cost(shared)]);
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, a));
      }
    }
    // The lifted scenario's own classes are coarser in some cases: the models differ.
    expect(coarser).toBeGreaterThan(0);
  });

  it('shares a record only when every field is equal', () => {
    const records = new HoursVarRecords();
    const s = week(1);
    const first = buildPreparedModel(prepare(s), { wholeFte: false, records });
    const again = buildPreparedModel(prepare(s), { wholeFte: false, records });
    expect(again.vars.length).toBe(first.vars.length);
    // Every hours variable is the record built the first time (the other kinds are built afresh).
    const hours = again.vars.flatMap((v, j) => (v.role === 'hours' ? [j] : []));
    expect(hours.length).toBeGreaterThan(40);
    for (const j of hours) expect(again.vars[j]).toBe(first.vars[j]);
    const dearer = week(1).countries.map((c) => (c.code === 'MA' ? { ...c, costPerHour: c.costPerHour + 1 } : c));
    const other = buildPreparedModel(prepare({ ...s, countries: dearer }), { wholeFte: false, records });
    const plain = buildModel({ ...s, countries: dearer });
    // Equal to a model built without records, field for field; MA's variables are new records.
    expect(other.vars.map((v) => ({ ...v }))).toEqual(plain.vars.map((v) => ({ ...v })));
    const ma = other.vars.filter((v) => v.role === 'hours' && v.country === 'MA');
    expect(ma.length).toBeGreaterThan(0);
    for (const v of ma) expect(first.vars).not.toContain(v);
  });
});
