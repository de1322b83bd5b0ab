import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planScenario } from '../src/plan/planScenario.js';
import type { Plan } from '../src/plan/types.js';
import { readScenarioText } from '../src/scenario/readScenario.js';
import { ENGINES, autoSolver } from '../src/solver/engines.js';
import { ROOT } from './helpers.js';
import { runMain } from './support/inProcess.js';

const load = (text: string, file = 's.yaml') => {
  const r = readScenarioText(file, text);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return r.scenario;
};
const fixture = (name: string) => load(readFileSync(join(ROOT, 'test/fixtures/sites', name), 'utf8'), name);
const plan = async (text: string, wholeFte = false): Promise<Plan> => {
  const o = await planScenario(load(text), autoSolver, { timeLimitSeconds: 30, wholeFte });
  if (o.status === 'infeasible') throw new Error('infeasible');
  return o;
};

describe('site economics (mixed-integer)', () => {
  it.each([
    ['continuity.yaml', 184233.33, ['FR', 'MA']],
    ['small-volume.yaml', 75000, ['FR']],
    ['forced-open.yaml', 67500, ['MA']],
  ])('%s: every engine finds the hand-computed optimum', async (name, total, open) => {
    for (const engine of Object.values(ENGINES)) {
      const o = await planScenario(fixture(name), engine, { timeLimitSeconds: 30 });
      expect(o.status).toBe('optimal');
      if (o.status === 'infeasible') return;
      expect(o.totalCost).toBeCloseTo(total, 1);
      expect(o.countries.filter((c) => c.open).map((c) => c.country)).toEqual(open);
      expect(o.certificate.kind).toBe('mip');
      if (o.certificate.kind === 'mip') expect(o.certificate.gap).toBeLessThan(1e-6);
    }
  });

  it('closing the cheapest site, or capping countries at one, costs more and is obeyed', async () => {
    const base = readFileSync(join(ROOT, 'test/fixtures/sites/continuity.yaml'), 'utf8');
    const closed = await plan(
      base.replace('scc: true, fixed_cost: 25000', 'scc: true, open: false, fixed_cost: 25000'),
    );
    expect(closed.countries.find((c) => c.country === 'MA')).toBeUndefined();
    expect(closed.totalCost).toBeGreaterThan(184233.33);
    const one = await planScenario(load(base.replace('max_countries: 3', 'max_countries: 1')), autoSolver, {
      timeLimitSeconds: 30,
    });
    expect(one.status).toBe('infeasible'); // min_countries 2 cannot hold with one country
  });

  it('min_countries counts countries, also when an activity is planned hour by hour', async () => {
    const text = (list: string) => `name: c
countries:
  FR: { cost_per_hour: 34, languages: { fr: 0.95 } }
  MA: { cost_per_hour: 17, languages: { fr: 0.86 }, scc: true, premiums: { sunday: 0.5 } }
activities:
  hotline: { language: fr, hours: 3000, coverage: "Mon-Sun 08:00-20:00", min_countries: 2, min_country_share: 0.25${list} }
`;
    // One allowed country cannot make two, whatever its hour classes (Sunday is priced apart).
    const one = await planScenario(load(text(', countries: [MA]')), autoSolver, { timeLimitSeconds: 30 });
    expect(one.status).toBe('infeasible');
    // Two countries: FR carries its 25% at the least cost (on Sundays first, where MA costs 25.5 vs 34).
    const two = await plan(text(''));
    const fr = two.allocation.find((r) => r.country === 'FR')?.hours ?? 0;
    expect(fr).toBeCloseTo(750, 6);
  });

  it("a contact queue's min_country_share is a share of the hours planned (they depend on the split)", async () => {
    // Split in two, the queue needs more agent hours than pooled in one country (a.hours):
    // a share of the pooled hours would let MA, the cheaper, carry more than half.
    const text = readFileSync(join(ROOT, 'test/fixtures/sites/queue-halves.yaml'), 'utf8');
    for (const engine of Object.values(ENGINES)) {
      if (engine.name === 'javascript-lp-solver') continue; // auto gives every MILP to HiGHS
      const o = await planScenario(load(text), engine, { timeLimitSeconds: 30, wholeFte: false });
      expect(o.status).toBe('optimal');
      if (o.status === 'infeasible') return;
      const planned = o.allocation.reduce((t, r) => t + r.hours, 0);
      const pooled = load(text).activities[0]?.hours ?? 0;
      // The 60 open hours are alike: each country answers 30 of them alone, whole agents, so the
      // halves cost no pooling (a split inside an hour would) and the hours planned are the pooled ones.
      expect(planned).toBeCloseTo(pooled, 6);
      expect(o.pooling?.extraHours).toBeCloseTo(0, 9);
      for (const code of ['FR', 'MA']) {
        const mine = o.allocation.filter((r) => r.country === code).reduce((t, r) => t + r.hours, 0);
        expect(mine / planned).toBeGreaterThanOrEqual(0.5 - 1e-6);
      }
    }
  });

  it('--whole-fte staffs whole people and prices their paid hours', async () => {
    const text =
      'name: w\ncountries:\n  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }\nactivities:\n  a: { language: fr, hours: 1000 }\n';
    const o = await plan(text, true);
    const hpf = ((35 * 52) / 12) * 0.7; // 106.17 h per FTE
    expect(o.countries[0]?.fte).toBe(Math.ceil(1000 / hpf)); // 10 people
    expect(o.totalCost).toBeCloseTo(10 * hpf * 30, 6); // 31,850: idle paid hours included
    expect(o.countries[0]?.idleHours).toBeCloseTo(10 * hpf - 1000, 6);
  });

  it('the CLI shows which sites open and why, and --whole-fte is accepted', async () => {
    const r = await runMain(['plan', 'test/fixtures/sites/continuity.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'RO: closed — opening it would not lower the total (fixed cost 25,000 EUR, minimum 2,000 h).',
    );
    expect(r.stdout).toMatch(/MA: open — 5,633 h \(fixed cost 25,000 EUR, minimum 2,000 h\)/);
    const json = JSON.parse(
      (await runMain(['plan', 'test/fixtures/sites/continuity.yaml', '--format', 'json', '--whole-fte'])).stdout,
    );
    expect(json.staffing.every((s: { fte: number }) => Number.isInteger(s.fte))).toBe(true);
    expect(json.sites.find((s: { country: string }) => s.country === 'PT')).toMatchObject({
      open: false,
      fixed_cost: 40000,
    });
  });

  it('rejects min_country_share without min_countries, and shares above 100%', async () => {
    const bad = readScenarioText(
      's.yaml',
      'name: x\ncountries:\n  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }\nactivities:\n  a: { language: fr, hours: 10, min_country_share: 0.3 }\n  b: { language: fr, hours: 10, min_countries: 3, min_country_share: 0.4 }\n',
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.diagnostics.map((d) => `${d.line} ${d.path}: ${d.message}`)).toEqual([
      '5 activities.a.min_country_share: min_country_share needs min_countries (how many countries must each carry that share)',
      '6 activities.b.min_countries: 3 countries × min_country_share 0.4 is more than 100% of the activity',
    ]);
  });
});
