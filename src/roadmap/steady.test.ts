import { describe, expect, it } from 'vitest';
import type { LpModel, Var } from '../model/lp.js';
import { highsSolver } from '../solver/highsSolver.js';
import { solveModel } from '../solver/solveModel.js';
import { steadiest } from './steady.js';

const OPTIONS = { timeLimitSeconds: 30 };
const v = (id: string, cost: number): Var => ({
  role: 'aux',
  id,
  kind: 'continuous',
  cost,
  lower: 0,
  upper: 10,
  impliedUpper: 10,
});
const solve = (m: LpModel) => solveModel(m, highsSolver, OPTIONS);

describe('steadiest: the fewest moves among roadmaps of the same NPV', () => {
  // Cover 1 unit of work with a hire (a move) or an agent kept (no move) at the same cost, or
  // with a dearer third option: the tie is broken toward the agent kept, the dearer one stays out.
  const model: LpModel = {
    vars: [v('hire', 1), v('keep', 1), v('dear', 2)],
    rows: [
      {
        id: 'need',
        kind: 'demand',
        op: '>=',
        rhs: 1,
        source: [],
        terms: [
          { v: 0, coef: 1 },
          { v: 1, coef: 1 },
          { v: 2, coef: 1 },
        ],
      },
    ],
  };
  const first = {
    status: 'optimal',
    engine: 'test',
    objective: 1,
    x: [1, 0, 0],
    duals: [1],
    mipGap: undefined,
  } as const;

  it('moves the tie to the option without moves, at the same cost', async () => {
    const x = await steadiest(model, first, [0], solve);
    expect(x[0]).toBeCloseTo(0, 9);
    expect(x[1]).toBeCloseTo(1, 9);
    expect(x[2]).toBeCloseTo(0, 9);
  });

  it('never takes a dearer option to save moves', async () => {
    // Only the hire and the dear option: the hire is the unique optimum and stays.
    const x = await steadiest(model, { ...first, x: [1, 0, 0] }, [0, 1], solve);
    expect((x[0] ?? 0) + (x[1] ?? 0)).toBeCloseTo(1, 9);
    expect(x[2]).toBeCloseTo(0, 9);
  });

  it('keeps the first solution when there is nothing to break', async () => {
    expect(await steadiest(model, first, [], solve)).toBe(first.x);
    expect(await steadiest(model, { ...first, duals: undefined }, [0], solve)).toBe(first.x);
  });
});
