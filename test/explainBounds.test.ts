import { describe, expect, it } from 'vitest';
import { explainContext } from '../src/explain/context.js';
import { explainScenario } from '../src/explain/explainScenario.js';
import type { ExplainPlan } from '../src/explain/types.js';
import { planScenario } from '../src/plan/planScenario.js';
import { proofOf } from '../src/plan/proof.js';
import { renderExplainJson } from '../src/report/explain/explainJson.js';
import { renderExplainTable } from '../src/report/explain/explainRender.js';
import { autoSolver } from '../src/solver/engines.js';
import { runMain, scratch } from './support/inProcess.js';
import { scenarioOf } from './support/scenarioText.js';
import { TIES } from './support/tiedRota.js';

/**
 * explain on a rota asked for a 5% gap: the rota stops 0.64% short of proof, so every figure is a
 * difference of plans known only within their gaps. The same scenario asked for gap 0 is proven
 * (solver/rota.ts solves a small rota whole): its savings and marginal values are exact, and
 * each must lie inside the range the 5% run states. RO and PT cost alike (many equal-cost rotas).
 */
const OPTS = { timeLimitSeconds: 60 };

async function explained(gap: number): Promise<ExplainPlan> {
  const ctx = explainContext(autoSolver, OPTS);
  try {
    const e = await explainScenario(scenarioOf(TIES(gap)), ctx);
    if (e.status !== 'optimal') throw new Error('expected a plan');
    return e;
  } finally {
    ctx.close();
  }
}

const inside = (v: number, b: { low: number | undefined; high: number | undefined } | undefined): void => {
  expect(b).toBeDefined();
  expect(b?.low ?? -Infinity).toBeLessThanOrEqual(v + 1e-6);
  expect(v).toBeLessThanOrEqual((b?.high ?? Infinity) + 1e-6);
};

describe('explain on a plan proven only within a gap', () => {
  it('states the gap, and every figure with a range that holds the exact one', async () => {
    const [short, exact] = await Promise.all([explained(0.05), explained(0)]);
    // The plan's own proof, as `plan` states it.
    const plan = await planScenario(scenarioOf(TIES(0.05)), autoSolver, OPTS);
    if (plan.status === 'infeasible') throw new Error('no plan');
    const proof = proofOf(plan);
    expect(proof.proven).toBe(false);
    expect(short.gap).toBe(proof.proven ? 0 : proof.gap);
    expect(short.gap ?? 0).toBeGreaterThan(0);
    expect(short.totalCost).toBe(plan.totalCost);
    expect(exact.gap).toBe(0);
    expect(exact.rules.every((r) => r.bounds === undefined)).toBe(true);

    expect(short.rules.length).toBe(exact.rules.length);
    for (const r of short.rules) {
      const truth = exact.rules.find((x) => x.rule === r.rule);
      if (!truth) throw new Error(`${r.rule} not priced at gap 0`);
      inside(truth.saving, r.bounds);
    }
    // The exact prices differ from the short run's for some rule: the ranges are not decoration.
    expect(
      short.rules.some((r) => Math.abs(r.saving - (exact.rules.find((x) => x.rule === r.rule)?.saving ?? 0)) > 1),
    ).toBe(true);
    for (const m of short.marginals) {
      const truth = exact.marginals.find((x) => x.rule === m.rule);
      if (truth) inside(truth.change, m.bounds);
    }

    const table = renderExplainTable(short, { color: false, locale: 'en' });
    expect(table).not.toMatch(/Optimal cost/);
    expect(table).toMatch(/within \d+\.\d+% of the optimum, not proven optimal/);
    // A rule whose re-plan found no saving but whose range reaches above 0 is neither priced nor free.
    const unsure = { ...short, rules: short.rules.map((r, i) => (i === 0 ? { ...r, saving: 0, share: 0 } : r)) };
    const unsureTable = renderExplainTable(unsure, { color: false, locale: 'en' });
    expect(unsureTable).toMatch(/No saving found by re-planning .*up to \d/);
    expect(unsureTable).not.toMatch(new RegExp(`Cost nothing.*${short.rules[0]?.rule ?? '-'}`));
    expect(renderExplainTable(exact, { color: false, locale: 'en' })).toMatch(/Optimal cost/);
    const json = JSON.parse(renderExplainJson(short)) as {
      proven: boolean;
      gap: number;
      rules: { saving_bounds: unknown }[];
    };
    expect(json.proven).toBe(false);
    expect(json.gap).toBeCloseTo(short.gap ?? 0, 9);
    expect(json.rules.every((r) => r.saving_bounds !== null)).toBe(true);
    expect(renderExplainTable(short, { color: false, locale: 'fr' })).toMatch(/optimalité non prouvée/);
  }, 120_000);
});

describe('sweep, compare and alternatives on a plan proven only within a gap', () => {
  it('prices the scenario as written as plan does, and says how far from optimal', async () => {
    const dir = scratch('bestshore-sweepgap-');
    const file = dir.write('ties.yaml', TIES(0.05));
    const plan = await runMain(['plan', file, '-f', 'json']);
    const sweep = await runMain([
      'sweep',
      file,
      '--vary',
      'countries.PT.cost_per_hour=20,21',
      '-f',
      'json',
      '--workers',
      '1',
    ]);
    expect(plan.code).toBe(0);
    expect(sweep.code).toBe(0);
    const p = JSON.parse(plan.stdout) as { total_cost: number; optimality: { proven: boolean; gap: number } };
    const s = JSON.parse(sweep.stdout) as {
      base_cost: number;
      points: { values: number[]; total_cost: number; gap?: number | null }[];
    };
    expect(p.optimality.proven).toBe(false);
    const atBase = s.points.find((q) => q.values[0] === 20);
    expect(atBase?.total_cost).toBe(p.total_cost);
    expect(s.base_cost).toBe(p.total_cost);
    expect(atBase?.gap).toBeCloseTo(p.optimality.gap, 9);
    // compare states which column is not proven, and by how much (plan's own gap).
    const compared = await runMain(['compare', file, file, '-f', 'json']);
    const columns = (JSON.parse(compared.stdout) as { columns: { proven: boolean; gap: number }[] }).columns;
    for (const col of columns) {
      expect(col.proven).toBe(false);
      expect(col.gap).toBeCloseTo(p.optimality.gap, 9);
    }
    expect((await runMain(['compare', file, file])).stdout).toMatch(/not proven optimal, within 3\.33% of the optimum/);
    // The options' optimum is plan's plan too (one alternative is enough to be given it).
    const alternatives = await runMain(['alternatives', file, '--count', '1', '-f', 'json']);
    expect((JSON.parse(alternatives.stdout) as { optimum: { total_cost: number } }).optimum.total_cost).toBe(
      p.total_cost,
    );
    // A proven point carries no gap; an unproven one always does.
    for (const q of s.points) if (q.gap !== undefined) expect(q.gap === null || q.gap > 0).toBe(true);
  }, 120_000);
});
