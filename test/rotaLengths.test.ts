import { describe, expect, it } from 'vitest';
import { planScenario } from '../src/plan/planScenario.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { runMain, scratch } from './support/inProcess.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * `explain` prices a rota's shift lengths like any other rule: lifted, every whole length
 * from the country's shortest shift to its longest may be worked full time. Its price is
 * checked against planning, on its own, the scenario written with those lengths.
 */
const rota = (shifts: string): string => `name: rota lengths
period: week
timezone: Europe/Paris
shifts: { ${shifts}, mip_gap: 0 }
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.95 }, working_hours: "Mon-Sun 08:00-13:00" }
  RO: { cost_per_hour: 22, languages: { fr: 0.9 }, scc: true, working_hours: "Mon-Sun 09:00-12:00", capacity_hours: 6 }
activities:
  desk:
    language: fr
    hours: 10.8
    coverage: "Mon 08:00-12:00"
    profile: { hours: { "08": 1, "09": 2, "10": 2, "11": 1 } }
`;

type Rule = { rule: string; kind: string; lifted_cost: number; saving: number };

async function rules(yaml: string): Promise<Rule[]> {
  const file = scratch('bestshore-lengths-').write('rota.yaml', yaml);
  const r = await runMain(['explain', file, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { rules: Rule[] }).rules;
}

async function cost(yaml: string): Promise<number> {
  const o = await planScenario(scenarioOf(yaml), highsSolver, { timeLimitSeconds: 30 });
  if (o.status === 'infeasible') throw new Error('no plan');
  return o.totalCost;
}

describe('explain prices the shift lengths of a rota', () => {
  it('each country: the lifted cost is the cost of the scenario written with every length', async () => {
    const written = rota('full_time: [4], part_time: [2], max_part_time_share: 0.2');
    const found = (await rules(written)).filter((r) => r.kind === 'shift-lengths');
    expect(found.map((r) => r.rule).sort()).toEqual(['countries.FR.shifts.full_time', 'countries.RO.shifts.full_time']);
    const base = await cost(written);
    // FR alone with 2, 3 and 4 h full time: the part-time 2 h shifts then add nothing.
    const frOnly = written.replace(
      '  FR: { cost_per_hour: 30,',
      '  FR: { shifts: { full_time: [2, 3, 4], part_time: [1], max_part_time_share: 0 }, cost_per_hour: 30,',
    );
    const fr = found.find((r) => r.rule === 'countries.FR.shifts.full_time');
    expect(fr?.lifted_cost).toBeCloseTo(await cost(frOnly), 6);
    expect(fr?.saving).toBeCloseTo(base - (await cost(frOnly)), 6);
    expect(fr?.saving ?? 0).toBeGreaterThan(0);
  }, 60_000);

  it('no such rule when every length is allowed already, nor without shifts', async () => {
    const every = rota('full_time: [2, 3, 4], part_time: [1], max_part_time_share: 0');
    expect((await rules(every)).some((r) => r.kind === 'shift-lengths')).toBe(false);
    const hourly = rota('full_time: [4]').replace(/^shifts: .*\n/m, '');
    expect((await rules(hourly)).some((r) => r.kind === 'shift-lengths')).toBe(false);
  }, 60_000);
});
