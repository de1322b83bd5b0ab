/** The library entry as a user imports it: the package's own name, resolved through its `exports` (the build's dist/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, plan, read, readText, render, renderExplanation, VERSION, type EngineName } from 'bestshore';
import { ENGINE_NAMES } from '../src/solver/engines.js';
import { ROOT } from './helpers.js';
import { runMain } from './support/inProcess.js';

const telecom = join(ROOT, 'scenarios/telecom.yaml');

describe("import from 'bestshore'", () => {
  it('read → plan → render gives what `bestshore plan` prints, in every format', async () => {
    const r = await read(telecom);
    if (!r.ok) throw new Error('telecom should read');
    const outcome = await plan(r.scenario);
    expect(outcome.status).toBe('optimal');
    for (const format of ['json', 'csv', 'md', 'table'] as const) {
      const cli = await runMain(['plan', telecom, '--format', format]);
      expect(render(outcome, format)).toBe(cli.stdout);
    }
    expect(render(outcome, 'csv', { locale: 'fr' })).toBe(
      (await runMain(['plan', telecom, '--format', 'csv', '--locale', 'fr'])).stdout,
    );
  });

  it('width fits the table as the terminal does; onProgress hears the steps of a solve', async () => {
    const r = await read(telecom);
    if (!r.ok) throw new Error('telecom should read');
    const outcome = await plan(r.scenario);
    const narrow = render(outcome, 'table', { width: 60 });
    expect(Math.max(...narrow.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(60);
    expect(narrow).not.toBe(render(outcome, 'table'));
    expect(narrow).toBe((await runMain(['plan', telecom], { width: 60 })).stdout);
    const energy = await read(join(ROOT, 'scenarios/energy.yaml'));
    if (!energy.ok) throw new Error('energy should read');
    const steps: string[] = [];
    await plan(energy.scenario, { onProgress: (step) => steps.push(step) });
    expect(steps[0]).toMatch(/^branch and bound \(\d+ integers\)$/);
  });

  it('bad input is a value with file, line and field, not an exception', async () => {
    const r = readText(
      'name: x\ncountries:\n  FR: { cost_per_hour: -3, languages: { fr: 0.9 } }\nactivities: {}\n',
      'mine.yaml',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.find((d) => d.path === 'countries.FR.cost_per_hour')).toMatchObject({
      file: 'mine.yaml',
      line: 3,
    });
    const missing = await read(join(ROOT, 'no-such-file.yaml'));
    expect(missing.ok).toBe(false);
    const badSet = await read(telecom, { set: ['no equals sign'] });
    expect(badSet.ok ? [] : badSet.diagnostics.map((d) => d.file)).toEqual(['--set']);
  });

  it('set overrides a value as --set does', async () => {
    const r = await read(telecom, { set: ['countries.MA.cost_per_hour=30'] });
    if (!r.ok) throw new Error('should read');
    const cli = await runMain(['plan', telecom, '--set', 'countries.MA.cost_per_hour=30', '--format', 'json']);
    expect(render(await plan(r.scenario), 'json')).toBe(cli.stdout);
  });

  it('explain and renderExplanation match `bestshore explain`', async () => {
    // Tourism: an hourly-coverage LP with 35 rules priced, 14 marginal values and every "why".
    const file = join(ROOT, 'scenarios/tourism.yaml');
    const r = await read(file);
    if (!r.ok) throw new Error('should read');
    const e = await explain(r.scenario);
    expect(renderExplanation(e, 'json')).toBe((await runMain(['explain', file, '--format', 'json'])).stdout);
  }, 120_000);

  it('misuse throws: an unknown format or solver', async () => {
    const r = await read(telecom);
    if (!r.ok) throw new Error('should read');
    const outcome = await plan(r.scenario);
    // @ts-expect-error: not a format
    expect(() => render(outcome, 'pdf')).toThrow(/unknown format "pdf"/);
    // @ts-expect-error: not an engine
    await expect(plan(r.scenario, { solver: 'cplex' })).rejects.toThrow(/unknown solver "cplex"/);
  });

  it('EngineName lists the engines the CLI offers', () => {
    const names: readonly EngineName[] = ['auto', 'highs', 'javascript-lp-solver', 'glpk'];
    expect([...ENGINE_NAMES].sort()).toEqual([...names].sort());
  });

  it('VERSION is the package version', () => {
    expect(VERSION).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
