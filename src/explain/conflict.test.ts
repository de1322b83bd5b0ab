import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import type { Scenario } from '../scenario/types.js';
import { highsSolver } from '../solver/highsSolver.js';
import { costOfScenario, explainContext } from './context.js';
import { explainScenario } from './explainScenario.js';
import { leversOf, liftLevers } from './levers.js';
import { ruleField } from './ruleValues.js';
import type { ExplainInfeasible } from './types.js';

const ctx = explainContext(highsSolver, { timeLimitSeconds: 30 });
const FIXTURES = new URL('../../test/fixtures/infeasible/', import.meta.url).pathname;
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'));

async function explained(s: Scenario): Promise<ExplainInfeasible> {
  const e = await explainScenario(s, ctx);
  if (e.status !== 'infeasible') throw new Error('expected no plan');
  return e;
}

async function feasibleLifting(s: Scenario, keys: ReadonlySet<string>): Promise<boolean> {
  const levers = leversOf(s, ctx.build(s)).filter((l) => keys.has(l.key));
  const r = await ctx.solve(liftLevers(s, levers, ctx.build).model);
  return r.status === 'optimal';
}

describe('explain on infeasible scenarios: a minimal conflict', () => {
  for (const f of files) {
    it(`${f}: the conflict is infeasible alone, and removing any member makes it feasible`, async () => {
      const s = scenarioOf(readFileSync(join(FIXTURES, f), 'utf8'));
      const e = await explained(s);
      expect(e.conflict, 'a conflict was isolated').toBeDefined();
      const members = new Set(e.conflict?.map((m) => m.rule));
      const others = new Set(
        leversOf(s, ctx.build(s))
          .map((l) => l.key)
          .filter((k) => !members.has(k)),
      );
      expect(await feasibleLifting(s, others)).toBe(false);
      for (const m of members) expect(await feasibleLifting(s, new Set([...others, m])), `lifting ${m}`).toBe(true);
      for (const m of e.conflict ?? []) expect(m.where.line).toBeGreaterThan(0);
    });
  }

  it('combination.yaml: FR capacity and the two floors, with the smallest relaxation of each', async () => {
    const s = scenarioOf(readFileSync(join(FIXTURES, 'combination.yaml'), 'utf8'));
    const e = await explained(s);
    expect(e.conflict?.map((m) => `${m.rule}@${m.where.line}`).sort()).toEqual([
      'activities.care.min_quality@18',
      'activities.sales.min_quality@14',
      'countries.FR.capacity_hours@8',
    ]);
    expect(e.notEnoughAlone).toEqual([]);
    // By hand: chat's max_share 0.8 puts 60 h in FR and care takes 500 h, leaving 440 h of FR
    // for sales: 0.95 × 0.44 + 0.75 × 0.56 = 0.838. FR needs 750 + 500 + 60 = 1,310 h.
    const way = (rule: string) => e.waysOut.find((w) => w.rule === rule);
    expect(way('activities.sales.min_quality')).toMatchObject({ action: 'relax', from: 0.9, to: 0.838 });
    expect(way('activities.care.min_quality')).toMatchObject({ action: 'relax', from: 0.85, to: 0.788 });
    expect(way('countries.FR.capacity_hours')).toMatchObject({ action: 'relax', from: 1000, to: 1310 });
  });

  for (const f of files) {
    it(`${f}: each relaxation gives a plan at its stated cost, and one step less does not`, async () => {
      const s = scenarioOf(readFileSync(join(FIXTURES, f), 'utf8'));
      const e = await explained(s);
      for (const w of e.waysOut.filter((x) => x.action === 'relax')) {
        const field = ruleField(w.rule.split('.'));
        if (!field || w.to === undefined || w.from === undefined) throw new Error(`no field for ${w.rule}`);
        expect(await costOfScenario(ctx, field.set(s, w.to)), w.rule).toBeCloseTo(w.planCost, 4);
        const step = field.unit === 'share' ? 0.001 : 1;
        const tighter = w.to > w.from ? w.to - step : w.to + step;
        if (tighter !== w.from)
          expect(await costOfScenario(ctx, field.set(s, tighter)), `${w.rule} at ${tighter}`).toBeUndefined();
      }
      const costs = e.waysOut.map((w) => w.planCost);
      expect(costs).toEqual([...costs].sort((a, b) => a - b));
    });
  }
});
