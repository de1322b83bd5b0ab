import { describe, expect, it } from 'vitest';
import { verifyGlobalRules } from '../src/plan/verifyGlobal.js';
import type { AllocationRow } from '../src/plan/types.js';
import { jsonOf, runMain, scratch } from './support/inProcess.js';
import { scenarioOf } from './support/scenarioText.js';

const FILE = 'test/fixtures/options/risk.yaml';
const RISK: Readonly<Record<string, number>> = { FR: 10, RO: 35, MA: 60 };

type PlanJson = { total_cost: number; allocation: { activity: string; country: string; hours: number }[] };
const meanRisk = (p: PlanJson): number =>
  p.allocation.reduce((t, r) => t + r.hours * (RISK[r.country] ?? NaN), 0) /
  p.allocation.reduce((t, r) => t + r.hours, 0);

describe('country risk', () => {
  it('max_risk_exposure caps the hours-weighted mean risk, and costs what lifting it saves', async () => {
    const capped = (await jsonOf(['plan', FILE, '-f', 'json'])) as PlanJson;
    expect(meanRisk(capped)).toBeLessThanOrEqual(40 + 1e-6);
    const free = (await jsonOf(['plan', FILE, '-f', 'json', '--set', 'rules.risk_cap=null'])) as PlanJson;
    expect(meanRisk(free)).toBeGreaterThan(40);
    expect(capped.total_cost).toBeGreaterThan(free.total_cost);
    // With the cap on a group, only the group's hours count.
    const group = (await jsonOf([
      'plan',
      FILE,
      '-f',
      'json',
      '--set',
      'rules.risk_cap.activities=[l1]',
      '--set',
      'rules.risk_cap.max_risk_exposure=20',
    ])) as PlanJson;
    const l1 = { ...group, allocation: group.allocation.filter((r) => r.activity === 'l1') };
    expect(meanRisk(l1)).toBeLessThanOrEqual(20 + 1e-6);
  });

  it('needs a score for every country (no default table), and a score in [0, 100] (exit 2, at the line)', async () => {
    const none = await runMain(['plan', FILE, '--set', 'countries.MA.risk=null']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      'rules.risk_cap.max_risk_exposure: max_risk_exposure needs a risk score (0-100) for every country; MA has none',
    );
    const high = await runMain(['plan', FILE, '--set', 'countries.MA.risk=150']);
    expect(high.code).toBe(2);
    expect(high.stderr).toContain('risk must be between 0 and 100');
    const { write } = scratch('bestshore-risk-');
    const bad = write(
      'bad.yaml',
      'name: x\ncountries:\n  FR: { cost_per_hour: 30, languages: { fr: 0.9 }, risk: 5 }\nactivities:\n  a: { language: fr, hours: 10 }\nrules:\n  r: { max_risk_exposure: 101 }\n',
    );
    const r = await runMain(['validate', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:7:`);
  });

  it('a cap below every country: no plan (exit 1), the rule named', async () => {
    const r = await runMain(['plan', FILE, '--set', 'rules.risk_cap.max_risk_exposure=5']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('rules.risk_cap.max_risk_exposure');
  });

  it('the verifier checks the exposure from the rows', () => {
    const s = scenarioOf(`name: v
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 }, risk: 10 }
  MA: { cost_per_hour: 15, languages: { fr: 0.9 }, scc: true, risk: 70 }
activities:
  a: { language: fr, hours: 600 }
rules:
  cap: { max_risk_exposure: 40 }
`);
    const rows = (fr: number, ma: number): AllocationRow[] =>
      [
        ['FR', fr],
        ['MA', ma],
      ].map(([country, hours]) => ({
        activity: 'a',
        country: String(country),
        hours: Number(hours),
        fte: 0,
        cost: 0,
        premiumCost: 0,
        quality: 0.9,
        basis: 'EU',
        idleHours: 0,
      }));
    // (300·10 + 300·70) / 600 = 40: on the limit.
    expect(verifyGlobalRules(s, rows(300, 300))).toEqual([]);
    expect(verifyGlobalRules(s, rows(290, 310))[0]).toContain(
      'rules.cap: mean risk 41 of 600 h exceeds max_risk_exposure 40',
    );
  });

  it('pareto cost,risk: monotone, each point optimal for its ε by another engine', async () => {
    const f = (await jsonOf([
      'pareto',
      FILE,
      '--objectives',
      'cost,risk',
      '--points',
      '4',
      '--set',
      'rules.risk_cap=null',
      '-f',
      'json',
    ])) as { points: { eps: number; value: number; total_cost: number; sets: { path: string; value: unknown }[] }[] };
    expect(f.points.length).toBeGreaterThanOrEqual(3);
    for (let k = 1; k < f.points.length; k++) {
      const [a, b] = [f.points[k - 1], f.points[k]];
      expect(b?.value).toBeLessThan(a?.value ?? -Infinity);
      expect(b?.total_cost).toBeGreaterThanOrEqual((a?.total_cost ?? Infinity) - 1e-6);
    }
    for (const p of f.points.slice(1)) {
      expect(p.value).toBeLessThanOrEqual(p.eps + 1e-9);
      const args = p.sets.flatMap((x) => ['--set', `${x.path}=${JSON.stringify(x.value)}`]);
      const other = (await jsonOf([
        'plan',
        FILE,
        '-f',
        'json',
        '--solver',
        'javascript-lp-solver',
        '--set',
        'rules.risk_cap=null',
        ...args,
      ])) as PlanJson;
      expect(other.total_cost).toBeCloseTo(p.total_cost, 1);
    }
  });

  it("alternatives state each plan's mean risk when every country has a score", async () => {
    const doc = (await jsonOf(['alternatives', FILE, '--slack', '10%', '--count', '2', '-f', 'json'])) as {
      optimum: PlanJson & { risk: number };
      alternatives: (PlanJson & { risk: number })[];
    };
    expect(doc.optimum.risk).toBeCloseTo(meanRisk(doc.optimum), 3);
    expect(doc.alternatives.length).toBeGreaterThan(0);
    for (const a of doc.alternatives) {
      expect(a.risk).toBeCloseTo(meanRisk(a), 3);
      expect(a.risk).toBeLessThanOrEqual(40 + 1e-6);
    }
    expect((await runMain(['alternatives', FILE, '--slack', '10%', '--count', '1'])).stdout).toMatch(/│ Risk │/);
    expect((await runMain(['alternatives', 'scenarios/telecom.yaml', '--count', '1'])).stdout).not.toContain('Risk');
  });

  it('pareto cost,risk without scores says so (exit 2)', async () => {
    const r = await runMain(['pareto', 'scenarios/telecom.yaml', '--objectives', 'cost,risk']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('risk needs a risk score (0-100) for every country; FR, RO, MA have none');
  });
});
