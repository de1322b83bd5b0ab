import { describe, expect, it } from 'vitest';
import { runMain } from './support/inProcess.js';

const CASE1 = ['erlang', '--volume', '100', '--interval', '30', '--aht', '180'];
const json = async (args: readonly string[]): Promise<Record<string, unknown>> => {
  const r = await runMain([...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};
const row = (label: string, value: string): RegExp =>
  new RegExp(`│ ${label.replace(/[()]/g, '\\$&')}\\s+│\\s+${value} │`);

describe('bestshore erlang', () => {
  it('table: reference case 1 needs 14 agents, 20 scheduled, without colour', async () => {
    const r = await runMain([...CASE1, '--sl', '80/20', '--occupancy-max', '0.85', '--shrinkage', '0.3']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Erlang C (nobody hangs up) — agents needed');
    expect(r.stdout).toContain('100 contacts per 30 min × AHT 180 s = 10.00 Erlangs');
    expect(r.stdout).toMatch(row('Agents needed', '14'));
    expect(r.stdout).toContain('set by the service level: 13 reach 79.6%');
    expect(r.stdout).toMatch(row('Service level', '88.8%'));
    expect(r.stdout).toMatch(row('P(wait)', '17.4%'));
    expect(r.stdout).toMatch(row('Occupancy', '71.4%'));
    expect(r.stdout).toMatch(row('Scheduled staff', '20'));
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('json: the documented fields, reference values 1', async () => {
    const doc = await json([...CASE1, '--sl', '80/20', '--occupancy-max', '0.85', '--shrinkage', '0.3']);
    expect(doc).toMatchObject({
      model: 'erlang-c',
      mode: 'needed',
      traffic_erlangs: 10,
      agents: 14,
      scheduled: 20,
      binding: ['service_level'],
    });
    expect(doc['service_level']).toBeCloseTo(0.888, 3);
    expect(doc['p_wait']).toBeCloseTo(0.174, 3);
    expect(doc['occupancy']).toBeCloseTo(0.714, 3);
    expect(doc['asa']).toBeCloseTo(7.84, 2);
    expect(doc).not.toHaveProperty('p_abandon');
    expect(doc['inputs']).toEqual({
      volume: 100,
      interval_minutes: 30,
      aht_seconds: 180,
      service_level_target: { share: 0.8, within_seconds: 20 },
      asa_target_seconds: null,
      p_wait_target: null,
      occupancy_max: 0.85,
      shrinkage: 0.3,
      patience_seconds: null,
      agents: null,
    });
  });

  it('reference 2: occupancy cap 0.70 → 15 agents, 22 scheduled, set by the cap', async () => {
    const doc = await json([...CASE1, '--occupancy-max', '0.7']);
    expect(doc).toMatchObject({ agents: 15, scheduled: 22, binding: ['occupancy'] });
    expect(doc['service_level']).toBeCloseTo(0.941, 3);
  });

  it('reference 3 with --agents: 55 agents for 48 Erlangs, T = 15 s', async () => {
    const doc = await json(['erlang', '--volume', '360', '--aht', '240', '--agents', '55', '--sl', '80/15']);
    // 48/55 = 87% busy: over the default 85% cap.
    expect(doc).toMatchObject({
      mode: 'given',
      agents: 55,
      traffic_erlangs: 48,
      service_level_seconds: 15,
      missed: ['occupancy'],
    });
    expect(doc['p_wait']).toBeCloseTo(0.2387, 4);
    expect(doc['service_level']).toBeCloseTo(0.846, 3);
    expect(doc['asa']).toBeCloseTo(8.2, 1);
  });

  it('reference 4: P(wait) ≤ 10% on an hourly interval → 6 agents', async () => {
    const r = await runMain(['erlang', '--volume', '30', '--interval', '60', '--aht', '300', '--pwait', '0.1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(row('Agents needed', '6'));
    expect(r.stdout).toContain('set by the P(wait) target: 5 give P(wait) 13.0%');
    expect(
      (await json(['erlang', '--volume', '30', '--interval', '60', '--aht', '300', '--pwait', '0.1']))['p_wait'],
    ).toBeCloseTo(0.0474, 4);
  });

  it('reference 6: --patience switches to Erlang A and reports P(abandon)', async () => {
    const doc = await json([...CASE1, '--patience', '300', '--agents', '14']);
    expect(doc).toMatchObject({
      model: 'erlang-a',
      agents: 14,
      p_wait: 0.14526,
      p_abandon: 0.013984,
      service_level: 0.916792,
    });
    const r = await runMain([...CASE1, '--patience', '300', '--agents', '14']);
    expect(r.stdout).toContain('Erlang A (callers hang up after 300 s on average) — 14 agents');
    expect(r.stdout).toMatch(row('P(abandon)', '1.4%'));
  });

  it('--agents below the traffic: reported as unstable, targets missed, still exit 0', async () => {
    const r = await runMain([...CASE1, '--agents', '10']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(row('ASA', '∞'));
    expect(r.stdout).toContain('Unstable: 10 agents for 10.00 Erlangs');
    expect(r.stdout).toContain('target 80% (default) — missed');
    expect(await json([...CASE1, '--agents', '10'])).toMatchObject({
      stable: false,
      asa: null,
      p_wait: 1,
      missed: ['service_level', 'occupancy'],
    });
  });

  it('a large queue (2,000 Erlangs) answers at once', async () => {
    const doc = await json(['erlang', '--volume', '20000', '--aht', '180', '--occupancy-max', '1']);
    expect(doc['traffic_erlangs']).toBe(2000);
    expect(doc['agents']).toBe(2012);
    expect(doc['service_level']).toBeGreaterThanOrEqual(0.8);
  });

  it('help lists the calculator options', async () => {
    const r = await runMain(['erlang', '--help']);
    expect(r.code).toBe(0);
    for (const flag of [
      '--volume',
      '--interval',
      '--aht',
      '--sl',
      '--asa',
      '--pwait',
      '--occupancy-max',
      '--shrinkage',
      '--patience',
      '--agents',
      '--format',
    ]) {
      expect(r.stdout).toContain(flag);
    }
  });
});

describe('bestshore erlang: bad input is exit 2 with a message naming the option', () => {
  const cases: readonly (readonly [string, readonly string[], string])[] = [
    ['AHT ≤ 0', ['erlang', '--volume', '100', '--aht', '0'], '--aht: expected a number of seconds above 0, got "0"'],
    [
      'occupancy above 1',
      [...CASE1, '--occupancy-max', '1.2'],
      '--occupancy-max: expected a share above 0 and at most 1',
    ],
    ['occupancy 0', [...CASE1, '--occupancy-max', '0'], '--occupancy-max: expected a share above 0 and at most 1'],
    ['shrinkage 1', [...CASE1, '--shrinkage', '1'], '--shrinkage: expected a share from 0 up to (not including) 1'],
    ['negative shrinkage', [...CASE1, '--shrinkage=-0.1'], '--shrinkage: expected a share'],
    ['SL not like 80/20', [...CASE1, '--sl', '80-20'], '--sl: expected PERCENT/SECONDS such as 80/20'],
    ['SL above 100%', [...CASE1, '--sl', '120/20'], '--sl: the percentage must be at most 100'],
    [
      'negative volume',
      ['erlang', '--volume', '-5', '--aht', '180'],
      '--volume: expected a number of contacts ≥ 0, got "-5"',
    ],
    [
      'volume not a number',
      ['erlang', '--volume', 'lots', '--aht', '180'],
      '--volume: expected a number of contacts ≥ 0, got "lots"',
    ],
    ['missing volume', ['erlang', '--aht', '180'], '--volume is required'],
    ['missing AHT', ['erlang', '--volume', '100'], '--aht is required'],
    ['fractional agents', [...CASE1, '--agents', '2.5'], '--agents: expected a whole number of agents ≥ 1'],
    ['patience 0', [...CASE1, '--patience', '0'], '--patience: expected a number of seconds above 0'],
    ['P(wait) above 1', [...CASE1, '--pwait', '1.5'], '--pwait: expected a share from 0 to 1'],
    [
      'unreachable 100% within 0 s',
      [...CASE1, '--sl', '100/0'],
      '--sl 100/0 is unreachable: 100% of contacts answered within 0 s cannot be guaranteed',
    ],
    [
      'unreachable 100% with abandonment',
      [...CASE1, '--sl', '100/20', '--patience', '60'],
      '--sl 100/20 is unreachable: ',
    ],
    ['unreachable P(wait) = 0', [...CASE1, '--pwait', '0'], '--pwait 0 is unreachable: no contact ever waiting'],
    ['unreachable ASA = 0', [...CASE1, '--asa', '0'], '--asa 0 is unreachable'],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const r = await runMain(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`bestshore: ${message}`);
    });
  }

  it('an unknown format is refused by the option table', async () => {
    const r = await runMain([...CASE1, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'csv' is invalid");
  });
});
