import { describe, expect, it } from 'vitest';
import { queueMetrics } from './metrics.js';
import { agentsNeeded } from './staffing.js';
import { missedTargets, parseServiceLevel } from './targets.js';
import { offeredTraffic, scheduledStaff } from './traffic.js';
import type { Queue, StaffingResult, StaffingTargets } from './types.js';

const SL_80_20 = { share: 0.8, withinSeconds: 20 } as const;
const case1: Queue = { traffic: offeredTraffic(100, 1800, 180), ahtSeconds: 180 };

function staffed(r: StaffingResult): Extract<StaffingResult, { status: 'staffed' }> {
  if (r.status !== 'staffed') throw new Error(`expected a staffing, got: ${r.reason}`);
  return r;
}
const agents = (q: Queue, t: StaffingTargets): number => staffed(agentsNeeded(q, t)).agents;

/** The obvious search: try 0, 1, 2, … (slow, but obviously right). */
function linearScan(q: Queue, t: StaffingTargets): number {
  for (let n = 0; ; n++) {
    const m = queueMetrics(q, n);
    if (m.stable && (n > 0 || q.traffic === 0) && missedTargets(m, t).length === 0) return n;
  }
}

describe('agentsNeeded: reference vectors', () => {
  it('1: 100 contacts / 30 min, AHT 180 s, 80/20, cap 0.85 → 14 agents (13 reach 79.6%), 20 scheduled', () => {
    const r = staffed(agentsNeeded(case1, { serviceLevel: SL_80_20, maxOccupancy: 0.85 }));
    expect(r.agents).toBe(14);
    expect(r.metrics.serviceLevel(20)).toBeCloseTo(0.888, 3);
    expect(r.metrics.pWait).toBeCloseTo(0.174, 3);
    expect(r.metrics.occupancy).toBeCloseTo(0.714, 3);
    expect(r.binding).toEqual(['service_level']);
    expect(r.below?.serviceLevel(20)).toBeCloseTo(0.796, 3);
    expect(scheduledStaff(r.agents, 0.3)).toBe(20);
  });

  it('2: the same with an occupancy cap of 0.70 → 15 agents, SL 0.941, 22 scheduled', () => {
    const r = staffed(agentsNeeded(case1, { serviceLevel: SL_80_20, maxOccupancy: 0.7 }));
    expect(r.agents).toBe(15);
    expect(r.binding).toEqual(['occupancy']);
    expect(r.metrics.serviceLevel(20)).toBeCloseTo(0.941, 3);
    expect(scheduledStaff(r.agents, 0.3)).toBe(22);
  });

  it('4: 30 contacts/h, AHT 5 min, P(wait) ≤ 10% → 6 agents', () => {
    const r = staffed(agentsNeeded({ traffic: offeredTraffic(30, 3600, 300), ahtSeconds: 300 }, { maxPWait: 0.1 }));
    expect(r.agents).toBe(6);
    expect(r.metrics.pWait).toBeCloseTo(0.0474, 4);
    expect(r.below?.pWait).toBeCloseTo(0.1304, 4);
  });

  it('6: with abandonment (patience 300 s) 80/20 needs 13 agents; 14 give the reference values', () => {
    const q: Queue = { ...case1, patienceSeconds: 300 };
    const r = staffed(agentsNeeded(q, { serviceLevel: SL_80_20 }));
    expect(r.agents).toBe(13); // abandonment shortens the queue: one agent fewer than Erlang C
    expect(r.agents).toBe(linearScan(q, { serviceLevel: SL_80_20 }));
    const m = queueMetrics(q, 14);
    expect(m.serviceLevel(20)).toBeCloseTo(0.916792, 6);
  });

  it('ASA target: 3 (A = 48) needs the first N with ASA ≤ 8.2 s', () => {
    const q: Queue = { traffic: 48, ahtSeconds: 240 };
    const r = staffed(agentsNeeded(q, { maxAsaSeconds: 8.2 }));
    expect(r.agents).toBe(55);
    expect(r.below?.asa).toBeGreaterThan(8.2);
  });
});

describe('agentsNeeded: unreachable targets are typed results, not endless loops', () => {
  it('100% within 0 s (Erlang C and Erlang A)', () => {
    for (const q of [case1, { ...case1, patienceSeconds: 120 }]) {
      const r = agentsNeeded(q, { serviceLevel: { share: 1, withinSeconds: 0 } });
      expect(r.status).toBe('unreachable');
      if (r.status === 'unreachable') {
        expect(r.target).toBe('service_level');
        expect(r.reason).toMatch(/some contacts always wait/);
      }
    }
  });

  it('P(wait) = 0 and ASA = 0', () => {
    expect(agentsNeeded(case1, { maxPWait: 0 })).toMatchObject({ status: 'unreachable', target: 'p_wait' });
    expect(agentsNeeded(case1, { maxAsaSeconds: 0 })).toMatchObject({ status: 'unreachable', target: 'asa' });
  });

  it('demanding but reachable targets still answer', () => {
    expect(agents(case1, { serviceLevel: { share: 0.999999, withinSeconds: 0 } })).toBe(
      linearScan(case1, { serviceLevel: { share: 0.999999, withinSeconds: 0 } }),
    );
    expect(agents(case1, { maxPWait: 1e-12 })).toBeGreaterThan(20);
  });
});

