import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import { planScenario } from '../plan/planScenario.js';
import { autoSolver } from '../solver/engines.js';
import { highsSolver } from '../solver/highsSolver.js';
import { jsLpSolver } from '../solver/jsLpSolver.js';
import type { Solver } from '../solver/solver.js';
import { explainContext } from './context.js';
import { explainScenario } from './explainScenario.js';
import type { ExplainPlan, Explanation } from './types.js';

const OPTS = { timeLimitSeconds: 30 };

/** The optimal cost of a scenario text, planned from scratch (the hand re-solve of the tests). */
async function costOfText(text: string, solver: Solver = highsSolver): Promise<number | undefined> {
  const o = await planScenario(scenarioOf(text), solver, OPTS);
  return o.status === 'infeasible' ? undefined : o.totalCost;
}

const asPlan = (e: Explanation): ExplainPlan => {
  if (e.status !== 'optimal') throw new Error('expected a plan');
  return e;
};

/* Worked by hand: see the comment in test/fixtures/explain/hand.yaml. */
const HAND = readFileSync(new URL('../../test/fixtures/explain/hand.yaml', import.meta.url), 'utf8');

describe('explain: the price of opening hours', () => {
  // Paris 07:00-08:00 is 06:00 in Morocco (UTC+0 from 2026-09-20), before MA's working day:
  // with coverage that hour, 1/16 of the 1,600 h (5 × 16 covered hours a week), goes to FR at
  // 30 instead of MA at 15. Lifted, the same hours may be worked at any time: all in MA.
  const text = `name: coverage price
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  MA: { cost_per_hour: 15, languages: { fr: 0.9 }, scc: true }
activities:
  desk: { language: fr, hours: 1600, coverage: "Mon-Fri 07:00-23:00" }
`;
  for (const solver of [jsLpSolver, highsSolver]) {
    it(`prices an activity's coverage like any other rule, with its line (${solver.name})`, async () => {
      const e = asPlan(await explainScenario(scenarioOf(text), explainContext(solver, OPTS)));
      expect(e.totalCost).toBeCloseTo(100 * 30 + 1500 * 15, 6);
      const rule = e.rules.find((r) => r.rule === 'activities.desk.coverage');
      expect(rule).toMatchObject({ kind: 'coverage', value: 'Mon-Fri 07:00-23:00', where: { line: 6 } });
      expect(rule?.saving).toBeCloseTo(100 * 15, 6);
      expect(rule?.liftedCost).toBeCloseTo(
        (await costOfText(text.replace(', coverage: "Mon-Fri 07:00-23:00"', ''))) ?? NaN,
        6,
      );
      // MA working from 06:00 local takes that hour too; FR already works all the covered hours.
      const working = (code: string) => e.rules.find((r) => r.rule === `countries.${code}.working_hours`);
      expect(working('MA')).toMatchObject({
        kind: 'working-hours',
        value: 'Mon-Sun 07:00-23:00',
        where: { line: 4, written: false },
      });
      expect(working('MA')?.saving).toBeCloseTo(100 * 15, 6);
      expect(working('FR')?.saving).toBe(0);
    });
  }

  it('names opening and working hours in the conflict of a desk nobody can staff at night', async () => {
    const night = text.replace('Mon-Fri 07:00-23:00', 'Mon-Sun 00:00-24:00');
    const e = await explainScenario(scenarioOf(night), explainContext(highsSolver, OPTS));
    if (e.status !== 'infeasible') throw new Error('expected no plan');
    expect(e.conflict?.map((m) => m.rule).sort()).toEqual([
      'activities.desk.coverage',
      'countries.FR.working_hours',
      'countries.MA.working_hours',
    ]);
    // MA round the clock, or no opening hours: 1,600 h at 15 (no night premium set). FR round
    // the clock: Paris 00:00-08:00 (MA works 07:00-23:00 at UTC+0), 8/24 of the hours, at 30.
    const way = (rule: string) => e.waysOut.find((w) => w.rule === rule);
    expect(way('countries.MA.working_hours')?.planCost).toBeCloseTo(1600 * 15, 6);
    expect(way('activities.desk.coverage')?.planCost).toBeCloseTo(1600 * 15, 6);
    expect(way('countries.FR.working_hours')?.planCost).toBeCloseTo(
      ((1600 * 8) / 24) * 30 + ((1600 * 16) / 24) * 15,
      6,
    );
    expect(e.waysOut.every((w) => w.action === 'lift')).toBe(true);
  });
});

