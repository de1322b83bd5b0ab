import { describe, expect, it } from 'vitest';
import { changeBounds, savingBounds } from './bounds.js';
import { seededRandom } from './random.js';

/**
 * The ranges stated for plans proven only within a gap hold whatever the true optima are: draw
 * optima, then costs above them and bounds below them (what a certificate may state), and the
 * true difference of the optima must lie inside the range computed from costs and bounds alone.
 */
describe('figures bounded by their plans’ gaps', () => {
  const draw = seededRandom(11);
  const plan = (optimum: number, exact: boolean) => {
    if (exact) return { cost: optimum, bound: optimum };
    const cost = optimum + draw() * 50;
    return { cost, bound: draw() < 0.1 ? undefined : optimum - draw() * 50 };
  };

  it('the saving of lifting a rule lies within savingBounds', () => {
    for (let k = 0; k < 2000; k++) {
      const lifted = 1000 + draw() * 500;
      const base = lifted + draw() * 200; // lifting a rule never raises the optimum
      const b = plan(base, draw() < 0.3);
      const l = plan(lifted, draw() < 0.3);
      const r = savingBounds(b, l);
      if (b.bound === b.cost && l.bound === l.cost) {
        expect(r).toBeUndefined();
        continue;
      }
      expect(r).toBeDefined();
      expect(r?.low ?? -Infinity).toBeLessThanOrEqual(base - lifted + 1e-9);
      expect(base - lifted).toBeLessThanOrEqual((r?.high ?? Infinity) + 1e-9);
      expect(r?.low ?? 0).toBeGreaterThanOrEqual(0);
    }
  });

  it('a re-planned change per step lies within changeBounds', () => {
    for (let k = 0; k < 2000; k++) {
      const base = 1000 + draw() * 500;
      const stepped = base + (draw() - 0.5) * 300;
      const steps = 1 + Math.floor(draw() * 3);
      const b = plan(base, draw() < 0.3);
      const s = plan(stepped, draw() < 0.3);
      const r = changeBounds(b, s, steps);
      if (b.bound === b.cost && s.bound === s.cost) {
        expect(r).toBeUndefined();
        continue;
      }
      const truth = (stepped - base) / steps;
      expect(r?.low ?? -Infinity).toBeLessThanOrEqual(truth + 1e-9);
      expect(truth).toBeLessThanOrEqual((r?.high ?? Infinity) + 1e-9);
    }
  });
});
