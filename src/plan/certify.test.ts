import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import { buildModel } from '../model/buildModel.js';
import { prng } from '../../test/support/randomScenario.js';
import { certify } from './certify.js';

/*
 * 1,000 h of French; RO (20 €/h, 0.8) takes at most 400 h, FR (30 €/h, 0.9) the rest.
 * Optimum by hand: x = (FR 600, RO 400), cost 18,000 + 8,000 = 26,000; quality 0.86 > 0.82 (slack).
 * Optimal duals: quality y_q = 0 (slack); FR basic: y_d = 30; RO basic: 20 − y_d − y_cap = 0, y_cap = −10.
 * Dual bound: 1,000·30 + 400·(−10) = 26,000.
 */
const s = scenarioOf(`name: certify
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  RO: { cost_per_hour: 20, languages: { fr: 0.8 }, capacity_hours: 400 }
activities:
  a: { language: fr, hours: 1000, min_quality: 0.82 }
`);
const model = buildModel(s);
const col = (id: string): number => model.vars.findIndex((v) => v.id === id);
const row = (id: string): number => model.rows.findIndex((r) => r.id === id);
const OPT = 26_000;

/** A dual vector from row id → value. */
function duals(values: Record<string, number>): number[] {
  const y = model.rows.map(() => 0);
  for (const [id, v] of Object.entries(values)) {
    const i = row(id);
    expect(i).toBeGreaterThanOrEqual(0);
    y[i] = v;
  }
  return y;
}
function point(fr: number, ro: number): number[] {
  const x = model.vars.map(() => 0);
  x[col('x[a,FR]')] = fr;
  x[col('x[a,RO]')] = ro;
  return x;
}

describe('certify', () => {
  it('the model has the rows the hand computation uses', () => {
    expect(['demand[a]', 'quality[a]', 'capacity[RO]'].map(row).every((i) => i >= 0)).toBe(true);
    expect(col('x[a,FR]')).toBeGreaterThanOrEqual(0);
  });

  it('proves the optimum with the optimal duals: bound = cost, gap 0', () => {
    const c = certify(model, point(600, 400), duals({ 'demand[a]': 30, 'capacity[RO]': -10 }));
    expect(c.kind).toBe('dual');
    if (c.kind !== 'dual') return;
    expect(c.lowerBound).toBeCloseTo(OPT, 9);
    expect(c.gap).toBeCloseTo(0, 12);
  });

  it('gives a positive gap for a feasible but wrong x', () => {
    const c = certify(model, point(1000, 0), duals({ 'demand[a]': 30, 'capacity[RO]': -10 }));
    expect(c.kind).toBe('dual');
    if (c.kind !== 'dual') return;
    expect(c.lowerBound).toBeCloseTo(OPT, 9);
    expect(c.gap).toBeCloseTo((30_000 - OPT) / 30_000, 12);
  });

  it('clips wrong-signed duals to zero, which keeps the bound valid', () => {
    // capacity is a ≤ row: a positive dual is clipped to 0; then RO's reduced cost is 20 − 30 = −10,
    // charged over its implied upper bound (1,000 h): 30,000 − 10,000 = 20,000 ≤ 26,000.
    const c = certify(model, point(600, 400), duals({ 'demand[a]': 30, 'capacity[RO]': 10 }));
    expect(c.kind).toBe('dual');
    if (c.kind !== 'dual') return;
    expect(c.lowerBound).toBeCloseTo(20_000, 9);
    expect(c.gap).toBeGreaterThan(0.2);
    // quality is a ≥ row: a negative dual is clipped to 0 and changes nothing.
    const q = certify(model, point(600, 400), duals({ 'demand[a]': 30, 'capacity[RO]': -10, 'quality[a]': -50 }));
    expect(q.kind === 'dual' && q.lowerBound).toBeCloseTo(OPT, 9);
  });

  it('never bounds above the optimum, whatever the duals (weak duality)', () => {
    const next = prng(42);
    for (let k = 0; k < 500; k++) {
      const y = model.rows.map(() => (next() - 0.5) * 200);
      const c = certify(model, point(600, 400), y);
      if (c.kind === 'dual') expect(c.lowerBound).toBeLessThanOrEqual(OPT + 1e-6);
    }
  });

  it('ignores non-finite duals and says so when there are none', () => {
    const c = certify(
      model,
      point(600, 400),
      duals({ 'demand[a]': 30, 'capacity[RO]': -10, 'quality[a]': Number.NaN }),
    );
    expect(c.kind === 'dual' && c.lowerBound).toBeCloseTo(OPT, 9);
    expect(certify(model, point(600, 400), undefined).kind).toBe('none');
  });
});
