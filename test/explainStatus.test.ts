import { describe, expect, it } from 'vitest';
import { runMain } from './support/inProcess.js';

/**
 * `explain` on a terminal shows where it is (Io.status and Io.progress, stderr only): the plan,
 * then a bar over the rules priced, then the line cleared; the output is the one without them.
 */
describe('explain status line and progress', () => {
  it('names its steps, counts the rules, clears, and changes nothing on stdout', async () => {
    const steps: string[] = [];
    const counts: [number, number, string | undefined][] = [];
    const args = ['explain', 'test/fixtures/explain/hand.yaml', '--format', 'json'];
    const r = await runMain(args, {
      status: (t) => steps.push(t),
      progress: (done, total, unit) => counts.push([done, total, unit]),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(steps[0]).toBe('planning');
    const rules = (JSON.parse(r.stdout) as { rules: unknown[] }).rules.length;
    expect(steps).toContain(`the price of ${rules} rules`);
    expect(steps[steps.length - 1]).toBe('');
    expect(counts.length).toBe(rules);
    expect(counts[counts.length - 1]).toEqual([rules, rules, 'rules']);
    const quiet = await runMain(args);
    expect(quiet.stdout).toBe(r.stdout);
  });

  it('a mixed-integer plan says its branch and bound while planning', async () => {
    const steps: string[] = [];
    const r = await runMain(['explain', 'test/fixtures/sites/continuity.yaml', '--format', 'json'], {
      status: (t) => steps.push(t),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(steps.slice(0, 2)).toEqual(['planning', expect.stringMatching(/^branch and bound \(\d+ integers\)$/)]);
    expect(steps[steps.length - 1]).toBe('');
  });
});

describe('explain --workers', () => {
  it('refuses a number of threads that is not a positive integer (exit 2)', async () => {
    const r = await runMain(['explain', 'test/fixtures/explain/hand.yaml', '--workers', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--workers');
  });

  it('gives the same explanation whatever the number of threads', async () => {
    const args = ['explain', 'test/fixtures/explain/hand.yaml', '--format', 'json'];
    const one = await runMain([...args, '--workers', '1']);
    const three = await runMain([...args, '--workers', '3']);
    expect(one.code, one.stderr).toBe(0);
    expect(three.stdout).toBe(one.stdout);
  });
});
