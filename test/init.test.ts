import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES, SCHEMA_FILE } from '../src/cli/commands/initNames.js';
import { scenarioJsonSchema } from '../src/model/ruleSchema.js';
import { ROOT } from './helpers.js';
import { runMain, scratch } from './support/inProcess.js';

const schemaPath = (scenario: string): string => {
  const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(readFileSync(scenario, 'utf8'));
  if (!m?.[1]) throw new Error(`${scenario}: no $schema line`);
  return join(scenario, '..', m[1]);
};

describe('bestshore init', () => {
  it('writes a commented starter and its schema beside it; the $schema line points to that file; it plans', async () => {
    const { dir } = scratch('bestshore-init-');
    const file = join(dir, 'scenario.yaml');
    const r = await runMain(['init', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(schemaPath(file)).toBe(join(dir, SCHEMA_FILE));
    expect(JSON.parse(readFileSync(join(dir, SCHEMA_FILE), 'utf8'))).toEqual(scenarioJsonSchema());
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n').filter((l) => l.trimStart().startsWith('#')).length).toBeGreaterThan(10);
    const plan = await runMain(['plan', file, '--format', 'json']);
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout).status).toBe('optimal');
  });

  it('--from SAMPLE copies the sample (same plan) with its $schema line pointing beside it', async () => {
    const { dir } = scratch('bestshore-init-');
    const file = join(dir, 'bid.yaml');
    expect((await runMain(['init', file, '--from', 'tourism'])).code).toBe(0);
    expect(schemaPath(file)).toBe(join(dir, SCHEMA_FILE));
    const sample = readFileSync(join(ROOT, 'scenarios/tourism.yaml'), 'utf8');
    expect(readFileSync(file, 'utf8').split('\n').slice(1)).toEqual(sample.split('\n').slice(1));
    const copied = await runMain(['plan', file, '--format', 'csv']);
    const original = await runMain(['plan', join(ROOT, 'scenarios/tourism.yaml'), '--format', 'csv']);
    expect(copied.stdout).toBe(original.stdout);
  });

  it('keeps an existing scenario unless --force, and rejects an unknown sample (exit 2)', async () => {
    const { dir } = scratch('bestshore-init-');
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, 'name: mine\n');
    const kept = await runMain(['init', file]);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain('exists');
    expect(readFileSync(file, 'utf8')).toBe('name: mine\n');
    expect((await runMain(['init', file, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('A starter scenario');
    expect((await runMain(['init', join(dir, 'x.yaml'), '--from', 'nowhere'])).code).toBe(2);
  });

  it('--from offers exactly the samples of scenarios/', () => {
    const samples = readdirSync(join(ROOT, 'scenarios'))
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => n.slice(0, -5));
    expect([...SAMPLES].sort()).toEqual(samples.sort());
  });
});
