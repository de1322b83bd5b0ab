import { describe, expect, it } from 'vitest';
import { erlangB } from './erlangB.js';

/** The textbook formula (Aᴺ/N!) / Σₖ Aᵏ/k!, fine for small N: an independent check of the recursion. */
function erlangBByFactorials(a: number, n: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= n; k++) {
    term *= a / k;
    sum += term;
  }
  return term / sum;
}

describe('erlangB', () => {
  it('reference vector 5: N = 10, A = 5 → B = 0.01838', () => {
    expect(erlangB(5, 10)).toBeCloseTo(0.01838, 5);
  });

  it('agrees with the factorial formula for small queues', () => {
    for (const a of [0.5, 2, 7.3, 12]) {
      for (const n of [1, 3, 8, 15, 25]) expect(erlangB(a, n)).toBeCloseTo(erlangBByFactorials(a, n), 12);
    }
  });

  it('edges: no agents lose everything, no traffic loses nothing', () => {
    expect(erlangB(3, 0)).toBe(1);
    expect(erlangB(0, 4)).toBe(0);
  });

  it('stays finite and in [0, 1] for thousands of agents (no factorials)', () => {
    const b = erlangB(2000, 2050);
    expect(Number.isFinite(b)).toBe(true);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(1);
    expect(erlangB(2000, 1000)).toBeCloseTo(0.5, 2); // overloaded: about 1 − N/A lost
  });

  it('rejects fractional or negative agents', () => {
    expect(() => erlangB(5, 2.5)).toThrow(RangeError);
    expect(() => erlangB(-1, 2)).toThrow(RangeError);
  });
});
