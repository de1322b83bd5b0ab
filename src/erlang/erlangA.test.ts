import { describe, expect, it } from 'vitest';
import { erlangA } from './erlangA.js';
import { erlangC } from './erlangC.js';
import { logGamma, digamma } from './special.js';
import { seriesSum } from './series.js';

/**
 * Reference values computed independently with mpmath (40 digits) from the closed forms
 * with the regularised incomplete gamma function γ(a, z) (see docs/erlang.md):
 * [A, AHT, patience, N, T] → [P(wait), P(abandon), SL(T)].
 */
const MPMATH: readonly (readonly [readonly number[], readonly number[]])[] = [
  [
    [10, 180, 300, 14, 20],
    [0.145260114296361, 0.0139837441224089, 0.916792091863547],
  ],
  [
    [48, 240, 120, 50, 15],
    [0.342308803422676, 0.0480217742329705, 0.814095529403481],
  ],
  [
    [48, 240, 120, 40, 15],
    [0.791751890090833, 0.182165693146212, 0.379530506125656],
  ],
  [
    [2000, 180, 300, 2050, 20],
    [0.146462915623469, 0.00112937112437409, 0.998870495569656],
  ],
  [
    [2000, 180, 300, 1900, 20],
    [0.998318172264553, 0.0500131521050527, 0.768667583258869],
  ],
  [
    [2000, 180, 30, 2000, 10],
    [0.294164290061127, 0.0126677970410254, 0.987332201090031],
  ],
];

describe('erlangA', () => {
  it('reference vector 6: case 1 with mean patience 5 min and 14 agents', () => {
    const m = erlangA(10, 14, 180, 300);
    expect(m.pWait).toBeCloseTo(0.14526, 5);
    expect(m.pAbandon).toBeCloseTo(0.013984, 6);
    expect(m.serviceLevel(20)).toBeCloseTo(0.916792, 6);
  });

  it('matches 40-digit references, including 2,000 Erlangs under- and overstaffed', () => {
    for (const [[a, aht, patience, n, t], [pWait, pAbandon, sl]] of MPMATH) {
      const m = erlangA(a!, n!, aht!, patience!);
      expect(m.pWait).toBeCloseTo(pWait!, 10);
      expect(m.pAbandon).toBeCloseTo(pAbandon!, 10);
      expect(m.serviceLevel(t!)).toBeCloseTo(sl!, 10);
    }
  });

  it('ASA of answered contacts: case 1 gives 3.878 s (a simulation of 600,000 calls gave 3.87 s)', () => {
    expect(erlangA(10, 14, 180, 300).asa).toBeCloseTo(3.87848, 4);
  });

  it('is consistent: SL(0) = P(no wait), SL(∞) = 1 − P(abandon), SL rises with T', () => {
    const m = erlangA(48, 50, 240, 120);
    expect(m.serviceLevel(0)).toBeCloseTo(1 - m.pWait, 12);
    expect(m.serviceLevel(Infinity)).toBeCloseTo(1 - m.pAbandon, 12);
    expect(m.serviceLevel(1e7)).toBeCloseTo(1 - m.pAbandon, 12);
    let prev = 0;
    for (const t of [0, 1, 10, 30, 120, 600]) {
      expect(m.serviceLevel(t)).toBeGreaterThan(prev);
      prev = m.serviceLevel(t);
    }
  });

  it('tends to Erlang C as patience grows (when N > A)', () => {
    const c = erlangC(10, 14, 180);
    const a = erlangA(10, 14, 180, 1e7);
    expect(a.pWait).toBeCloseTo(c.pWait, 4);
    expect(a.serviceLevel(20)).toBeCloseTo(c.serviceLevel(20), 4);
    expect(a.asa).toBeCloseTo(c.asa, 2);
  });

  it('stays stable and finite when overloaded, with patience long or short, at large A', () => {
    for (const [a, n, patience] of [
      [2000, 10, 300],
      [2000, 1500, 3600],
      [5000, 5100, 1],
      [20000, 20300, 600],
      [3, 1, 1e5],
    ] as const) {
      const m = erlangA(a, n, 180, patience);
      for (const v of [m.pWait, m.pAbandon, m.serviceLevel(20), m.occupancy]) {
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
      expect(m.serviceLevel(20)).toBeLessThanOrEqual(n / a + 1e-12); // answered ≤ capacity
      expect(Number.isFinite(m.asa)).toBe(true);
    }
  });

  it('no agents: everyone abandons; no traffic: nobody waits', () => {
    const none = erlangA(5, 0, 180, 60);
    expect(none.pWait).toBe(1);
    expect(none.pAbandon).toBeCloseTo(1, 12);
    expect(none.serviceLevel(20)).toBe(0);
    expect(erlangA(0, 3, 180, 60).serviceLevel(0)).toBe(1);
  });

  it('more agents: less waiting, fewer abandons, better service level and ASA', () => {
    for (const patience of [30, 300, 3000]) {
      let prev = erlangA(10, 1, 180, patience);
      for (let n = 2; n < 25; n++) {
        const m = erlangA(10, n, 180, patience);
        expect(m.pWait).toBeLessThanOrEqual(prev.pWait); // 1 to double precision when badly understaffed
        expect(m.pAbandon).toBeLessThan(prev.pAbandon);
        // Badly understaffed the service level is ~1e-15 and its last digits are rounding noise.
        expect(m.serviceLevel(20)).toBeGreaterThan(prev.serviceLevel(20) - 1e-13);
        expect(m.asa).toBeLessThan(prev.asa);
        prev = m;
      }
      expect(prev.pWait).toBeLessThan(erlangA(10, 1, 180, patience).pWait);
    }
  });
});

describe('special functions and the log-space series', () => {
  it('logGamma and digamma match known values', () => {
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 10); // ln 100!
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 13);
    expect(digamma(1001) - digamma(1)).toBeCloseTo(7.485470860550345, 12); // H₁₀₀₀
  });

  it('sums M(a, z) whose terms would overflow a double', () => {
    // M(0, z) = eᶻ: with z = 5000 the terms reach e⁵⁰⁰⁰ ≈ 10²¹⁷¹.
    const s = seriesSum(0, 5000);
    expect(s.log).toBeCloseTo(5000, 9);
    expect(s.meanIndex).toBeCloseTo(5000, 6); // Poisson(5000) mean
    // Far out (peak beyond 4,096 terms: log Γ path): M(0, 10⁶) = e^(10⁶).
    expect(seriesSum(0, 1e6).log / 1e6).toBeCloseTo(1, 12);
  });
});
