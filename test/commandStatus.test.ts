import { describe, expect, it } from 'vitest';
import { runMain } from './support/inProcess.js';

/**
 * The commands that can take seconds say what they do on a terminal (Io.status, stderr only),
 * then clear the line; without a terminal (no Io.status) nothing is drawn. planStatus.test.ts
 * and explainStatus.test.ts cover plan and explain; sweep, pareto and alternatives draw a bar.
 */
async function steps(argv: readonly string[]): Promise<{ steps: string[]; code: number; stdout: string }> {
  const seen: string[] = [];
  const r = await runMain(argv, { status: (t) => seen.push(t) });
  return { steps: seen, code: r.code, stdout: r.stdout };
}

describe('status line', () => {
  it('roadmap: the months, then its solves, then cleared', async () => {
    const r = await steps(['roadmap', 'test/fixtures/roadmap/small.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.steps[0]).toBe('roadmap over 12 months');
    expect(r.steps.slice(1, -1).every((s) => s.startsWith('roadmap: '))).toBe(true);
    expect(r.steps.length).toBeGreaterThan(2);
    expect(r.steps[r.steps.length - 1]).toBe('');
    expect(r.stdout).not.toContain('roadmap:');
  });

  it('compare: each scenario in turn, counted', async () => {
    const argv = ['compare', 'scenarios/energy.yaml', '--variant', 'w=countries.MA.cost_per_hour=19', '-f', 'json'];
    const r = await steps(argv);
    expect(r.code).toBe(0);
    expect(r.steps).toContain('planning energy.yaml (1/2)');
    expect(r.steps).toContain('planning w (2/2)');
    expect(r.steps.some((s) => /^w \(2\/2\): branch and bound/.test(s))).toBe(true);
    expect(r.steps[r.steps.length - 1]).toBe('');
  });

  it('check: each file in turn, cleared before its verdict', async () => {
    const r = await steps(['check', 'scenarios/telecom.yaml', 'scenarios/energy.yaml']);
    expect(r.code).toBe(0);
    // check sorts the files it is given: the count says which is which.
    const planning = r.steps.filter((s) => s.startsWith('planning '));
    expect(planning.map((s) => s.replace(/\(\d\/2\)$/, '')).sort()).toEqual([
      'planning scenarios/energy.yaml ',
      'planning scenarios/telecom.yaml ',
    ]);
    expect(planning.map((s) => /\((\d)\/2\)$/.exec(s)?.[1])).toEqual(['1', '2']);
    expect(r.steps.filter((s) => s === '').length).toBe(2);
  });

  it('sweep: a short sweep (no progress bar) says how many points it plans', async () => {
    const argv = ['sweep', 'scenarios/telecom.yaml', '--vary', 'countries.MA.cost_per_hour=18..22:3', '-f', 'json'];
    const r = await steps(argv);
    expect(r.code).toBe(0);
    expect(r.steps).toEqual(['sweep: planning 3 points', '']);
  });
});