describe('explain: a contact queue', () => {
  const queue = readFileSync(new URL('../../test/fixtures/sites/queue-halves.yaml', import.meta.url), 'utf8');
  it('prices each rule by re-planning without it, pooling included: a rule that binds nothing costs nothing', async () => {
    const e = asPlan(await explainScenario(scenarioOf(queue), explainContext(highsSolver, OPTS)));
    const price = (rule: string) => e.rules.find((r) => r.rule === rule)?.saving;
    // FR works every covered hour and MA may take personal data (scc): lifting either changes nothing.
    expect(price('countries.FR.working_hours')).toBe(0);
    expect(price('activities.calls.data')).toBe(0);
    // The 50/50 split is what costs, agents of the split included: re-planned without it, MA
    // takes the whole queue (the exact queue model, as for the plan itself).
    const alone = await costOfText(queue.replace('    min_countries: 2\n    min_country_share: 0.5\n', ''));
    expect(price('activities.calls.min_countries')).toBeCloseTo(e.totalCost - (alone ?? NaN), 4);
    for (const r of e.rules)
      if (r.liftedCost !== undefined && r.saving > 0) expect(r.saving).toBeCloseTo(e.totalCost - r.liftedCost, 4);
  });

  it('shows the plan\'s hours in "why this country" (each share staffed as its own queue)', async () => {
    const e = asPlan(await explainScenario(scenarioOf(queue), explainContext(highsSolver, OPTS)));
    const plan = await planScenario(scenarioOf(queue), highsSolver, OPTS);
    if (plan.status === 'infeasible') throw new Error('expected a plan');
    for (const row of plan.allocation) {
      expect(e.choices.find((c) => c.activity === row.activity && c.country === row.country)?.hours).toBeCloseTo(
        row.hours,
        4,
      );
    }
  });

  it('gives no marginal value for a share of the hours planned (its value sits in the coefficients)', async () => {
    const e = asPlan(await explainScenario(scenarioOf(queue), explainContext(highsSolver, OPTS)));
    expect(e.marginals.map((m) => m.rule)).not.toContain('activities.calls.min_country_share');
  });
});

describe('explain: marginal values of a mixed-integer plan', () => {
  // Two countries must carry at least 30% each: MA (17) takes 70%, RO (20, min_hours 500) 30%.
  const text = `name: continuity
countries:
  FR: { cost_per_hour: 34, languages: { fr: 0.95 } }
  MA: { cost_per_hour: 17, languages: { fr: 0.9 }, scc: true }
  RO: { cost_per_hour: 20, languages: { fr: 0.9 }, min_hours: 500 }
activities:
  calls: { language: fr, hours: 2000, min_countries: 2, min_country_share: 0.3 }
`;
  it('reads the rules as they stand once the sites are fixed (one more hour: 70% at 17 + 30% at 20)', async () => {
    const e = asPlan(await explainScenario(scenarioOf(text), explainContext(highsSolver, OPTS)));
    expect(e.totalCost).toBeCloseTo(1400 * 17 + 600 * 20, 6);
    const m = (rule: string) => e.marginals.find((x) => x.rule === rule);
    expect(m('activities.calls.hours')?.change).toBeCloseTo(0.7 * 17 + 0.3 * 20, 6);
    // +0.01 of share moves 20 h from MA to RO: +3 EUR/h.
    expect(m('activities.calls.min_country_share')?.change).toBeCloseTo(20 * 3, 6);
    expect(await costOfText(text.replace('hours: 2000', 'hours: 2001'))).toBeCloseTo(e.totalCost + 17.9, 6);
  });
});

