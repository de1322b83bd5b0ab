import { describe, expect, it } from 'vitest';
import { parseSet } from '../src/scenario/variants.js';
import { jsonOf, runMain, scratch } from './support/inProcess.js';
import { randomScenario, toYaml } from './support/randomScenario.js';

type Alt = {
  rank: number;
  total_cost: number;
  above: number;
  proven: boolean;
  gap: number | null;
  sets: { path: string; value: unknown }[];
  shares: Record<string, number>;
  moved: number;
  summary: string;
};
type Doc = {
  format_version: number;
  slack: number;
  budget: number;
  optimum: { total_cost: number; proven: boolean; shares: Record<string, number> };
  alternatives: Alt[];
  discarded: unknown[];
};

const setArgs = (a: Alt): string[] => a.sets.flatMap((s) => ['--set', `${s.path}=${JSON.stringify(s.value)}`]);

/** `plan` of the alternative's variant, through the CLI as a user would type it. */
async function planOf(file: string, a: Alt): Promise<{ total_cost: number; optimality: { proven: boolean } }> {
  return (await jsonOf(['plan', file, '-f', 'json', ...setArgs(a)])) as never;
}

describe('bestshore alternatives', () => {
  it('lists plans within the slack, each the plan of its variant, verified, different from the optimum', async () => {
    const file = 'scenarios/telecom.yaml';
    const doc = (await jsonOf(['alternatives', file, '--slack', '5%', '--count', '3', '-f', 'json'])) as Doc;
    expect(doc.format_version).toBe(1);
    const plain = (await jsonOf(['plan', file, '-f', 'json'])) as { total_cost: number };
    expect(doc.optimum.total_cost).toBeCloseTo(plain.total_cost, 2);
    expect(Math.abs(doc.budget - plain.total_cost * 1.05)).toBeLessThan(0.02);
    expect(doc.alternatives.length).toBeGreaterThan(0);
    for (const a of doc.alternatives) {
      expect(a.total_cost).toBeLessThanOrEqual(doc.budget + 0.01);
      expect(a.total_cost).toBeGreaterThanOrEqual(plain.total_cost - 0.01);
      expect(a.above).toBeCloseTo((a.total_cost - plain.total_cost) / plain.total_cost, 5);
      // The same planner (and its verifier) gives the same cost for the variant.
      const p = await planOf(file, a);
      expect(p.total_cost).toBeCloseTo(a.total_cost, 2);
      expect(a.proven).toBe(p.optimality.proven);
      // Different from the optimum: some hours sit elsewhere.
      expect(a.moved).toBeGreaterThanOrEqual(0.03);
      const moved =
        Object.keys({ ...a.shares, ...doc.optimum.shares }).reduce(
          (t, c) => t + Math.abs((a.shares[c] ?? 0) - (doc.optimum.shares[c] ?? 0)),
          0,
        ) / 2;
      expect(a.moved + 1e-9).toBeGreaterThanOrEqual(moved);
    }
  });

  it('gives the same alternatives every time', async () => {
    const argv = ['alternatives', 'scenarios/tourism.yaml', '--count', '3', '-f', 'json'];
    const [a, b] = [await runMain(argv), await runMain(argv)];
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('whole-agent queues: each cost is what plan prints for the variant, proven only as far as plan says', async () => {
    const file = 'scenarios/energy.yaml';
    const doc = (await jsonOf(['alternatives', file, '--slack', '3%', '--count', '2', '-f', 'json'])) as Doc;
    expect(doc.alternatives.length).toBeGreaterThan(0);
    for (const a of doc.alternatives) {
      expect(a.total_cost).toBeLessThanOrEqual(doc.budget + 0.01);
      const p = await planOf(file, a);
      expect(p.total_cost).toBeCloseTo(a.total_cost, 2);
      expect(a.proven).toBe(p.optimality.proven);
    }
  });

  it('its --set lines are valid options', async () => {
    const r = await runMain(['alternatives', 'scenarios/public-agency.yaml', '--count', '2', '-f', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('rank,total_cost,above,proven,countries,home_share,risk,moved,summary,sets');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const fr = await runMain([
      'alternatives',
      'scenarios/public-agency.yaml',
      '--count',
      '2',
      '-f',
      'csv',
      '--locale',
      'fr',
    ]);
    expect(fr.stdout.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'rang;coût_total;surcoût;prouvé;pays;part_domestique;risque;déplacé;résumé;réglages',
    );
    const table = await runMain(['alternatives', 'scenarios/public-agency.yaml', '--count', '2']);
    const sets = [...table.stdout.matchAll(/--set '([^']*)'/g)].map((m) => m[1] ?? '');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) expect(typeof parseSet(s)).toBe('object');
    const md = await runMain(['alternatives', 'scenarios/public-agency.yaml', '--count', '2', '-f', 'md']);
    expect(md.stdout).toMatch(/^# Public agency/);
    expect(md.stdout).toContain('| # | Cost | Above |');
  });

  it('refuses a slack or a count out of range (exit 2)', async () => {
    for (const bad of [
      ['--slack', '0'],
      ['--slack', 'abc'],
      ['--slack', '150%'],
      ['--count', '0'],
      ['--count', '2.5'],
      ['-f', 'xlsx'],
    ]) {
      const r = await runMain(['alternatives', 'scenarios/telecom.yaml', ...bad]);
      expect(r.code, bad.join(' ')).toBe(2);
    }
  });

  it('an impossible scenario exits 1', async () => {
    const r = await runMain([
      'alternatives',
      'scenarios/telecom.yaml',
      '--set',
      'activities.acquisition.min_quality=0.99',
    ]);
    expect(r.code).toBe(1);
  });
});

describe('alternatives over seeded random scenarios', () => {
  it('every alternative within its slack, different, and what plan prints for its variant', async () => {
    const { write } = scratch('bestshore-alternatives-');
    let listed = 0;
    for (const seed of [3, 5, 8, 13, 21, 34]) {
      const file = write(`random-${seed}.yaml`, toYaml(randomScenario(seed)));
      const r = await runMain(['alternatives', file, '--slack', '5%', '--count', '2', '-f', 'json']);
      if (r.code === 1) continue; // no plan at all: nothing to list
      expect(r.code, `seed ${seed}: ${r.stderr}`).toBe(0);
      const doc = JSON.parse(r.stdout) as Doc;
      expect(Math.abs(doc.budget - doc.optimum.total_cost * 1.05)).toBeLessThan(0.02);
      for (const a of doc.alternatives) {
        listed++;
        expect(a.total_cost, `seed ${seed}`).toBeLessThanOrEqual(doc.budget + 1e-6 * doc.budget);
        expect(a.moved).toBeGreaterThanOrEqual(0.03);
        const p = await planOf(file, a);
        expect(p.total_cost, `seed ${seed} alternative ${a.rank}`).toBeCloseTo(a.total_cost, 2);
      }
    }
    expect(listed).toBeGreaterThan(0);
  });
});