describe('agentsNeeded: exact and fast', () => {
  it('equals a linear scan over many queues and targets, Erlang C and A', () => {
    const targets: StaffingTargets[] = [
      { serviceLevel: SL_80_20 },
      { serviceLevel: { share: 0.9, withinSeconds: 10 }, maxOccupancy: 0.85 },
      { maxAsaSeconds: 15 },
      { maxPWait: 0.2 },
      { serviceLevel: { share: 0.5, withinSeconds: 0 }, maxAsaSeconds: 60 },
      {},
    ];
    for (const traffic of [0, 0.3, 1, 2.5, 7.7, 10, 48, 150]) {
      for (const patienceSeconds of [undefined, 20, 300]) {
        const q: Queue =
          patienceSeconds === undefined ? { traffic, ahtSeconds: 240 } : { traffic, ahtSeconds: 240, patienceSeconds };
        for (const t of targets) expect(agents(q, t), JSON.stringify({ q, t })).toBe(linearScan(q, t));
      }
    }
  });

  it('A = 2,000 Erlangs (20,000 contacts / 30 min, AHT 180 s): finite N, SL in [0, 1], milliseconds', () => {
    const traffic = offeredTraffic(20000, 1800, 180);
    expect(traffic).toBe(2000);
    const lines: string[] = [];
    for (const patienceSeconds of [undefined, 300]) {
      const q: Queue =
        patienceSeconds === undefined ? { traffic, ahtSeconds: 180 } : { traffic, ahtSeconds: 180, patienceSeconds };
      const timings: number[] = [];
      let r = staffed(agentsNeeded(q, { serviceLevel: SL_80_20 }));
      for (let run = 0; run < 7; run++) {
        const started = performance.now();
        r = staffed(agentsNeeded(q, { serviceLevel: SL_80_20 }));
        timings.push(performance.now() - started);
      }
      const ms = timings.sort((x, y) => x - y)[3] ?? NaN; // median of 7 warm runs
      const sl = r.metrics.serviceLevel(20);
      expect(Number.isFinite(r.agents)).toBe(true);
      expect(r.agents).toBeGreaterThan(patienceSeconds === undefined ? 2000 : 1600);
      expect(sl).toBeGreaterThanOrEqual(0.8);
      expect(sl).toBeLessThanOrEqual(1);
      expect(r.below?.serviceLevel(20)).toBeLessThan(0.8); // exactly the smallest
      lines.push(
        `${r.metrics.model}: ${r.agents} agents, SL ${(sl * 100).toFixed(2)}%, P(wait) ${r.metrics.pWait.toFixed(4)}, ASA ${r.metrics.asa.toFixed(2)} s — median ${ms.toFixed(2)} ms`,
      );
    }
    console.log(`benchmark A = 2000 Erlangs, 80/20:\n  ${lines.join('\n  ')}`);
  });
});

describe('staffing properties', () => {
  it('the service level rises with every agent added', () => {
    for (const q of [case1, { traffic: 2000, ahtSeconds: 180 }, { ...case1, patienceSeconds: 60 }]) {
      const start = Math.floor(q.traffic) + 1;
      let prev = queueMetrics(q, start).serviceLevel(20);
      for (let n = start + 1; n < start + 3 * Math.sqrt(q.traffic) + 5; n++) {
        const sl = queueMetrics(q, n).serviceLevel(20);
        expect(sl).toBeGreaterThan(prev);
        prev = sl;
      }
    }
  });

  it('more volume never needs fewer agents', () => {
    let prev = 0;
    for (let volume = 0; volume <= 2000; volume += 25) {
      const n = agents({ traffic: offeredTraffic(volume, 1800, 180), ahtSeconds: 180 }, { serviceLevel: SL_80_20 });
      expect(n).toBeGreaterThanOrEqual(prev);
      prev = n;
    }
  });

  it('pooling: one queue with twice the volume needs fewer agents than two queues (square-root staffing)', () => {
    for (const volume of [20, 100, 500, 2000, 10000]) {
      const single = { traffic: offeredTraffic(volume, 1800, 180), ahtSeconds: 180 };
      const double = { traffic: offeredTraffic(2 * volume, 1800, 180), ahtSeconds: 180 };
      const one = agents(single, { serviceLevel: SL_80_20 });
      const two = agents(double, { serviceLevel: SL_80_20 });
      expect(two).toBeLessThan(2 * one);
      // N ≈ A + β√A with β of order 1: the safety margin grows like √A, not like A.
      const beta = (one - single.traffic) / Math.sqrt(single.traffic);
      expect(beta).toBeGreaterThan(0);
      expect(beta).toBeLessThan(3);
    }
  });
});

describe('parseServiceLevel', () => {
  it('reads PERCENT/SECONDS', () => {
    expect(parseServiceLevel('80/20')).toEqual({ ok: true, value: { share: 0.8, withinSeconds: 20 } });
    expect(parseServiceLevel('90%/15s')).toEqual({ ok: true, value: { share: 0.9, withinSeconds: 15 } });
    expect(parseServiceLevel('100/0')).toEqual({ ok: true, value: { share: 1, withinSeconds: 0 } });
  });

  it('refuses anything else, saying what it expected', () => {
    for (const bad of ['80', 'eighty/20', '80/-5', '80/20/5', '']) expect(parseServiceLevel(bad).ok, bad).toBe(false);
    expect(parseServiceLevel('0.8/20')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('as a percentage'),
    });
    expect(parseServiceLevel('120/20')).toMatchObject({ ok: false, reason: expect.stringContaining('at most 100') });
    expect(parseServiceLevel('0/20')).toMatchObject({ ok: false });
  });
});
