import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../scenario/readScenario.js';
import { normaliseHorizon } from '../scenario/horizon.js';
import { highsSolver } from '../solver/highsSolver.js';
import { solveModel } from '../solver/solveModel.js';
import { buildRoadmap } from './buildRoadmap.js';
import { pathFrom } from './extract.js';
import { discountFactor, monthLabel, volumeIndex, wageIndex } from './months.js';
import { verifyRoadmap } from './verify.js';

const FIXTURE = 'test/fixtures/roadmap/small.yaml';
const load = () => {
  const r = readScenarioText(FIXTURE, readFileSync(FIXTURE, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.scenario;
};

describe('months', () => {
  const h = normaliseHorizon(
    {
      start: '2027-11',
      months: 30,
      discount_rate: 0.1,
      volumes: {
        a: { seasonality: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3], growth: 0.21 },
        b: { monthly: [1, 0.5, 0.25] },
      },
    },
    ['FR'],
  );
  it('labels months across years', () => {
    expect([1, 2, 3, 14].map((t) => monthLabel(h, t))).toEqual(['2027-11', '2027-12', '2028-01', '2028-12']);
  });
  it("applies the calendar month's seasonal index and monthly compounded growth", () => {
    expect(volumeIndex(h, 'a', 1)).toBeCloseTo(1, 12);
    expect(volumeIndex(h, 'a', 2)).toBeCloseTo(3 * 1.21 ** (1 / 12), 12);
    expect(volumeIndex(h, 'a', 3)).toBeCloseTo(2 * 1.21 ** (2 / 12), 12);
    expect(volumeIndex(h, 'a', 13)).toBeCloseTo(1.21, 12);
  });
  it('reads an explicit table, its last value holding after it', () => {
    expect([1, 2, 3, 4, 30].map((t) => volumeIndex(h, 'b', t))).toEqual([1, 0.5, 0.25, 0.25, 0.25]);
    expect(volumeIndex(h, 'unlisted', 7)).toBe(1);
  });
  it('discounts from the first month and raises wages at each anniversary', () => {
    expect(discountFactor(h, 1)).toBe(1);
    expect(discountFactor(h, 13)).toBeCloseTo(1 / 1.1, 12);
    expect([1, 12, 13, 25].map((t) => wageIndex(0.05, t))).toEqual([1, 1, 1.05, 1.05 ** 2]);
  });
});

describe('verifyRoadmap', () => {
  it("passes the engine's roadmap and catches a tampered one", async () => {
    const s = load();
    const rm = buildRoadmap(s);
    const result = await solveModel(rm.model, highsSolver, { timeLimitSeconds: 60 });
    if (result.status !== 'optimal') throw new Error(result.status);
    const path = pathFrom(s, rm, result.x);
    expect(verifyRoadmap(rm, result.x, path)).toEqual([]);
    // One more agent hired on the record, not in the headcount: the flow does not add up.
    const m = path.months[4];
    if (!m) throw new Error('month 5');
    const staff = m.staff.map((r, i) => (i === 0 ? { ...r, hires: r.hires + 1 } : r));
    const tampered = { ...path, months: path.months.map((x) => (x === m ? { ...m, staff } : x)) };
    expect(verifyRoadmap(rm, result.x, tampered).join('\n')).toMatch(/headcount .* is not/);
    // Hours of a month moved off its trained agents: caught by the trained-hours check and the month's verifier.
    const pair = rm.pairs.find((q) => q.pool.id === 'FR' && q.activity === 'care');
    const j = pair?.headcount[0];
    if (j === undefined) throw new Error('FR care');
    const x = [...result.x];
    x[j] = (x[j] ?? 0) * 0.5;
    expect(verifyRoadmap(rm, x, pathFrom(s, rm, x)).join('\n')).toMatch(/trained agents give|headcount/);
    // A cost changed in the model: the NPV no longer matches the months' cash.
    const cheaper = {
      ...rm,
      model: { ...rm.model, vars: rm.model.vars.map((v, k) => (k === j ? { ...v, cost: v.cost * 0.9 } : v)) },
    };
    expect(verifyRoadmap(cheaper, result.x, path).join('\n')).toMatch(/NPV recomputed/);
  });
});
