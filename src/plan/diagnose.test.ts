import { prepare } from '../model/prepare.js';
import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import { buildModel } from '../model/buildModel.js';
import type { LpModel } from '../model/lp.js';
import { jsLpSolver } from '../solver/jsLpSolver.js';
import { solveModel } from '../solver/solveModel.js';
import { conflictingRules, diagnose } from './diagnose.js';

const feasible = async (m: LpModel): Promise<boolean> =>
  (await solveModel(m, jsLpSolver, { timeLimitSeconds: 30 })).status === 'optimal';
const sourcesOf = (m: LpModel): string[] => m.rows.map((r) => r.source.join('.'));

/*
 * sales needs ≥ 750 h of FR for its 0.9 floor, care ≥ 500 h for its 0.85 floor; FR has 1,000 h.
 * chat's max_share and RO's capacity are rules too, but not part of the conflict.
 */
const TEXT = `name: conflict
countries:
  FR: { cost_per_hour: 32, languages: { fr: 0.95 }, capacity_hours: 1000 }
  RO: { cost_per_hour: 21, languages: { fr: 0.75 }, capacity_hours: 5000 }
activities:
  sales: { language: fr, hours: 1000, min_quality: 0.9 }
  care: { language: fr, hours: 1000, min_quality: 0.85 }
  chat: { language: fr, hours: 300, max_share: 0.8 }
`;

describe('conflictingRules (deletion filter)', () => {
  it('names exactly the rules that conflict, each of which is necessary', async () => {
    const model = buildModel(scenarioOf(TEXT));
    expect(await feasible(model)).toBe(false);
    const rules = await conflictingRules(model, feasible);
    expect(rules?.map((p) => p.join('.')).sort()).toEqual([
      'activities.care.min_quality',
      'activities.sales.min_quality',
      'countries.FR.capacity_hours',
    ]);
    // Necessary: lifting any one of them makes the model feasible.
    for (const p of rules ?? []) {
      const lifted = { vars: model.vars, rows: model.rows.filter((r) => r.source.join('.') !== p.join('.')) };
      expect(await feasible(lifted)).toBe(true);
    }
    // Sufficient: those rules alone (with demand) are still infeasible.
    const keep = new Set([
      ...(rules ?? []).map((p) => p.join('.')),
      ...sourcesOf(model).filter((k) => k.endsWith('.hours')),
    ]);
    expect(await feasible({ vars: model.vars, rows: model.rows.filter((r) => keep.has(r.source.join('.'))) })).toBe(
      false,
    );
  });

  it('blames nothing when demand and residency alone already fail', async () => {
    const model = buildModel(
      scenarioOf(`name: nowhere
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 }, capacity_hours: 10 }
  MA: { cost_per_hour: 15, languages: { ar: 0.9 } }
activities:
  a: { language: ar, hours: 100, data: health }
`),
    );
    expect(await conflictingRules(model, feasible)).toBeUndefined();
  });

  it('works from a feasibility oracle alone (no solver): rules A, B, C conflict only together', async () => {
    const row = (id: string, field: string) => ({
      id,
      kind: 'capacity' as const,
      op: '<=' as const,
      rhs: 1,
      terms: [],
      source: ['countries', field, 'capacity_hours'],
    });
    const model: LpModel = { vars: [], rows: ['A', 'B', 'X', 'C', 'Y'].map((f) => row(`r${f}`, f)) };
    const oracle = async (m: LpModel): Promise<boolean> =>
      !['rA', 'rB', 'rC'].every((id) => m.rows.some((r) => r.id === id));
    const rules = await conflictingRules(model, oracle);
    expect(rules?.map((p) => p[1])).toEqual(['A', 'B', 'C']);
  });
});

describe('diagnose', () => {
  it('a combination finding names each rule with its line and the activities involved', async () => {
    const s = scenarioOf(TEXT);
    const [f, ...rest] = await diagnose(prepare(s), buildModel(s), feasible);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'combination',
      activities: ['sales', 'care'],
      path: 'activities.sales.min_quality',
      line: 6,
    });
    expect(f?.message).toContain(
      'activities.sales.min_quality (line 6); activities.care.min_quality (line 7); countries.FR.capacity_hours (line 3)',
    );
  });

  it('does not report a language-capacity finding where no language capacity exists', async () => {
    const s = scenarioOf(`name: short
countries:
  FR: { cost_per_hour: 32, languages: { fr: 0.95 }, capacity_hours: 1000 }
  RO: { cost_per_hour: 21, languages: { fr: 0.88 }, capacity_hours: 1500 }
activities:
  a: { language: fr, hours: 3000 }
`);
    const findings = await diagnose(prepare(s), buildModel(s), feasible);
    expect(findings.map((x) => x.rule)).toEqual(['capacity']);
    expect(findings[0]?.message).toBe(
      'a needs 3,000 h in FR + RO (data: personal, language fr); FR + RO capacity is 2,500 h',
    );
  });
});
