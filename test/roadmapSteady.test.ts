import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from '../src/roadmap/buildRoadmap.js';
import { roadmapScenario } from '../src/roadmap/roadmapScenario.js';
import { readScenarioText } from '../src/scenario/readScenario.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { solveModel } from '../src/solver/solveModel.js';

const OPTIONS = { timeLimitSeconds: 120 };
const FILE = 'scenarios/roadmap/telecom-66.yaml';

function load() {
  const r = readScenarioText(FILE, readFileSync(FILE, 'utf8'));
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return r.scenario;
}

describe('the roadmap among those of the same NPV: the steadiest (telecom-66)', async () => {
  const s = load();
  const rm = buildRoadmap(s);
  const raw = await solveModel(rm.model, highsSolver, OPTIONS);
  if (raw.status !== 'optimal') throw new Error(raw.status);
  const road = await roadmapScenario(s, highsSolver, OPTIONS);
  if (road.status === 'infeasible') throw new Error(road.findings.join('; '));
  const moves = (pick: (r: { hires: number; released: number }) => number) =>
    road.path.months.reduce((t, m) => t + m.staff.reduce((u, r) => u + pick(r), 0), 0);

  it("costs the engine's first optimum: the tie-break never changes the NPV", () => {
    expect(Math.abs(road.path.npv - raw.objective)).toBeLessThanOrEqual(1e-9 * raw.objective + 0.01);
  });

  it('hires and releases no more agents than the first optimum', () => {
    const first = rm.pairs.reduce(
      (t, p) =>
        t + [...p.arrivals, ...p.releases].reduce<number>((u, j) => u + (j === undefined ? 0 : (raw.x[j] ?? 0)), 0),
      0,
    );
    expect(moves((r) => r.hires + r.released)).toBeLessThanOrEqual(first + 1e-6);
  });

  it('leaves a pool and comes back only where staying would cost more NPV (no leave-and-return at equal NPV)', async () => {
    const returns = road.transfers.flatMap((end) =>
      end.kind !== 'ends'
        ? []
        : road.transfers
            .filter((b) => b.kind === 'starts' && b.activity === end.activity && b.pool === end.pool && b.t > end.t)
            .slice(0, 1)
            .map((back) => ({ end, back })),
    );
    // The sample has such returns (acquisition in MA and RO, seasonal dips): each is checked.
    expect(returns.length).toBeGreaterThan(0);
    for (const { end, back } of returns) {
      // Keep half an FTE (the transfers' threshold) in the pool over the gap: the pool stays.
      const gap = new Set(
        Array.from({ length: back.t - end.t }, (_, k) => `fte[${end.activity},${end.pool},${end.t + k}]`),
      );
      const stay = await solveModel(
        { ...rm.model, vars: rm.model.vars.map((v) => (gap.has(v.id) ? { ...v, lower: 0.5 } : v)) },
        highsSolver,
        OPTIONS,
      );
      expect(stay.status).toBe('optimal');
      if (stay.status === 'optimal') expect(stay.objective - road.path.npv).toBeGreaterThan(1);
    }
  });
});
