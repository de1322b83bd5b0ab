import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/buildModel.js';
import { hasIntegers, isPattern, type LpModel } from '../src/model/lp.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { NET_LIMITS, solvePricedOut, type NetLimits } from '../src/solver/pricedOut.js';
import type { SolveResult } from '../src/solver/solver.js';
import { violations } from './support/rowCheck.js';
import { scenarioOf } from './support/scenarioText.js';
import { TWO_QUEUES } from './support/twoQueues.js';

/**
 * The queue model's relaxation is solved by interior point up to a number of columns, by simplex
 * above (solver/pricedOut.ts `INTERIOR_POINT_AT_MOST`): the prices it lands on decide which
 * staffing patterns the search sees, never the optimum. Every engine call is recorded; the
 * optimum is the engine's on the whole model, every pattern in.
 */
const OPTIONS = { timeLimitSeconds: 30 };
const solve = (m: LpModel, start?: readonly number[]): Promise<SolveResult> =>
  highsSolver.solve(m, { ...OPTIONS, ...(start ? { start } : {}) });

async function pricedOut(limits: NetLimits) {
  const model = buildModel(scenarioOf(TWO_QUEUES));
  const methods: (string | undefined)[] = [];
  const spy = (m: LpModel, start?: readonly number[]): Promise<SolveResult> => {
    if (!hasIntegers(m)) methods.push(m.method);
    return solve(m, start);
  };
  const r = await solvePricedOut(model, spy, 0, solve, undefined, undefined, limits);
  if (r.status !== 'optimal') throw new Error(`no proven plan: ${r.status}`);
  expect(violations(model, r.x)).toEqual([]);
  return { model, r, relaxation: methods[0] };
}

describe('the queue relaxation method (solver/pricedOut.ts)', () => {
  it('is interior point up to the limit, simplex above it, and the optimum is the same', async () => {
    const ipm = await pricedOut(NET_LIMITS);
    const columns = ipm.model.vars.length;
    expect(ipm.model.vars.some((v) => isPattern(v))).toBe(true);
    // The default limit holds this small model.
    expect(columns).toBeLessThanOrEqual(NET_LIMITS.interiorPointAtMost);
    expect(ipm.relaxation).toBe('interior-point');
    const atLimit = await pricedOut({ ...NET_LIMITS, interiorPointAtMost: columns });
    expect(atLimit.relaxation).toBe('interior-point');
    const simplex = await pricedOut({ ...NET_LIMITS, interiorPointAtMost: columns - 1 });
    expect(simplex.relaxation).toBeUndefined();

    const whole = await solve(ipm.model);
    if (whole.status !== 'optimal') throw new Error('engine failed');
    for (const run of [ipm, atLimit, simplex]) {
      expect(run.r.objective).toBeCloseTo(whole.objective, 6);
      expect(run.r.mipGap ?? 0).toBe(0);
    }
  }, 60_000);
});
