import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import { TIES } from '../../test/support/tiedRota.js';
import { buildModel } from '../model/buildModel.js';
import type { LpModel, Row } from '../model/lp.js';
import { highsSolver } from './highsSolver.js';
import { emptyRowConflict, solveModel } from './solveModel.js';
import type { SolveOptions, Solver } from './solver.js';

const model = (row: Omit<Row, 'id' | 'kind' | 'source' | 'terms'>): LpModel => ({
  vars: [],
  rows: [{ id: 'r', kind: 'capacity', source: [], terms: [], ...row }],
});

/**
 * A row whose variables were all fixed (fixIntegers.ts) keeps what is left of its right-hand
 * side: an engine's values a hair off whole numbers leave 3.6e-15 where 0 is meant. glpk.js's
 * rota of test/rotaEngines.test.ts left exactly that in a part-time share row, and the plan's
 * hours were then called infeasible.
 */
describe('emptyRowConflict', () => {
  it('lets floating-point noise through and catches a real shortfall', () => {
    expect(emptyRowConflict(model({ op: '<=', rhs: -3.552713678800501e-15 }))).toBeUndefined();
    expect(emptyRowConflict(model({ op: '>=', rhs: 3.6e-15 }))).toBeUndefined();
    expect(emptyRowConflict(model({ op: '=', rhs: -2e-14 }))).toBeUndefined();
    expect(emptyRowConflict(model({ op: '<=', rhs: -1e-6 }))).toBe('r');
    expect(emptyRowConflict(model({ op: '>=', rhs: 0.5 }))).toBe('r');
    expect(emptyRowConflict(model({ op: '=', rhs: 1e-6 }))).toBe('r');
  });
});

describe('the preferred rota among those of equal cost', () => {
  it('is searched within a node limit as well as a time limit, so that where it stops does not depend on the machine', async () => {
    const asked: SolveOptions[] = [];
    const recording: Solver = {
      name: highsSolver.name,
      solve: (m, o) => {
        asked.push(o);
        return highsSolver.solve(m, o);
      },
    };
    // A rota asked for gap 0 with many of equal cost: step 3 searches the preferred one.
    const r = await solveModel(buildModel(scenarioOf(TIES(0))), recording, { timeLimitSeconds: 60 });
    expect(r.status).toBe('optimal');
    const tieBreaks = asked.filter((o) => o.timeLimitSeconds < 60);
    expect(tieBreaks.length).toBeGreaterThan(0);
    for (const o of tieBreaks) {
      expect(o.nodeLimit).toBe(200);
      expect(o.mipGap).toBe(0);
    }
    // Every other search runs to its time limit or its gap, without a node limit.
    expect(asked.filter((o) => o.timeLimitSeconds === 60).every((o) => o.nodeLimit === undefined)).toBe(true);
  });
});
