import { describe, expect, it } from 'vitest';
import { randomScenario, toYaml } from '../../test/support/randomScenario.js';
import { solveReference, type RefLp } from '../../test/support/referenceSimplex.js';
import { scenarioOf } from '../../test/support/scenarioText.js';
import { certify } from '../plan/certify.js';
import { buildModel } from './buildModel.js';
import { dualModel } from './dualModel.js';
import type { LpModel } from './lp.js';

/** The neutral model as a dense LP for the reference simplex. */
function dense(m: LpModel): RefLp {
  return {
    cost: m.vars.map((v) => v.cost),
    rows: m.rows.map((r) => {
      const coefs = m.vars.map(() => 0);
      for (const t of r.terms) coefs[t.v] = (coefs[t.v] ?? 0) + t.coef;
      return { coefs, op: r.op, rhs: r.rhs };
    }),
  };
}

/** Feasible generated scenarios, as models (the reference decides feasibility). */
const models = Array.from({ length: 80 }, (_, i) => buildModel(scenarioOf(toYaml(randomScenario(5001 + i)))))
  .filter((m) => solveReference(dense(m)).status === 'optimal')
  .slice(0, 25);

describe('dualModel', () => {
  it('has feasible models to check', () => expect(models.length).toBeGreaterThanOrEqual(15));

  it('strong duality: the dual optimum equals the primal optimum (both by the reference simplex)', () => {
    for (const m of models) {
      const primal = solveReference(dense(m));
      const dual = solveReference(dense(dualModel(m).model));
      expect(primal.status).toBe('optimal');
      expect(dual.status).toBe('optimal');
      if (primal.status !== 'optimal' || dual.status !== 'optimal') continue;
      // The dual model minimises −b·y.
      expect(-dual.objective).toBeCloseTo(primal.objective, 4);
    }
  });

  it('toDual gives row duals of the right signs that certify the primal optimum', () => {
    for (const m of models) {
      const primal = solveReference(dense(m));
      const d = dualModel(m);
      const z = solveReference(dense(d.model));
      if (primal.status !== 'optimal' || z.status !== 'optimal') throw new Error('expected optimal');
      const y = d.toDual(z.x);
      expect(y).toHaveLength(m.rows.length);
      m.rows.forEach((r, i) => {
        if (r.op === '>=') expect(y[i]).toBeGreaterThanOrEqual(-1e-9);
        if (r.op === '<=') expect(y[i]).toBeLessThanOrEqual(1e-9);
      });
      const c = certify(m, primal.x, y);
      expect(c.kind).toBe('dual');
      if (c.kind === 'dual') expect(c.gap).toBeLessThan(1e-9);
    }
  });

  it('splits a free (=) row dual into two columns and one ≤/≥ row into one', () => {
    const m = buildModel(
      scenarioOf(`name: d
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 }, capacity_hours: 50 }
activities:
  a: { language: fr, hours: 10, min_quality: 0.5 }
`),
    );
    // rows: demand (=), quality (≥), capacity (≤) → 2 + 1 + 1 dual columns; one dual row per primal variable.
    const d = dualModel(m);
    expect(d.model.vars).toHaveLength(4);
    expect(d.model.rows).toHaveLength(m.vars.length);
    expect(d.model.rows.every((r) => r.op === '<=' && r.rhs === 30)).toBe(true);
    expect(d.toDual([5, 2, 1, 3])).toEqual([5 - 2, 1, -3]);
  });
});
