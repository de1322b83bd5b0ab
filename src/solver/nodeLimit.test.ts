import { describe, expect, it } from 'vitest';
import type { LpModel, Var } from '../model/lp.js';
import { highsSession } from './highsSession.js';
import { highsSolver } from './highsSolver.js';

/**
 * A market split instance (Cornuéjols and Dawande): n binaries whose weighted sums must hit
 * three targets, misses paid by slack. At 30, HiGHS needs thousands of nodes (3 s) to prove its
 * optimum (0); it finds a plan with slack at once (every binary 0 is one).
 */
function marketSplit(n = 30): LpModel {
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const weights = Array.from({ length: 3 }, () => Array.from({ length: n }, () => Math.floor(next() * 100)));
  const vars: Var[] = Array.from({ length: n }, (_, j) => ({
    role: 'aux',
    id: `x${j}`,
    cost: 0,
    kind: 'binary',
    lower: 0,
    upper: 1,
    impliedUpper: 1,
  }));
  const rows = weights.map((w, i) => {
    const slack = vars.length;
    for (const side of ['over', 'under'])
      vars.push({
        role: 'aux',
        id: `${side}${i}`,
        cost: 1,
        kind: 'continuous',
        lower: 0,
        upper: Infinity,
        impliedUpper: 1e4,
      });
    return {
      id: `split${i}`,
      kind: 'dual' as const,
      op: '=' as const,
      rhs: Math.floor(w.reduce((a, b) => a + b, 0) / 2),
      source: [],
      terms: [...w.map((coef, v) => ({ v, coef })), { v: slack, coef: -1 }, { v: slack + 1, coef: 1 }],
    };
  });
  return { vars, rows };
}

/** Small enough to prove in a fraction of a second, too large to prove at the root. */
const N_SESSION = 16;

describe('a node limit', () => {
  it('stops branch and bound with the best plan so far and its gap, the same every time', async () => {
    const model = marketSplit();
    const options = { timeLimitSeconds: 60, nodeLimit: 1 };
    const [a, b] = [await highsSolver.solve(model, options), await highsSolver.solve(model, options)];
    expect(a.status).toBe('feasible');
    if (a.status !== 'feasible' || b.status !== 'feasible') throw new Error('expected plans');
    // Not proven: the search stopped long before the optimum (0) was proven, or even found.
    expect(a.mipGap ?? 0).toBeGreaterThan(0);
    expect(a.objective).toBeGreaterThan(0);
    expect(b.x).toEqual(a.x);
    expect(b.objective).toBe(a.objective);
  });
});

describe('a node limit reached before any plan', () => {
  it('is an error that says which limit stopped the engine', async () => {
    // The same weights with no slack: a plan must hit the targets exactly, and none is found at the root.
    const exact = marketSplit();
    const model = {
      ...exact,
      vars: exact.vars.map((v) => (v.role === 'aux' && v.kind === 'continuous' ? { ...v, upper: 0 } : v)),
    };
    const r = await highsSolver.solve(model, { timeLimitSeconds: 60, nodeLimit: 1 });
    expect(r).toMatchObject({ status: 'error', stoppedBy: 'node limit' });
  });
});

describe('a node limit in a session', () => {
  it('holds for the solve that asks for it only, not for the next one of the same engine', async () => {
    const model = marketSplit(N_SESSION);
    const session = highsSession();
    try {
      const cut = await session.solve(model, { timeLimitSeconds: 60, nodeLimit: 1 });
      expect(cut.status).toBe('feasible');
      // The same model with another cost: solved in place, by the engine that was cut short.
      const next = { ...model, vars: model.vars.map((v, j) => (j === 0 ? { ...v, cost: 1e-3 } : v)) };
      const whole = await session.solve(next, { timeLimitSeconds: 60 });
      expect(whole.status).toBe('optimal');
    } finally {
      session.close();
    }
  });
});
