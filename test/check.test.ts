import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { runMain } from './support/inProcess.js';

const fresh = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'bestshore-check-'));
  copyFileSync(join(ROOT, 'scenarios/telecom.yaml'), join(dir, 'telecom.yaml'));
  return dir;
};

describe('bestshore check', () => {
  it('fails without a golden, writes it with --update, then passes', async () => {
    const dir = fresh();
    const missing = await runMain(['check', dir]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('no golden result');
    const up = await runMain(['check', dir, '--update']);
    expect(up.code).toBe(0);
    const golden = JSON.parse(readFileSync(join(dir, 'telecom.expected.json'), 'utf8'));
    expect(golden.status).toBe('optimal');
    expect(golden.total_cost).toBeGreaterThan(0);
    const again = await runMain(['check', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('1 passed, 0 failed');
  });

  it('prints what moved when a plan changes, and writes a JUnit report', async () => {
    const dir = fresh();
    await runMain(['check', dir, '--update']);
    const file = join(dir, 'telecom.yaml');
    // Morocco gets dearer than Romania: tech-support moves.
    writeFileSync(file, readFileSync(file, 'utf8').replace('cost_per_hour: 17', 'cost_per_hour: 23'));
    const junit = join(dir, 'report.xml');
    const r = await runMain(['check', dir, '--junit', junit]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/DIFFERS .*telecom\.yaml/);
    expect(r.stdout).toMatch(/total cost: expected [\d,.]+, got [\d,.]+ \(\+/);
    expect(r.stdout).toMatch(/acquisition in MA: expected 20.67%, got \d+\.\d\d%/);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain('<testsuites name="bestshore check" tests="1" failures="1" errors="0"');
    expect(xml).toContain('<failure message="plan differs from its golden result">');
  });

  it('reads an expect: block in the scenario, and --update rewrites it keeping comments', async () => {
    const dir = fresh();
    const file = join(dir, 'telecom.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}expect:\n  status: infeasible\n`);
    const r = await runMain(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('status: expected infeasible, got optimal');
    expect((await runMain(['check', file, '--update'])).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# Telecom operator');
    expect(text).toMatch(/expect:\n {2}status: optimal\n {2}total_cost: \d+/);
    expect(existsSync(join(dir, 'telecom.expected.json'))).toBe(false);
    expect((await runMain(['check', file])).code).toBe(0);
  });

  it('exit 2 when a scenario is invalid', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'broken.yaml'), 'name: x\n');
    const r = await runMain(['check', dir, '--update']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/INVALID .*broken\.yaml/);
  });

  it("the project's own sample scenarios match their goldens", async () => {
    const r = await runMain(['check', 'scenarios']);
    expect(r.stdout).not.toContain('DIFFERS');
    expect(r.code).toBe(0);
  });
});

describe('bestshore validate and schema', () => {
  it('validate: exit 0 for valid files, 2 with every error located otherwise', async () => {
    const ok = await runMain(['validate', 'scenarios/telecom.yaml']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('scenarios/telecom.yaml: valid (4 activities, 3 countries)\n');
    const dir = fresh();
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'name: x\ncountries: {}\nactivities:\n  a: { language: fr, hours: -1 }\n');
    const r = await runMain(['validate', 'scenarios/telecom.yaml', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:2:1 countries: expected at least one country`);
    expect(r.stderr).toContain(`${bad}:4:22 activities.a.hours: expected a positive number of hours`);
  });

  it('schema: the committed docs/scenario.schema.json is the generated one', async () => {
    const r = await runMain(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'docs/scenario.schema.json'), 'utf8'));
    const schema = JSON.parse(r.stdout).$defs.scenario;
    // An optional field also takes null (a variant deletes a key of its base with it).
    expect(schema.properties.activities.additionalProperties.properties.hours.anyOf[0].minimum).toBe(0.01);
    expect(schema.properties.countries.additionalProperties.additionalProperties).toBe(false);
  });
});
