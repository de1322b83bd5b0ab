import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/buildModel.js';
import { hasIntegers, type LpModel } from '../src/model/lp.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { solvePricedOut } from '../src/solver/pricedOut.js';
import type { SolveResult } from '../src/solver/solver.js';
import { scenarioOf } from './support/scenarioText.js';
import { TWO_QUEUES } from './support/twoQueues.js';

/**
 * A whole-agent queue model is solved through its LP relaxation first (solver/pricedOut.ts). When
 * the time limit stops that relaxation, the whole model's search would have to solve the same
 * relaxation at its root and would stop there too: the relaxation's answer stands at once. Any
 * other failure of the relaxation still falls back to the whole model.
 */

/** The relaxation fails with `failure`; every mixed-integer call goes to HiGHS and is counted. */
async function withFailedRelaxation(failure: SolveResult): Promise<{ result: SolveResult; searches: number }> {
  const model = buildModel(scenarioOf(TWO_QUEUES));
  expect(hasIntegers(model)).toBe(true);
  let searches = 0;
  const solve = (m: LpModel, start?: readonly number[]): Promise<SolveResult> => {
    if (!hasIntegers(m)) return Promise.resolve(failure);
    searches++;
    return highsSolver.solve(m, { timeLimitSeconds: 30, ...(start ? { start } : {}) });
  };
  return { result: await solvePricedOut(model, solve), searches };
}

describe('a queue model whose relaxation does not finish', () => {
  it('stops there when the time limit stopped it, without a search of the whole model', async () => {
    const stopped: SolveResult = {
      status: 'error',
      message: 'HiGHS stopped with model status 13 (time limit reached with no solution)',
      stoppedBy: 'time limit',
    };
    const { result, searches } = await withFailedRelaxation(stopped);
    expect(result).toEqual(stopped);
    expect(searches).toBe(0);
  });

  it('searches the whole model when the relaxation failed otherwise', async () => {
    const { result, searches } = await withFailedRelaxation({ status: 'error', message: 'numerical trouble' });
    expect(searches).toBe(1);
    expect(result.status).toBe('optimal');
  });
});
