import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonOf, runMain } from './support/inProcess.js';

/**
 * One price, whatever the command: on scenarios with contact queues, the figure every command
 * shows for a variant equals what `plan` says of that variant (--set), through the CLI in process.
 */
const dir = mkdtempSync(join(tmpdir(), 'bestshore-oneprice-'));
const ENERGY = 'scenarios/energy.yaml';
/** A queue forced apart: max_share, a capacity and a floor over FR, RO and MA. */
const SPLIT = join(dir, 'split.yaml');
writeFileSync(
  SPLIT,
  `name: split line
timezone: Europe/Paris
week: 2027-01-11
countries:
  FR: { cost_per_hour: 34, languages: { fr: 0.95 }, working_hours: "Mon-Sun 06:00-23:00" }
  RO: { cost_per_hour: 21, languages: { fr: 0.89 }, capacity_hours: 2500 }
  MA: { cost_per_hour: 17, languages: { fr: 0.86 }, scc: true }
activities:
  line:
    language: fr
    contacts: { volume: 40000, aht: 300, service_level: "90/20" }
    coverage: "Mon-Fri 08:00-20:00, Sat 09:00-13:00"
    profile: { hours: { "09-12": 1.5, "14-17": 1.2 } }
    max_share: 0.6
    min_quality: 0.88
  mail: { language: fr, hours: 1200, min_quality: 0.9 }
`,
);

/**
 * A rota (shifts, proven optimal: mip_gap 0) of one morning: the same rules on hours-based work.
 * Four hours of cover with 4-hour shifts and 2-hour part-time ones keep each of its ~40 solves
 * small, while the share and the floor both bind (each variant below changes the cost).
 */
const ROTA = join(dir, 'rota.yaml');
writeFileSync(
  ROTA,
  `name: rota line
period: week
timezone: Europe/Paris
shifts: { full_time: [4], part_time: [2], max_part_time_share: 0.3, mip_gap: 0 }
countries:
  FR: { cost_per_hour: 34, languages: { fr: 0.95 } }
  RO: { cost_per_hour: 21, languages: { fr: 0.89 }, working_hours: "Mon-Sat 08:00-20:00" }
  MA: { cost_per_hour: 17, languages: { fr: 0.86 }, scc: true }
activities:
  line:
    language: fr
    hours: 20
    coverage: "Mon 08:00-12:00"
    max_share: 0.6
    min_quality: 0.88
  mail: { language: fr, hours: 20 }
`,
);

const total = (j: Record<string, unknown>): number => Number(j['total_cost']);
/** `plan`'s cost of a variant, planned once per file and variant (both tests of a file start from the base). */
const planned = new Map<string, Promise<number>>();
const planCost = (file: string, sets: readonly string[] = []): Promise<number> => {
  const args = ['plan', file, '-f', 'json', ...sets.flatMap((s) => ['--set', s])];
  const key = JSON.stringify(args);
  const cost = planned.get(key) ?? jsonOf(args).then(total);
  planned.set(key, cost);
  return cost;
};
const near = (a: number, b: number): void => {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(0.01 + 1e-7 * Math.abs(b));
};

describe.each([ENERGY, SPLIT, ROTA])('one price for %s', (file) => {
  it('plan, compare, sweep (grid and Monte Carlo), explain and annex agree with plan on each variant', async () => {
    const share = file === ENERGY ? 'activities.level1-billing.max_share' : 'activities.line.max_share';
    const floor = file === ENERGY ? 'activities.level1-billing.min_quality' : 'activities.line.min_quality';
    const base = await planCost(file);

    const compare = await jsonOf(['compare', file, '--variant', `v=${share}=0.7`, '-f', 'json']);
    const columns = compare['columns'] as { total_cost: number }[];
    near(columns[0]?.total_cost ?? NaN, base);
    near(columns[1]?.total_cost ?? NaN, await planCost(file, [`${share}=0.7`]));

    const grid = await jsonOf(['sweep', file, '--vary', `${share}=0.55..0.75:3`, '-f', 'json']);
    for (const p of grid['points'] as { values: number[]; total_cost: number | null }[]) {
      const value = p.values[0] ?? NaN;
      const plan = await jsonOf(
        ['plan', file, '-f', 'json', '--set', `${share}=${value}`],
        p.total_cost === null ? 1 : 0,
      ).catch(() => ({ total_cost: null }));
      if (p.total_cost === null) expect(plan['total_cost'] ?? null).toBeNull();
      else near(p.total_cost, total(plan));
    }

    const mc = await jsonOf(['sweep', file, '--spread', `${floor}=±2%`, '--samples', '4', '--seed', '3', '-f', 'json']);
    for (const p of (mc['points'] as { values: number[]; total_cost: number | null }[]).slice(0, 4)) {
      if (p.total_cost !== null) near(p.total_cost, await planCost(file, [`${floor}=${p.values[0]}`]));
    }

    const e = await jsonOf(['explain', file, '-f', 'json']);
    near(total(e), base);
    const rules = e['rules'] as { rule: string; lifted_cost: number | null }[];
    for (const path of [share, floor]) {
      const r = rules.find((x) => x.rule === path);
      expect(r).toBeDefined();
      near(r?.lifted_cost ?? NaN, await planCost(file, [`${path}=null`]));
    }
    // Whole-agent plans: marginal values are re-planned one step further, and say so.
    expect(e['marginals_from']).toBe('replanned');
    for (const m of e['marginals'] as { rule: string; value: number; step: number; change: number }[]) {
      if (m.rule !== share && m.rule !== floor) continue;
      near(base + m.change, await planCost(file, [`${m.rule}=${Math.round((m.value + m.step) * 1e9) / 1e9}`]));
    }

    const annex = join(dir, 'annex.md');
    expect((await runMain(['annex', file, '--lang', 'en', '--format', 'md', '-o', annex])).code).toBe(0);
    const money = base.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(readFileSync(annex, 'utf8')).toContain(`€${money}`);
  }, 120_000);

  it('check passes on a golden that holds the plan cost, and fails one euro off', async () => {
    const base = await planCost(file);
    const golden = join(dir, 'golden.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(golden, `${text}\nexpect: { status: optimal, total_cost: ${base}, cost_tolerance: 0.0000001 }\n`);
    expect((await runMain(['check', golden])).code).toBe(0);
    writeFileSync(golden, `${text}\nexpect: { status: optimal, total_cost: ${base + 1}, cost_tolerance: 0.0000001 }\n`);
    expect((await runMain(['check', golden])).code).toBe(1);
  }, 60_000);
});
