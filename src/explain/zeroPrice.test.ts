import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { randomScenario, toYaml } from '../../test/support/randomScenario.js';
import { scenarioOf } from '../../test/support/scenarioText.js';
import { buildModel } from '../model/buildModel.js';
import { highsSolver } from '../solver/highsSolver.js';
import { solveModel } from '../solver/solveModel.js';
import type { Scenario } from '../scenario/types.js';
import { leversOf, liftLevers } from './levers.js';
import { zeroPrice } from './zeroPrice.js';

const OPTS = { timeLimitSeconds: 30 };
const fixture = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/**
 * Every rule that zeroPrice lets explain skip must cost nothing when the scenario is really
 * re-planned without it (a fresh engine, from scratch): the price shown is the re-planned one.
 */
async function check(s: Scenario): Promise<{ skipped: number; pairs: number; rows: number }> {
  const model = buildModel(s);
  const solved = await solveModel(model, highsSolver, OPTS);
  const counts = { skipped: 0, pairs: 0, rows: 0 };
  // Random scenarios may have no plan: nothing to price.
  if (solved.status !== 'optimal') return counts;
  const levers = leversOf(s, model);
  const free = zeroPrice(s, model, solved, levers, buildModel);
  for (const l of levers) {
    const fresh = await solveModel(liftLevers(s, [l], (x) => buildModel(x)).model, highsSolver, OPTS);
    const lifted = fresh.status === 'optimal' ? fresh.objective : undefined;
    if (!free(l)) continue;
    counts.skipped++;
    if (l.lift) counts.pairs++;
    else counts.rows++;
    expect(Math.abs((lifted ?? NaN) - solved.objective), l.key).toBeLessThanOrEqual(
      1e-7 * Math.max(1, solved.objective),
    );
  }
  return counts;
}

describe('rules proven free by the plan’s duals cost nothing when re-planned', () => {
  it('the telecom sample and the hand-worked case: row rules and residency classes', async () => {
    const telecom = await check(scenarioOf(fixture('scenarios/telecom.yaml')));
    const hand = await check(scenarioOf(fixture('test/fixtures/explain/hand.yaml')));
    // Skipping happens, on both kinds of rules: the comparison is not vacuous.
    expect(telecom.skipped + hand.skipped).toBeGreaterThan(0);
    expect(telecom.rows + hand.rows).toBeGreaterThan(0);
  });

  it('random scenarios (residency, allow-lists, floors, shares, capacities)', async () => {
    let pairs = 0;
    let rows = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const c = await check(scenarioOf(toYaml(randomScenario(seed))));
      pairs += c.pairs;
      rows += c.rows;
    }
    expect(pairs).toBeGreaterThan(0);
    expect(rows).toBeGreaterThan(0);
  });

  it('a rule whose rows bind is never skipped', async () => {
    const s = scenarioOf(fixture('test/fixtures/explain/hand.yaml'));
    const model = buildModel(s);
    const solved = await solveModel(model, highsSolver, OPTS);
    if (solved.status !== 'optimal') throw new Error('expected a plan');
    const levers = leversOf(s, model);
    const free = zeroPrice(s, model, solved, levers, buildModel);
    let costly = 0;
    for (const l of levers) {
      const fresh = await solveModel(liftLevers(s, [l], (x) => buildModel(x)).model, highsSolver, OPTS);
      if (fresh.status !== 'optimal' || solved.objective - fresh.objective <= 1e-6 * solved.objective) continue;
      costly++;
      expect(free(l), l.key).toBe(false);
    }
    expect(costly).toBeGreaterThan(0);
  });

  it('no residency class is skipped when the model with them lifted changes a rule of the plan', async () => {
    const s = scenarioOf(fixture('scenarios/telecom.yaml'));
    const model = buildModel(s);
    const solved = await solveModel(model, highsSolver, OPTS);
    if (solved.status !== 'optimal') throw new Error('expected a plan');
    const levers = leversOf(s, model);
    const pairs = levers.filter((l) => l.kind === 'residency');
    expect(pairs.some(zeroPrice(s, model, solved, levers, buildModel))).toBe(true);
    // A builder whose lifted model has one of the plan's rows with another right-hand side: not
    // the plan's model plus variables, so its bound proves nothing about the rules.
    const doctored = (x: Scenario): ReturnType<typeof buildModel> => {
      const m = buildModel(x);
      if (x === s) return m;
      const k = m.rows.findIndex((r) => model.rows.some((q) => q.id === r.id && q.op === '<='));
      return { ...m, rows: m.rows.map((r, i) => (i === k ? { ...r, rhs: r.rhs * 2 } : r)) };
    };
    expect(pairs.some(zeroPrice(s, model, solved, levers, doctored))).toBe(false);
  });
});