describe('explain: values worked by hand', () => {
  for (const solver of [autoSolver, jsLpSolver, highsSolver]) {
    it(`prices each rule, with its line (${solver.name})`, async () => {
      const e = asPlan(await explainScenario(scenarioOf(HAND), explainContext(solver, OPTS)));
      expect(e.totalCost).toBeCloseTo(56_666.67, 2);
      const price = (rule: string): number | undefined => e.rules.find((r) => r.rule === rule)?.saving;
      expect(e.rules.map((r) => r.rule).slice(0, 3)).toEqual([
        'activities.a.min_quality',
        'activities.b.data',
        'activities.c.countries',
      ]);
      expect(price('activities.a.min_quality')).toBeCloseTo(6_666.67, 2);
      expect(price('activities.b.data')).toBeCloseTo(6_000, 6);
      expect(price('activities.c.countries')).toBeCloseTo(4_000, 6);
      expect(price('countries.FR.capacity_hours')).toBe(0);
      expect(e.rules.find((r) => r.rule === 'activities.b.data')?.where).toMatchObject({ line: 8, written: true });
      expect(e.rules.find((r) => r.rule === 'activities.a.data')?.where).toMatchObject({ line: 7, written: false });
    });

    it(`gives the marginal values and RO's threshold (${solver.name})`, async () => {
      const e = asPlan(await explainScenario(scenarioOf(HAND), explainContext(solver, OPTS)));
      const m = (rule: string) => e.marginals.find((x) => x.rule === rule);
      expect(m('activities.a.hours')?.change).toBeCloseTo(26.67, 2);
      expect(m('activities.b.hours')?.change).toBeCloseTo(30, 6);
      expect(m('activities.a.min_quality')?.change).toBeCloseTo(666.67, 2);
      expect(m('activities.a.min_quality')?.step).toBe(0.01);
      if (solver.name !== 'javascript-lp-solver')
        expect(m('activities.a.min_quality')?.range).toEqual({
          from: expect.closeTo(0.8, 9),
          to: expect.closeTo(0.95, 9),
        });
      const ro = e.choices.find((c) => c.activity === 'a' && c.country === 'RO');
      expect(ro?.status).toBe('unused');
      expect(ro?.cheaperBy).toBeCloseTo(5 / 3, 6);
      expect(e.choices.find((c) => c.activity === 'b' && c.country === 'MA')).toMatchObject({
        status: 'excluded',
        exclusion: 'residency',
      });
      expect(e.choices.find((c) => c.activity === 'c' && c.country === 'RO')).toMatchObject({
        status: 'excluded',
        exclusion: 'allow-list',
        where: { path: 'activities.c.countries', line: 9 },
      });
    });
  }

  it('the prices equal re-solving the edited scenarios', async () => {
    const base = await costOfText(HAND);
    const without = {
      'activities.a.min_quality': HAND.replace(', min_quality: 0.9', ''),
      'activities.b.data': HAND.replace('data: public', 'data: none'),
      'activities.c.countries': HAND.replace(', countries: [FR]', ''),
      'countries.FR.capacity_hours': HAND.replace(', capacity_hours: 2000', ''),
    };
    const e = asPlan(await explainScenario(scenarioOf(HAND), explainContext(highsSolver, OPTS)));
    for (const [rule, text] of Object.entries(without)) {
      const edited = await costOfText(text);
      expect(e.rules.find((r) => r.rule === rule)?.saving, rule).toBeCloseTo((base ?? NaN) - (edited ?? NaN), 6);
    }
  });

  it('a reduced cost is the threshold: just below it the country enters the plan, just above it does not', async () => {
    const rate = (x: number): string => HAND.replace('RO: { cost_per_hour: 25', `RO: { cost_per_hour: ${x}`);
    const roHours = async (x: number): Promise<number> => {
      const o = await planScenario(scenarioOf(rate(x)), highsSolver, OPTS);
      return o.status === 'infeasible'
        ? NaN
        : o.allocation.filter((r) => r.country === 'RO').reduce((t, r) => t + r.hours, 0);
    };
    // 25 − 5/3 = 23.333…
    expect(await roHours(23.3)).toBeGreaterThan(1);
    expect(await roHours(23.37)).toBe(0);
  });
});

