import { describe, expect, it } from 'vitest';
import type { LpModel, Row } from '../model/lp.js';
import { emptyRowConflict } from './solveModel.js';

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
