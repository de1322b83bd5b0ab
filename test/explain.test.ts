import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from './support/inProcess.js';

const tmp = mkdtempSync(join(tmpdir(), 'bestshore-explain-'));
const write = (name: string, text: string): string => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

/* Worked by hand in src/explain/explain.test.ts. */
const HAND = 'test/fixtures/explain/hand.yaml';
const COMBINATION = 'test/fixtures/infeasible/combination.yaml';

describe('bestshore explain', () => {
  it('exit 0: prices each rule with its line, marginal values with ranges, why (not) each country', async () => {
    const r = await runMain(['explain', HAND]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Optimal cost: 56,667 EUR per month');
    expect(r.stdout).toContain('1. activities.a.min_quality: 0.9 (line 7) costs 6,667 EUR/month (+13.3%)');
    expect(r.stdout).toContain('2. activities.b.data: public (line 8) costs 6,000 EUR/month (+11.8%)');
    expect(r.stdout).toContain('3. activities.c.countries: [FR] (line 9) costs 4,000 EUR/month (+7.6%)');
    expect(r.stdout).toContain('countries.FR.capacity_hours: 2000 (line 3)');
    expect(r.stdout).toContain('one more hour of a costs 26.67 EUR');
    expect(r.stdout).toContain("raising a's quality floor by 0.01 costs 666.67 EUR/month (holds from 0.80 to 0.95)");
    expect(r.stdout).toContain(
      'RO  not used: would enter the plan 1.67 EUR/h cheaper (below 23.33 instead of 25.00 EUR/h)',
    );
    expect(r.stdout).toContain('MA  excluded by residency: FR only (data: public) (line 8)');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('--format json: structured, each item with its sentence', async () => {
    const r = await runMain(['explain', HAND, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.status).toBe('optimal');
    expect(doc.total_cost).toBeCloseTo(56_666.67, 2);
    expect(doc.rules[0]).toMatchObject({
      rule: 'activities.a.min_quality',
      kind: 'quality',
      line: 7,
      saving: 6666.67,
      default: false,
    });
    expect(doc.marginals_from).toBe('highs-ranging');
    expect(doc.marginals.find((m: { rule: string }) => m.rule === 'activities.a.min_quality')).toMatchObject({
      step: 0.01,
      change: 666.666667,
      range: { from: 0.8, to: 0.95 },
    });
    expect(
      doc.choices.find((c: { activity: string; country: string }) => c.activity === 'a' && c.country === 'RO'),
    ).toMatchObject({ status: 'unused', cheaper_by: 1.666667 });
  });

  it('--format md: Markdown sections', async () => {
    const r = await runMain(['explain', HAND, '-f', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## Hand-checked — why this plan/);
    expect(r.stdout).toContain('### What each rule costs');
    expect(r.stdout).toContain('- **a**');
  });

  it('exit 1: an infeasible scenario gets a minimal conflict with lines and the cheapest way out', async () => {
    const r = await runMain(['explain', COMBINATION]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'These rules cannot hold together (a minimal conflict: lifting any one of them gives a plan)',
    );
    expect(r.stdout).toContain('- countries.FR.capacity_hours: 1000 (line 8)');
    expect(r.stdout).toContain('- activities.sales.min_quality: 0.9 (line 14)');
    expect(r.stdout).toContain("lower sales's quality floor from 0.90 to 0.838 (line 14): a plan at 59,300 EUR/month");
    expect(r.stdout).toContain('add 310 h of capacity in FR (1,000 → 1,310 h) (line 8): a plan at 62,710 EUR/month');
    expect(r.stdout).toContain('Cheapest way out');
    expect(r.stderr).toContain('no plan satisfies the constraints');
    const json = JSON.parse((await runMain(['explain', COMBINATION, '-f', 'json'])).stdout);
    expect(json.total_cost).toBeNull();
    expect(json.conflict.map((m: { rule: string }) => m.rule).sort()).toEqual([
      'activities.care.min_quality',
      'activities.sales.min_quality',
      'countries.FR.capacity_hours',
    ]);
    expect(json.ways_out[0]).toMatchObject({ action: 'relax', from: 0.9, to: 0.838, plan_cost: 59300 });
  });

  it('--set: a variant is explained; a bad value names the option (exit 2)', async () => {
    const r = await runMain(['explain', HAND, '--set', 'countries.RO.cost_per_hour=23', '-f', 'json']);
    expect(r.code).toBe(0);
    expect(
      JSON.parse(r.stdout).choices.find(
        (c: { activity: string; country: string }) => c.activity === 'a' && c.country === 'RO',
      ).status,
    ).toBe('used');
    const bad = await runMain(['explain', HAND, '--set', 'countries.MA.cost_per_hour=abc']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--set countries.MA.cost_per_hour=abc: expected a positive cost per hour');
  });
});

describe('--set on plan, annex and check', () => {
  it('plan: several --set, values read as YAML, null deletes', async () => {
    const r = await runMain([
      'plan',
      HAND,
      '-f',
      'json',
      '--set',
      'activities.a.min_quality=null',
      '--set',
      'activities.c.countries=[FR, MA]',
    ]);
    expect(r.code).toBe(0);
    // a all in MA (20,000), b in FR (18,000), c in MA (8,000).
    expect(JSON.parse(r.stdout).total_cost).toBe(46_000);
  });

  it('plan: errors name the option; a typo in an id gets a suggestion; a malformed option is a usage error', async () => {
    const r = await runMain(['plan', HAND, '--set', 'activities.a.min_quality=1.5', '--set', 'activities.aa.hours=3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--set activities.a.min_quality=1.5: min_quality must be between 0 and 1');
    expect(r.stderr).toContain('--set activities.aa.hours=3: activities.aa is not in the scenario (did you mean "a"?)');
    const u = await runMain(['plan', HAND, '--set', 'activities.a.min_quality']);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('bestshore: --set activities.a.min_quality: expected path=value');
  });

  it('annex and check accept --set; check refuses --update with --set', async () => {
    const annex = await runMain(['annex', HAND, '-f', 'md', '--lang', 'en', '--set', 'countries.MA.cost_per_hour=19']);
    expect(annex.code).toBe(0);
    const check = await runMain(['check', HAND, '--set', 'countries.MA.cost_per_hour=19']);
    expect(check.stdout).toContain(HAND);
    const update = await runMain(['check', HAND, '--update', '--set', 'countries.MA.cost_per_hour=19']);
    expect(update.code).toBe(2);
    expect(update.stderr).toContain('--update cannot be combined with --set');
  });
});

describe('extends: base.yaml', () => {
  const base = write('base.yaml', readFileSync(HAND, 'utf8'));
  it('deep merge: maps by key, lists replace, null deletes; errors point into the right file', async () => {
    const child = write(
      'child.yaml',
      `extends: base.yaml
name: Child
countries:
  MA: null
activities:
  c: { countries: [FR, RO] }
`,
    );
    const r = await runMain(['plan', child, '-f', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.name).toBe('Child');
    expect(doc.allocation.some((x: { country: string }) => x.country === 'MA')).toBe(false);
    expect(doc.allocation.find((x: { activity: string }) => x.activity === 'c').country).toBe('RO');
    const bad = write('bad-child.yaml', 'extends: base.yaml\nactivities:\n  a:\n    hourz: 3\n');
    write('bad-base.yaml', readFileSync(base, 'utf8').replace('cost_per_hour: 25', 'cost_per_hour: -25'));
    const child2 = write('child2.yaml', 'extends: bad-base.yaml\nname: C\n');
    expect((await runMain(['validate', bad])).stderr).toContain(
      `${bad}:4:5 activities.a.hourz: unknown key "hourz" (did you mean "hours"?)`,
    );
    expect((await runMain(['validate', child2])).stderr).toContain(
      `${join(tmp, 'bad-base.yaml')}:4:9 countries.RO.cost_per_hour: expected a positive cost per hour`,
    );
  });

  it('a missing base or a cycle is reported at the extends line', async () => {
    const missing = write('missing.yaml', 'name: x\nextends: nope.yaml\n');
    expect((await runMain(['validate', missing])).stderr).toContain(
      `${missing}:2:1 extends: cannot use "nope.yaml": file not found`,
    );
    write('loop-a.yaml', 'extends: loop-b.yaml\n');
    const loop = write('loop-b.yaml', 'extends: loop-a.yaml\n');
    expect((await runMain(['validate', loop])).stderr).toContain('extends this file again');
  });
});

describe('bestshore compare', () => {
  it('two files side by side with the deltas; a variant of one file', async () => {
    const other = write(
      'other.yaml',
      readFileSync(HAND, 'utf8').replace('RO: { cost_per_hour: 25', 'RO: { cost_per_hour: 22'),
    );
    const r = await runMain(['compare', HAND, other]);
    expect(r.code).toBe(0);
    // RO at 22 (0.85) beats MA for a's floor: FR + RO half and half, 1,000 × (15 + 11) = 26,000.
    expect(r.stdout).toMatch(/│ Total cost EUR\s+│\s+56,667 │\s+56,000 │\s+−667 │/);
    const v = await runMain(['compare', HAND, '--variant', 'MA+10%=countries.MA.cost_per_hour=22', '-f', 'json']);
    expect(v.code).toBe(0);
    const doc = JSON.parse(v.stdout);
    // Files are labelled by their base name.
    expect(doc.columns.map((c: { label: string }) => c.label)).toEqual(['hand.yaml', 'MA+10%']);
    // a: 1,000 × (20 + 22/3); +666.67 against MA at 20.
    expect(doc.rows[0]).toMatchObject({ label: 'Total cost', deltas: [0, 666.67] });
  });

  it('exit 1 when a variant has no plan; exit 2 with one scenario only or a bad variant', async () => {
    const r = await runMain(['compare', HAND, '--variant', 'tight=countries.FR.capacity_hours=100']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no plan');
    expect(r.stderr).toContain('no plan satisfies the constraints of tight');
    expect((await runMain(['compare', HAND])).code).toBe(2);
    const bad = await runMain(['compare', HAND, '--variant', 'x=countries.MA.cost_per_hour=-1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--variant "x": countries.MA.cost_per_hour=-1: expected a positive cost per hour');
  });
});

describe('bestshore sweep', () => {
  it('grid, csv: one line per point with cost and shares', async () => {
    const r = await runMain([
      'sweep',
      HAND,
      '--vary',
      'countries.MA.cost_per_hour=18..22:3',
      '--vary',
      'activities.b.hours=500,700',
      '-f',
      'csv',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFpoint,countries.MA.cost_per_hour,activities.b.hours,status,total_cost,share_FR,share_RO,share_MA',
    );
    expect(lines).toHaveLength(7);
    // 1,000 × (20 + 18/3) + 500 × 30 + 12,000.
    expect(lines[1]).toMatch(/^1,18,500,optimal,53000,/);
  });

  it('Monte Carlo, json: seeded, bands P10 ≤ P50 ≤ P90, tornado', async () => {
    const args = [
      'sweep',
      HAND,
      '--spread',
      'countries.MA.cost_per_hour=±10%',
      '--spread',
      'countries.FR.cost_per_hour=±5%',
      '--samples',
      '200',
      '--seed',
      '7',
      '-f',
      'json',
    ];
    const a = JSON.parse((await runMain(args)).stdout);
    const b = JSON.parse((await runMain(args)).stdout);
    expect(a.points).toEqual(b.points);
    expect(a.points).toHaveLength(200);
    expect(a.bands.cost.p10).toBeLessThanOrEqual(a.bands.cost.p50);
    expect(a.bands.cost.p50).toBeLessThanOrEqual(a.bands.cost.p90);
    expect(a.inputs[0]).toMatchObject({ path: 'countries.MA.cost_per_hour', base: 20, low: 18, high: 22 });
    // FR carries 666.67 + 600 + 400 h: 30 ± 1.5 €/h moves the total by 3 × 1,666.67 = 5,000;
    // MA carries 333.33 h: 20 ± 2 €/h moves it by 4 × 333.33 = 1,333.33.
    expect(a.tornado.map((t: { input: string; swing: number }) => [t.input, t.swing])).toEqual([
      ['countries.FR.cost_per_hour', expect.closeTo(5000, 4)],
      ['countries.MA.cost_per_hour', expect.closeTo(1333.33, 2)],
    ]);
    expect(a.stats.patched).toBe(200);
  });

  it('table: points, tornado; exit 1 when some points have no plan', async () => {
    const r = await runMain(['sweep', HAND, '--vary', 'countries.FR.capacity_hours=500..2000:4']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('sweep of 4 points (grid; scenario as written: 56,667 EUR per month)');
    expect(r.stdout).toContain('no plan');
    expect(r.stdout).toContain('Tornado');
    expect(r.stderr).toContain('points have no plan');
  });

  it('exit 2: bad syntax, a value the scenario rejects, or no input at all, naming the option', async () => {
    expect((await runMain(['sweep', HAND, '--vary', 'countries.MA.cost_per_hour=abc'])).stderr).toContain(
      '--vary countries.MA.cost_per_hour=abc: expected path=from..to:steps',
    );
    const neg = await runMain(['sweep', HAND, '--vary', 'countries.MA.cost_per_hour=-5..20:3']);
    expect(neg.code).toBe(2);
    expect(neg.stderr).toContain('--vary countries.MA.cost_per_hour=-5..20:3: expected a positive cost per hour');
    expect((await runMain(['sweep', HAND, '--spread', 'countries.RO.capacity_hours=±10%'])).stderr).toContain(
      'the scenario has no number at countries.RO.capacity_hours',
    );
    expect((await runMain(['sweep', HAND])).code).toBe(2);
    expect(
      (await runMain(['sweep', HAND, '--vary', 'countries.MA.cost_per_hour=18..22:3', '--samples', '5'])).code,
    ).toBe(2);
  });
});

describe('help', () => {
  it('lists the new commands and options', async () => {
    const r = await runMain(['--help']);
    expect(r.stdout).toContain('explain [options] <scenario>');
    expect(r.stdout).toContain('compare [options] <scenarios...>');
    expect(r.stdout).toContain('sweep [options] <scenario>');
    expect((await runMain(['plan', '--help'])).stdout).toContain('--set <path=value>');
  });
});
