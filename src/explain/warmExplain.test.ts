import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import { buildModel } from '../model/buildModel.js';
import { autoSolver } from '../solver/engines.js';
import { highsSolver } from '../solver/highsSolver.js';
import { solveModel } from '../solver/solveModel.js';
import { explainContext } from './context.js';
import { explainScenario } from './explainScenario.js';
import { leversOf, liftLevers } from './levers.js';

const OPTS = { timeLimitSeconds: 30 };
const fixture = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Sites, opening hours, working hours, residency, floors and shares: every kind of lever, in a mixed-integer plan. */
const COVERAGE_SITES = `name: Sites round the clock
timezone: Europe/Paris
week: 2027-01-11
countries:
  FR: { cost_per_hour: 34, languages: { fr: 0.95, en: 0.9 }, working_hours: "Mon-Sun 00:00-24:00" }
  MA: { cost_per_hour: 16, languages: { fr: 0.86 }, scc: true, working_hours: "Mon-Sat 08:00-20:00", fixed_cost: 20000, min_hours: 1500 }
  RO: { cost_per_hour: 21, languages: { fr: 0.88, en: 0.92 }, working_hours: "Mon-Fri 07:00-22:00", fixed_cost: 15000, capacity_hours: 3000 }
  PT: { cost_per_hour: 23, languages: { fr: 0.84, en: 0.9 }, working_hours: "Mon-Fri 08:00-20:00", fixed_cost: 30000 }
activities:
  billing: { language: fr, hours: 5000, coverage: "Mon-Sat 07:00-22:00", min_quality: 0.88, min_countries: 2 }
  claims: { language: fr, hours: 1800, data: health, coverage: "Mon-Fri 08:00-20:00" }
  support: { language: en, hours: 2500, coverage: "Mon-Sun 00:00-24:00", max_share: 0.7 }
max_countries: 3
`;

/**
 * explain solves each rule's variant in one engine session, from the plan's optimum (basis or
 * incumbent), in place where it can: each price must still be what a fresh engine finds for the
 * scenario without the rule.
 */
describe('explain prices each rule like a fresh solve of the scenario without it', () => {
  const cases: [string, string][] = [
    ['site economics (mixed-integer)', fixture('test/fixtures/sites/continuity.yaml')],
    ['sites with opening and working hours (mixed-integer, hour classes renumbered)', COVERAGE_SITES],
    ['the telecom sample (LP)', fixture('scenarios/telecom.yaml')],
    ['the hand-worked case (LP)', fixture('test/fixtures/explain/hand.yaml')],
  ];
  for (const [name, text] of cases) {
    it(name, async () => {
      const s = scenarioOf(text);
      const ctx = explainContext(autoSolver, OPTS);
      const e = await explainScenario(s, ctx);
      ctx.close();
      if (e.status !== 'optimal') throw new Error('expected a plan');
      const levers = leversOf(s, buildModel(s));
      expect(levers.length).toBeGreaterThan(4);
      expect(e.rules.map((r) => r.rule).sort()).toEqual(levers.map((l) => l.key).sort());
      let lifted = 0;
      for (const l of levers) {
        const fresh = await solveModel(liftLevers(s, [l], (x) => buildModel(x)).model, highsSolver, OPTS);
        const price = e.rules.find((r) => r.rule === l.key);
        if (fresh.status !== 'optimal' && fresh.status !== 'feasible') {
          expect(price?.liftedCost).toBeUndefined();
          continue;
        }
        expect(Math.abs((price?.liftedCost ?? NaN) - fresh.objective)).toBeLessThanOrEqual(
          1e-6 * Math.max(1, fresh.objective),
        );
        if ((price?.saving ?? 0) > 0) lifted++;
      }
      // Some rules cost something: the comparison is not only between unchanged plans.
      expect(lifted).toBeGreaterThan(0);
    });
  }
});
