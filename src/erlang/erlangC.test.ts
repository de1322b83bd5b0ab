import { describe, expect, it } from 'vitest';
import { erlangC } from './erlangC.js';
import { offeredTraffic, scheduledStaff } from './traffic.js';

describe('erlangC', () => {
  const a1 = offeredTraffic(100, 30 * 60, 180); // reference case 1: 10 Erlangs

  it('reference vector 1: 14 agents → SL 0.888, P(wait) 0.174, occupancy 0.714, 20 scheduled; 13 → SL 0.796', () => {
    expect(a1).toBe(10);
    const m = erlangC(a1, 14, 180);
    expect(m.serviceLevel(20)).toBeCloseTo(0.888, 3);
    expect(m.pWait).toBeCloseTo(0.174, 3);
    expect(m.occupancy).toBeCloseTo(0.714, 3);
    expect(scheduledStaff(14, 0.3)).toBe(20);
    expect(erlangC(a1, 13, 180).serviceLevel(20)).toBeCloseTo(0.796, 3);
  });

  it('reference vector 2: 15 agents → SL 0.941, 22 scheduled', () => {
    expect(erlangC(a1, 15, 180).serviceLevel(20)).toBeCloseTo(0.941, 3);
    expect(scheduledStaff(15, 0.3)).toBe(22);
  });

  it('reference vector 3: 360 contacts / 30 min, AHT 240 s, 55 agents, T = 15 s', () => {
    const a = offeredTraffic(360, 1800, 240);
    expect(a).toBe(48);
    const m = erlangC(a, 55, 240);
    expect(m.pWait).toBeCloseTo(0.2387, 4);
    expect(m.serviceLevel(15)).toBeCloseTo(0.846, 3);
    expect(m.asa).toBeCloseTo(8.2, 1);
  });

  it('reference vector 4: 30 contacts/h, AHT 5 min → P(wait) 0.0474 with 6 agents, 0.1304 with 5', () => {
    const a = offeredTraffic(30, 3600, 300);
    expect(erlangC(a, 6, 300).pWait).toBeCloseTo(0.0474, 4);
    expect(erlangC(a, 5, 300).pWait).toBeCloseTo(0.1304, 4);
  });

  it('reference vector 5: N = 10, A = 5 → C = 0.03611', () => {
    expect(erlangC(5, 10, 180).pWait).toBeCloseTo(0.03611, 5);
  });

  it('SL(0) = 1 − P(wait); SL rises with the threshold and with agents', () => {
    const m = erlangC(48, 55, 240);
    expect(m.serviceLevel(0)).toBeCloseTo(1 - m.pWait, 14);
    let prev = 0;
    for (const t of [0, 5, 10, 20, 60, 300]) {
      expect(m.serviceLevel(t)).toBeGreaterThan(prev);
      prev = m.serviceLevel(t);
    }
    for (let n = 49; n < 80; n++) {
      expect(erlangC(48, n + 1, 240).serviceLevel(15)).toBeGreaterThan(erlangC(48, n, 240).serviceLevel(15));
      expect(erlangC(48, n + 1, 240).asa).toBeLessThan(erlangC(48, n, 240).asa);
    }
  });

  it('N ≤ A is unstable: everyone waits, ASA infinite, service level 0', () => {
    const m = erlangC(10, 10, 180);
    expect(m.stable).toBe(false);
    expect(m.pWait).toBe(1);
    expect(m.asa).toBe(Infinity);
    expect(m.serviceLevel(20)).toBe(0);
  });

  it('no traffic: nobody waits', () => {
    const m = erlangC(0, 0, 180);
    expect(m).toMatchObject({ stable: true, pWait: 0, asa: 0, occupancy: 0 });
    expect(m.serviceLevel(0)).toBe(1);
  });

  it('scheduled staff: shrinkage rounds up without floating-point surprises', () => {
    expect(scheduledStaff(14, 0.3)).toBe(20); // 14 / 0.7 = 20.000000000000004 in binary
    expect(scheduledStaff(7, 0.3)).toBe(10);
    expect(scheduledStaff(10, 0)).toBe(10);
    expect(() => scheduledStaff(10, 1)).toThrow(RangeError);
  });
});
