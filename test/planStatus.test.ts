import { describe, expect, it } from 'vitest';
import { runMain } from './support/inProcess.js';

/**
 * `plan` on a terminal says what a long solve is doing (Io.status, stderr only): the steps of a
 * whole-agent queue model in order, then the line cleared; nothing of it reaches stdout.
 */
describe('plan status line', () => {
  it('names each step of a queue solve, then clears', async () => {
    const steps: string[] = [];
    const r = await runMain(['plan', 'scenarios/energy.yaml', '--format', 'json'], { status: (t) => steps.push(t) });
    expect(r.code, r.stderr).toBe(0);
    expect(steps[0]).toMatch(/^branch and bound \(\d+ integers\)$/);
    expect(steps[1]).toMatch(/^LP relaxation \([\d,]+ columns\)$/);
    expect(
      steps.some((s) =>
        /^branch and bound over [\d,]+ of [\d,]+ staffing patterns$|^branch and bound over all [\d,]+ staffing patterns$/.test(
          s,
        ),
      ),
    ).toBe(true);
    expect(steps[steps.length - 1]).toBe('');
    expect(JSON.parse(r.stdout)).toHaveProperty('total_cost');
  });

  it('a rota says its three steps', async () => {
    const steps: string[] = [];
    const r = await runMain(
      [
        'plan',
        'scenarios/tourism.yaml',
        '--set',
        'shifts={}',
        '--set',
        'activities=null',
        '--set',
        'activities.desk={ language: en, hours: 400, coverage: "Mon-Fri 09:00-17:00" }',
        '--format',
        'json',
      ],
      { status: (t) => steps.push(t) },
    );
    expect(r.code, r.stderr).toBe(0);
    const rota = steps.filter((s) => s.startsWith('rota, step'));
    // A step may say more than once what it is doing: its order is what counts.
    expect([...new Set(rota.map((s) => s.slice(0, 'rota, step 1 of 3'.length)))].slice(0, 3)).toEqual([
      'rota, step 1 of 3',
      'rota, step 2 of 3',
      'rota, step 3 of 3',
    ]);
    expect(steps[steps.length - 1]).toBe('');
  });
});
