import { describe, expect, it } from 'vitest';
import type { LpModel, Row, Var } from '../model/lp.js';
import { glpkStop } from './glpkLog.js';
import { glpkSolver } from './glpkSolver.js';
import { highsSolver } from './highsSolver.js';

/** A covering knapsack: 60 binaries, 8 rows Σ a·x ≥ b, positive costs (a fixed pseudo-random draw). */
function knapsack(): LpModel {
  let seed = 1;
  const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const n = 60;
  const vars: Var[] = Array.from({ length: n }, (_, j) => ({
    role: 'aux',
    id: `x${j}`,
    cost: 10 + Math.floor(rnd() * 90),
    kind: 'binary',
    lower: 0,
    upper: 1,
    impliedUpper: 1,
  }));
  const rows: Row[] = Array.from({ length: 8 }, (_, i) => ({
    id: `r${i}`,
    kind: 'capacity',
    op: '>=',
    terms: vars.map((_, v) => ({ v, coef: 5 + Math.floor(rnd() * 50) })),
    rhs: 500 + 300 * rnd(),
    source: [],
  }));
  return { vars, rows };
}

describe('glpk.js stopped at the relative gap asked for', () => {
  it('is optimal within a stated gap that the true optimum confirms', async () => {
    const model = knapsack();
    const r = await glpkSolver.solve(model, { timeLimitSeconds: 60, mipGap: 0.02 });
    // The optimum by another engine, proven (gap 0).
    const exact = await highsSolver.solve(model, { timeLimitSeconds: 60, mipGap: 0 });
    if (r.status !== 'optimal' || exact.status !== 'optimal') throw new Error(`${r.status} / ${exact.status}`);
    expect(exact.mipGap ?? 0).toBeLessThanOrEqual(1e-9);
    // GLPK stopped before closing its tree: a gap above 0, within the 2% asked for.
    expect(r.mipGap).toBeGreaterThan(0);
    expect(r.mipGap).toBeLessThanOrEqual(0.02);
    // The stated gap is a true bound: the optimum is no further below the plan than it says.
    expect(r.objective).toBeGreaterThanOrEqual(exact.objective - 1e-9);
    expect((r.objective - exact.objective) / r.objective).toBeLessThanOrEqual((r.mipGap ?? 0) + 1e-9);
  });

  it('proves the optimum with gap 0 when asked to', async () => {
    const r = await glpkSolver.solve(knapsack(), { timeLimitSeconds: 60, mipGap: 0 });
    expect(r.status).toBe('optimal');
    if (r.status === 'optimal') expect(r.mipGap).toBe(0);
  });
});

describe('glpkStop reads GLPK messages', () => {
  const head = [
    'Integer optimization begins...',
    '+    58: mip =     not found yet >=              -inf        (1; 0)',
  ];
  it('the gap target: the last progress line bounds the incumbent', () => {
    const log = [
      ...head,
      '+    85: mip =   7.080000000e+02 >=   7.000000000e+02   1.1% (15; 1)',
      'RELATIVE MIP GAP TOLERANCE REACHED; SEARCH TERMINATED',
    ];
    const s = glpkStop(log, 708);
    expect(s.atGapTarget).toBe(true);
    expect(s.gap).toBeCloseTo(8 / 708, 12);
  });
  it('a time limit: not the gap target, gap still from the bound', () => {
    const log = [
      ...head,
      '+  9000: mip =   3.200000000e+02 >=   3.000000000e+02   6.2% (40; 7)',
      'TIME LIMIT EXCEEDED; SEARCH TERMINATED',
    ];
    expect(glpkStop(log, 320)).toEqual({ atGapTarget: false, gap: 20 / 320 });
  });
  it('no bound printed: the gap is unknown', () => {
    expect(glpkStop([...head, 'TIME LIMIT EXCEEDED; SEARCH TERMINATED'], 320).gap).toBeUndefined();
  });
});
