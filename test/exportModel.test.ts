import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHighs } from '../src/solver/highsSolver.js';
import { runMain, scratch } from './support/inProcess.js';

/** The optimum of a model file, read back and solved by HiGHS on its own (not through bestshore's model). */
async function solveFile(format: 'mps' | 'lp', data: string | Uint8Array): Promise<number> {
  const h = await loadHighs();
  return h.withModel((m) => {
    m.options.set({ output_flag: false });
    m.readModel({ format, data });
    m.run();
    return m.getObjectiveValue();
  });
}

describe('plan --export-model', () => {
  const dir = scratch('bestshore-export-');
  for (const format of ['mps', 'lp'] as const) {
    it(`writes the model as ${format}: solved on its own, it has the plan's cost`, async () => {
      const file = join(dir.dir, `telecom.${format}`);
      const r = await runMain(['plan', 'scenarios/telecom.yaml', '--format', 'json', '--export-model', file]);
      expect(r.code).toBe(0);
      const cost = Number((JSON.parse(r.stdout) as { total_cost: number }).total_cost);
      const data = format === 'mps' ? new Uint8Array(readFileSync(file)) : readFileSync(file, 'utf8');
      expect(await solveFile(format, data)).toBeCloseTo(cost, 4);
      if (format === 'mps') expect(readFileSync(file, 'utf8')).toContain('demand.acquisition');
    });
  }

  it('a mixed-integer model keeps its integer columns (site economics)', async () => {
    const file = join(dir.dir, 'sites.mps');
    const r = await runMain([
      'plan',
      'test/fixtures/sites/continuity.yaml',
      '--format',
      'json',
      '--export-model',
      file,
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^ BV BOUND +open\.MA *$/m);
    expect(await solveFile('mps', new Uint8Array(readFileSync(file)))).toBeCloseTo(184233.33, 1);
  });

  it('refuses a file name that is neither .mps nor .lp (exit 2)', async () => {
    const r = await runMain(['plan', 'scenarios/telecom.yaml', '--export-model', join(dir.dir, 'model.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--export-model');
  });
});
