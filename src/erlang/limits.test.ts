import { describe, expect, it } from 'vitest';
import { MAX_AGENTS, MAX_TRAFFIC_ERLANGS } from './limits.js';
import { queueMetrics } from './metrics.js';
import { agentsNeeded } from './staffing.js';

const targets = { serviceLevel: { share: 0.8, withinSeconds: 20 }, maxOccupancy: 0.85 };

describe('the Erlang search is bounded', () => {
  it('traffic above the limit is refused at once (it used to run for an hour at 10¹¹ Erlangs)', () => {
    expect(() => agentsNeeded({ traffic: MAX_TRAFFIC_ERLANGS * 1.01, ahtSeconds: 180 }, targets)).toThrow(RangeError);
    expect(() => agentsNeeded({ traffic: 1e11, ahtSeconds: 180 }, targets)).toThrow(
      /traffic must be from 0 to 100000 Erlangs/,
    );
    expect(() => queueMetrics({ traffic: 10, ahtSeconds: 180 }, MAX_AGENTS + 1)).toThrow(RangeError);
  });

  it('an occupancy cap near 0 is unreachable, not a search past the agents limit', () => {
    const r = agentsNeeded({ traffic: 25, ahtSeconds: 180 }, { maxOccupancy: 1e-9 });
    expect(r).toMatchObject({ status: 'unreachable', target: 'occupancy' });
  });

  it('at the limit, Erlang C and A answer in well under a second', () => {
    const started = performance.now();
    const c = agentsNeeded({ traffic: MAX_TRAFFIC_ERLANGS, ahtSeconds: 180 }, targets);
    const a = agentsNeeded({ traffic: MAX_TRAFFIC_ERLANGS, ahtSeconds: 180, patienceSeconds: 60 }, targets);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(c).toMatchObject({ status: 'staffed', agents: 117_648 });
    expect(a.status).toBe('staffed');
  });

  it('Erlang A with an occupancy cap beyond ~25,000 Erlangs is staffed, not "unreachable" (the search stopped short)', () => {
    const r = agentsNeeded({ traffic: 30_000, ahtSeconds: 180, patienceSeconds: 60 }, targets);
    expect(r.status).toBe('staffed');
    if (r.status !== 'staffed') return;
    expect(r.metrics.occupancy).toBeLessThanOrEqual(0.85);
    expect(r.binding).toContain('occupancy');
  });
});