/* The telecom sample, as in scenarios/telecom.yaml when this test was written. */
const TELECOM = `name: Telecom
countries:
  FR:
    cost_per_hour: 34
    languages: { fr: 0.95, en: 0.80 }
    capacity_hours: 12000
  RO:
    cost_per_hour: 21
    languages: { fr: 0.88, en: 0.90 }
    capacity_hours: 9000
  MA:
    cost_per_hour: 17
    languages:
      fr: { quality: 0.86, capacity_hours: 7000 }
    scc: true
activities:
  acquisition:
    language: fr
    hours: 6000
    min_quality: 0.93
    min_home_share: 0.5
  back-office:
    language: fr
    hours: 5500
    min_quality: 0.87
    countries: [FR, RO]
  tech-support:
    language: fr
    hours: 7200
    min_quality: 0.85
    max_share: 0.8
  en-support:
    language: en
    hours: 1200
`;

describe('explain on the telecom case', () => {
  it('every price equals the optimal cost minus the cost of the scenario edited by hand', async () => {
    const e = asPlan(await explainScenario(scenarioOf(TELECOM), explainContext(autoSolver, OPTS)));
    const base = await costOfText(TELECOM);
    expect(e.totalCost).toBeCloseTo(450_220, 4);
    const edits: Record<string, string> = {
      'activities.acquisition.min_quality': TELECOM.replace('    min_quality: 0.93\n', ''),
      'activities.acquisition.min_home_share': TELECOM.replace('    min_home_share: 0.5\n', ''),
      'activities.back-office.countries': TELECOM.replace('    countries: [FR, RO]\n', ''),
      'activities.tech-support.max_share': TELECOM.replace('    max_share: 0.8\n', ''),
      'countries.MA.languages.fr.capacity_hours': TELECOM.replace('{ quality: 0.86, capacity_hours: 7000 }', '0.86'),
      'countries.RO.capacity_hours': TELECOM.replace('    capacity_hours: 9000\n', ''),
      'activities.en-support.data': TELECOM.replace('    hours: 1200\n', '    hours: 1200\n    data: none\n'),
    };
    for (const [rule, text] of Object.entries(edits)) {
      const edited = await costOfText(text);
      expect(e.rules.find((r) => r.rule === rule)?.saving, rule).toBeCloseTo((base ?? NaN) - (edited ?? NaN), 4);
    }
    // The three rules that cost something, as re-solved: 9,620, 4,605.71 (twice) and 26.67.
    expect(e.rules.filter((r) => r.saving > 0).map((r) => [r.rule, Math.round(r.saving * 100) / 100])).toEqual([
      ['activities.acquisition.min_quality', 9620],
      ['activities.back-office.countries', 4605.71],
      ['activities.tech-support.max_share', 4605.71],
      ['countries.MA.languages.fr.capacity_hours', 26.67],
    ]);
  });

  it('the marginal value of a capacity matches a re-solve one hour further, within its range', async () => {
    const e = asPlan(await explainScenario(scenarioOf(TELECOM), explainContext(highsSolver, OPTS)));
    const m = e.marginals.find((x) => x.rule === 'countries.MA.languages.fr.capacity_hours');
    const plus = await costOfText(TELECOM.replace('capacity_hours: 7000', 'capacity_hours: 7010'));
    expect(m?.change).toBeCloseTo(((plus ?? NaN) - e.totalCost) / 10, 6);
    expect(m?.range?.to).toBeGreaterThan(7010);
    const q = e.marginals.find((x) => x.rule === 'activities.acquisition.min_quality');
    const up = await costOfText(TELECOM.replace('min_quality: 0.93', 'min_quality: 0.931'));
    expect(q?.change).toBeCloseTo(((up ?? NaN) - e.totalCost) * 10, 4);
  });
});

describe('explain with site economics (mixed-integer)', () => {
  it('prices the rules by re-solving, and gives duals for the sites chosen', async () => {
    const text = `name: Sites
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.95 } }
  MA: { cost_per_hour: 17, languages: { fr: 0.86 }, scc: true, fixed_cost: 25000, min_hours: 2000 }
activities:
  care: { language: fr, hours: 5000, min_quality: 0.9 }
max_countries: 2
`;
    const e = asPlan(await explainScenario(scenarioOf(text), explainContext(autoSolver, OPTS)));
    expect(e.fixedDecisions).toBe(true);
    const lifted = await costOfText(text.replace(', min_quality: 0.9', ''));
    expect(e.rules.find((r) => r.rule === 'activities.care.min_quality')?.saving).toBeCloseTo(
      e.totalCost - (lifted ?? NaN),
      4,
    );
  });
});
