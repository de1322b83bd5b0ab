import { describe, expect, it } from 'vitest';
import { ExitError, UsageError } from '../errors.js';
import type { LpModel } from '../model/lp.js';
import { highsAbortMessage } from './highsFailure.js';
import { JS_LP_MAX_CELLS, tableauCells } from './modelSize.js';
import { forJsLp } from './engines.js';
import { jsLpSolver } from './jsLpSolver.js';
import { solveModel } from './solveModel.js';
import type { Solver } from './solver.js';

/** A model of `vars` continuous variables and `rows` rows of one term each. */
function model(vars: number, rows: number): LpModel {
  return {
    vars: Array.from({ length: vars }, (_, j) => ({
      id: `x${j}`,
      role: 'aux',
      cost: 1,
      kind: 'continuous',
      lower: 0,
      upper: Infinity,
      impliedUpper: Infinity,
    })),
    rows: Array.from({ length: rows }, (_, i) => ({
      id: `r${i}`,
      kind: 'dual',
      op: '>=',
      rhs: 1,
      terms: [{ v: i % vars, coef: 1 }],
      source: [],
    })),
  };
}

describe('HiGHS running out of memory', () => {
  it('"Aborted()" becomes a message saying the model is too large and what to reduce', () => {
    const m = highsAbortMessage(new Error('Aborted(). Build with -sASSERTIONS for more info.'), model(3, 2));
    expect(m).toBe(
      'HiGHS ran out of memory on a model of 3 variables, 2 rows and 2 nonzeros: make the scenario smaller — ' +
        'fewer activities with coverage or contact queues (each has a variable per country and hour class), fewer countries, coarser opening hours — or split it into several scenarios',
    );
    expect(highsAbortMessage(new RangeError('memory access out of bounds'), model(1, 1))).toMatch(
      /^HiGHS ran out of memory/,
    );
    expect(highsAbortMessage(new Error('numeric option values must be finite'), model(1, 1))).toBeUndefined();
  });
});

describe('javascript-lp-solver is never given a model above its size limit', () => {
  const large = model(5_000, 5_000);

  it('auto sends it to HiGHS; a small LP stays with javascript-lp-solver', () => {
    expect(tableauCells(large)).toBeGreaterThan(JS_LP_MAX_CELLS);
    expect(forJsLp(large)).toBe(false);
    expect(forJsLp(model(150, 400))).toBe(true);
    // Few variables but rows enough to pass the limit.
    expect(forJsLp(model(150, 200_000))).toBe(false);
  });

  it('named on the command line, it refuses with a usage error (exit 2) that solveModel lets through', async () => {
    const refused = solveModel(large, jsLpSolver, { timeLimitSeconds: 1 });
    await expect(refused).rejects.toBeInstanceOf(UsageError);
    await expect(refused).rejects.toThrow(/use --solver highs/);
  });

  it('solveModel still turns an engine crash into an error result', async () => {
    const crashing: Solver = { name: 'crash', solve: () => Promise.reject(new Error('boom')) };
    await expect(solveModel(model(1, 1), crashing, { timeLimitSeconds: 1 })).resolves.toEqual({
      status: 'error',
      message: 'crash failed: boom',
    });
    const refusing: Solver = { name: 'refuse', solve: () => Promise.reject(new ExitError(2, 'no')) };
    await expect(solveModel(model(1, 1), refusing, { timeLimitSeconds: 1 })).rejects.toBeInstanceOf(ExitError);
  });
});
