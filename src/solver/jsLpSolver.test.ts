import { describe, expect, it } from 'vitest';
import { rng } from '../../test/support/randomScenario.js';
import { solveReference, type RefLp } from '../../test/support/referenceSimplex.js';
import type { LpModel, Op, Row, Var } from '../model/lp.js';
import { certify } from '../plan/certify.js';
import { jsLpSolver } from './jsLpSolver.js';
import { solveModel } from './solveModel.js';

const OPTIONS = { timeLimitSeconds: 30 };
const auxVar = (j: number, cost: number, impliedUpper = Infinity): Var => ({
  role: 'aux',
  id: `x${j}`,
  cost,
  kind: 'continuous',
  lower: 0,
  upper: Infinity,
  impliedUpper,
});

/**
 * A random LP shaped like bestshore's: positive costs, covering (=, ≥) and packing (≤) rows with
 * non-negative coefficients, so it is bounded; rhs drawn so that some are infeasible.
 */
function randomLp(seed: number): { model: LpModel; dense: RefLp } {
  const r = rng(seed);
  const n = r.int(1, 12);
  const m = r.int(1, 10);
  const cost = Array.from({ length: n }, () => r.int(1, 60));
  const rows: Row[] = [];
  const denseRows: RefLp['rows'][number][] = [];
  for (let i = 0; i < m; i++) {
    const op = r.pick<Op>(['=', '>=', '<=', '<=']);
    const coefs = Array.from({ length: n }, () => (r.chance(0.5) ? r.int(1, 10) / (r.chance(0.5) ? 1 : 10) : 0));
    const rhs = r.int(0, 100) * 10;
    rows.push({
      id: `r${i}`,
      kind: 'capacity',
      op,
      rhs,
      terms: coefs.flatMap((coef, v) => (coef ? [{ v, coef }] : [])),
      source: [],
    });
    denseRows.push({ coefs, op, rhs });
  }
  // Each variable's upper bound implied by the = and ≤ rows (for the certificate); 10⁴ when none.
  const upper = cost.map((_, j) =>
    Math.min(
      1e4,
      ...denseRows.filter((d) => d.op !== '>=' && (d.coefs[j] ?? 0) > 0).map((d) => d.rhs / (d.coefs[j] ?? 1)),
    ),
  );
  return { model: { vars: cost.map((c, j) => auxVar(j, c, upper[j])), rows }, dense: { cost, rows: denseRows } };
}

describe('javascript-lp-solver adapter against the reference simplex', () => {
  it('agrees on status and optimum on random LPs, and its duals certify the optimum', async () => {
    const seen = { optimal: 0, infeasible: 0 };
    const failures: string[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const { model, dense } = randomLp(seed);
      const ref = solveReference(dense);
      const got = await solveModel(model, jsLpSolver, OPTIONS);
      if (ref.status === 'unbounded') throw new Error('the generator makes bounded LPs only');
      if (got.status !== ref.status) {
        failures.push(`seed ${seed}: ${got.status}, reference ${ref.status}`);
        continue;
      }
      if (got.status !== 'optimal' || ref.status !== 'optimal') {
        seen.infeasible++;
        continue;
      }
      seen.optimal++;
      if (Math.abs(got.objective - ref.objective) > 1e-6 * Math.max(1, ref.objective))
        failures.push(`seed ${seed}: ${got.objective}, reference ${ref.objective}`);
      const cert = certify(model, got.x, got.duals);
      if (cert.kind !== 'dual' || cert.gap > 1e-6) failures.push(`seed ${seed}: certificate ${JSON.stringify(cert)}`);
    }
    expect(failures).toEqual([]);
    expect(seen.optimal).toBeGreaterThan(50);
    expect(seen.infeasible).toBeGreaterThan(50);
  });

  it('answers a row with no variables that cannot hold without calling the engine', async () => {
    const model: LpModel = {
      vars: [auxVar(0, 1)],
      rows: [{ id: 'home', kind: 'min-home-share', op: '>=', rhs: 5, terms: [], source: [] }],
    };
    const never = { name: 'never', solve: () => Promise.reject(new Error('called')) };
    expect(await solveModel(model, never, OPTIONS)).toEqual({ status: 'infeasible' });
  });

  it('turns an engine exception into an error result', async () => {
    const model: LpModel = { vars: [auxVar(0, 1)], rows: [] };
    const broken = { name: 'broken', solve: () => Promise.reject(new Error('boom')) };
    expect(await solveModel(model, broken, OPTIONS)).toEqual({ status: 'error', message: 'broken failed: boom' });
  });
});

describe('javascript-lp-solver on a mixed-integer model stopped by its time limit', () => {
  /** A knapsack with weights close to values (hard for branch and bound): maximise Σ v·y, Σ w·y ≤ W. */
  function knapsack(items: number): LpModel {
    const r = rng(11);
    const w = Array.from({ length: items }, () => r.int(20, 120));
    const vars: Var[] = w.map((wi, j) => ({
      role: 'aux',
      id: `y${j}`,
      cost: -(wi + 10),
      kind: 'binary',
      lower: 0,
      upper: 1,
      impliedUpper: 1,
    }));
    const cap = Math.floor(w.reduce((t, x) => t + x, 0) / 2) + 0.5;
    return {
      vars,
      rows: [{ id: 'cap', kind: 'capacity', op: '<=', rhs: cap, terms: w.map((coef, v) => ({ v, coef })), source: [] }],
    };
  }

  it('claims neither a proven optimum nor infeasibility, and never returns a relaxation', async () => {
    for (const limit of [0.0005, 0.001, 0.002, 0.005]) {
      const model = knapsack(60);
      const stopped = await jsLpSolver.solve(model, { timeLimitSeconds: limit });
      expect(['feasible', 'error']).toContain(stopped.status);
      if (stopped.status === 'feasible') {
        expect(stopped.mipGap).toBeUndefined();
        expect(stopped.x.every((v) => Math.abs(v - Math.round(v)) <= 1e-6)).toBe(true);
      }
      if (stopped.status === 'error') expect(stopped.message).toMatch(/no whole-number plan within the time limit/);
    }
  });

  it('proves the optimum when the search ends within the limit', async () => {
    const small = await jsLpSolver.solve(knapsack(8), { timeLimitSeconds: 30 });
    expect(small).toMatchObject({ status: 'optimal', mipGap: 0 });
  });
});
