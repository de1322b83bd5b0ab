import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/buildModel.js';
import { hasIntegers, isShift, objectiveAt, relaxed, type LpModel } from '../src/model/lp.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { solvePricedOut } from '../src/solver/pricedOut.js';
import { rotaStart } from '../src/solver/rotaStart.js';
import type { SolveResult } from '../src/solver/solver.js';
import { violations } from './support/rowCheck.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * A rota's dived start well above the relaxation's bound (solver/pricedOut.ts `START_STANDS`):
 * between 2 and 10 times the gap asked for, the start stands with the gap the bound proves and
 * the engine is told to stop at that gap; nearer the bound, or farther, the engine searches at
 * the gap asked for. The first step of a small queue rota (shifts relaxed), started from the dive
 * of solver/rotaStart.ts; its bound and optimum computed here with the engine on the whole model.
 */
const OPTIONS = { timeLimitSeconds: 30 };
const TOL = 1e-6;

const YAML = [
  'name: queue rota',
  'period: week',
  'timezone: Europe/Paris',
  'week: 2027-01-11',
  'shifts: { full_time: [4], part_time: [2], max_part_time_share: 0.5 }',
  'countries:',
  '  FR: { cost_per_hour: 32, languages: { fr: 0.95 }, working_hours: "Mon-Sun 07:00-15:00" }',
  '  RO: { cost_per_hour: 17, languages: { fr: 0.9 }, scc: true, working_hours: "Mon-Sun 07:00-15:00", seats: 4 }',
  '  MA: { cost_per_hour: 14, languages: { fr: 0.88 }, scc: true, working_hours: "Mon-Sun 07:00-15:00", seats: 3 }',
  'activities:',
  '  q0:',
  '    language: fr',
  '    contacts: { volume: 90, aht: 300, service_level: "80/20" }',
  '    coverage: "Tue 08:00-11:00"',
  '  q1:',
  '    language: fr',
  '    contacts: { volume: 55, aht: 240, service_level: "80/20" }',
  '    coverage: "Tue 09:00-12:00"',
  '',
].join('\n');

const solve = (m: LpModel, start?: readonly number[], gap?: number): Promise<SolveResult> =>
  highsSolver.solve(m, { ...OPTIONS, ...(start ? { start } : {}), ...(gap === undefined ? {} : { mipGap: gap }) });

type Call = { readonly integers: boolean; readonly started: boolean; readonly gap: number | undefined };

/** The first step's model (shifts relaxed), its relaxation's cost and its optimum, by the engine on the whole model. */
async function setting() {
  const step1 = relaxed(buildModel(scenarioOf(YAML)), isShift);
  const lp = await highsSolver.solve(relaxed(step1), OPTIONS);
  const whole = await highsSolver.solve(step1, OPTIONS);
  if (lp.status !== 'optimal' || whole.status !== 'optimal') throw new Error('engine failed');
  return { step1, bound: lp.objective, optimum: whole.objective };
}

/** solvePricedOut from the dive at `mipGap`, with every engine call of the search recorded. */
async function fromDive(step1: LpModel, mipGap: number) {
  let start: number | undefined;
  const findStart = async (sub: LpModel): Promise<readonly number[] | undefined> => {
    const x = await rotaStart(sub, solve, solve);
    if (x) {
      expect(violations(sub, x)).toEqual([]);
      start = objectiveAt(sub, x);
    }
    return x;
  };
  const calls: Call[] = [];
  const spy = (m: LpModel, x?: readonly number[], gap?: number): Promise<SolveResult> => {
    calls.push({ integers: hasIntegers(m), started: x !== undefined, gap });
    return solve(m, x, gap);
  };
  const r = await solvePricedOut(step1, spy, mipGap, solve, undefined, findStart);
  if (r.status !== 'optimal' && r.status !== 'feasible') throw new Error(`no plan: ${r.status}`);
  if (start === undefined) throw new Error('no dived start');
  return { r, start, searches: calls.filter((c) => c.integers) };
}

describe('a dived start far above the bound (solver/pricedOut.ts)', () => {
  const known = setting();

  it('stands between 2 and 10 times the gap asked for: the engine told to stop at its gap', async () => {
    const { step1, bound, optimum } = await known;
    // The start's cost: the same dive, with a gap so wide that its search stops at its root.
    const probe = await fromDive(step1, 0.99);
    const startGap = (probe.start - bound) / probe.start;
    // The dive is far from the bound on this model, and not optimal: else nothing to test.
    expect(startGap).toBeGreaterThan(0.05);
    expect(probe.start).toBeGreaterThan(optimum + 1);

    const { r, start, searches } = await fromDive(step1, startGap / 5);
    expect(start).toBeCloseTo(probe.start, 6);
    expect(searches).toHaveLength(1);
    expect(searches[0]?.started).toBe(true);
    expect(searches[0]?.gap).toBeGreaterThanOrEqual(startGap - TOL);
    expect(searches[0]?.gap).toBeLessThanOrEqual(startGap + 1e-5);
    // The start's cost, with the gap the relaxation's bound proves (no hour's bound raises it here).
    expect(r.objective).toBeCloseTo(start, 6);
    expect(r.pricedOut?.lowerBound).toBeCloseTo(bound, 6);
    expect(r.mipGap).toBeCloseTo((r.objective - bound) / r.objective, 6);
    // A true gap: no plan costs less than the plan × (1 − gap), the cheaper optimum included.
    expect(r.objective * (1 - (r.mipGap ?? 0))).toBeLessThanOrEqual(optimum + TOL);
  }, 60_000);

  it('is searched at the gap asked for past ten times that gap, and nearer than twice', async () => {
    const { step1, bound, optimum } = await known;
    // The start's cost: the same dive, with a gap so wide that its search stops at its root.
    const probe = await fromDive(step1, 0.99);
    const startGap = (probe.start - bound) / probe.start;
    expect(probe.start).toBeGreaterThan(optimum + 1);
    for (const times of [20, 1.5]) {
      const mipGap = startGap / times;
      const { r, searches } = await fromDive(step1, mipGap);
      expect(searches.length, `×${times}`).toBeGreaterThan(0);
      expect(searches[0]?.started, `×${times}`).toBe(true);
      expect(
        searches.map((c) => c.gap),
        `×${times}`,
      ).toEqual(searches.map(() => undefined));
      expect(r.objective).toBeLessThanOrEqual(probe.start + TOL);
      expect(r.objective * (1 - (r.mipGap ?? 0))).toBeLessThanOrEqual(optimum + TOL);
      // The search reaches the gap asked for against the optimum, which is cheaper than the start.
      if (times === 20) expect(r.objective).toBeLessThanOrEqual(optimum / (1 - mipGap) + TOL);
    }
  }, 60_000);
});
