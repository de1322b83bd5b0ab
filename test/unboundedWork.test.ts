import { describe, expect, it } from 'vitest';
import { runMain, scratch } from './support/inProcess.js';

/**
 * Work that --time-limit does not cover must be bounded too: reading a file is linear in its
 * size, the Erlang calculator and a scenario's queues are held to a traffic limit, and the
 * command line's numbers (time limit, path depth, sweep sizes, engine size) are bounded, each
 * refusal an exit 2 with a message rather than minutes of work or an internal error.
 */
const tmp = scratch('bestshore-unbounded-');

const COUNTRIES = `countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  RO: { cost_per_hour: 20, languages: { fr: 0.85 } }
`;

describe('unbounded work: the checks of a file are linear in its size', () => {
  it('80,000 keys inside the 1 MiB limit are read in seconds (the duplicate-key check is linear)', async () => {
    const keys = Array.from({ length: 80_000 }, (_, i) => ` k${i}: 1`).join('\n');
    const file = tmp.write(
      'keys.yaml',
      `name: keys\n${COUNTRIES}activities:\n  a: { language: fr, hours: 10 }\nx:\n${keys}\n`,
    );
    const started = performance.now();
    const r = await runMain(['validate', file]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:7:1 x: unknown key "x"`);
  }, 60_000);

  it('duplicate keys are still found in every map, as the YAML library compares them', async () => {
    const file = tmp.write(
      'dups.yaml',
      `name: dups
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9, "fr": 0.8 } }
  RO: { cost_per_hour: 20, languages: { fr: 0.85 } }
activities:
  "1": { language: fr, hours: 10 }
  1: { language: fr, hours: 10 }
  a: { language: fr, hours: 10 }
  a: { language: fr, hours: 20 }
`,
    );
    const r = await runMain(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l.includes('duplicate key'))).toEqual([
      `${file}:3:50 duplicate key: each key may appear only once in a map`,
      `${file}:9:3 duplicate key: each key may appear only once in a map`,
    ]);
  });
});

describe('unbounded work: bestshore erlang and contact queues', () => {
  it('erlang --volume 1e12 is refused at once (it ran for an hour)', async () => {
    const r = await runMain(['erlang', '--volume', '1e12', '--aht', '180']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('bestshore: --volume: expected at most 10000000 contacts per interval, got "1e12"\n');
  }, 20_000);

  it('a traffic above 100,000 Erlangs is refused, naming the options that make it', async () => {
    const r = await runMain(['erlang', '--volume', '1e7', '--aht', '180']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'bestshore: --volume 1e7 per 30 min × --aht 180 s is 1000000 Erlangs; the limit is 100000',
    );
  }, 20_000);

  it.each([
    [['--volume', '100', '--aht', '1e6'], '--aht: expected at most 86400 seconds (one day), got "1e6"'],
    [
      ['--volume', '100', '--aht', '180', '--interval', '1e5'],
      '--interval: expected at most 1440 minutes (one day), got "1e5"',
    ],
    [['--volume', '100', '--aht', '180', '--agents', '1e9'], '--agents: expected at most 1000000 agents, got "1e9"'],
    [
      ['--volume', '100', '--aht', '180', '--sl', '80/100000'],
      '--sl: the threshold must be at most 86400 s (one day), got 100000',
    ],
    [
      ['--volume', '100', '--aht', '180', '--patience', '1e7'],
      '--patience: expected at most 86400 seconds (one day), got "1e7"',
    ],
    [['--volume', '100', '--aht', '180', '--asa', '1e7'], '--asa: expected at most 86400 seconds (one day), got "1e7"'],
  ])(
    'erlang %j: exit 2',
    async (args, message) => {
      const r = await runMain(['erlang', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    },
    20_000,
  );

  it('a contact queue whose busiest hour is above the traffic limit is refused at its contacts', async () => {
    const file = tmp.write(
      'traffic.yaml',
      `name: traffic\n${COUNTRIES}activities:
  voice: { language: fr, contacts: { volume: 100000000, aht: 3600 }, coverage: "Mon-Fri 08:00-20:00" }
`,
    );
    const r = await runMain(['plan', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${file}:6:26 activities.voice.contacts: the busiest hour carries 384,615 Erlangs of traffic; the limit is 100,000`,
    );
  }, 20_000);
});

describe('command-line values: bounded, and user mistakes are exit 2, not "internal error"', () => {
  const telecom = 'scenarios/telecom.yaml';

  it.each([['Infinity'], ['1e300']])('--time-limit %s', async (limit) => {
    const r = await runMain(['plan', telecom, '--solver', 'highs', '--time-limit', limit]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`bestshore: --time-limit: expected at most 86400 seconds (a day), got "${limit}"\n`);
  });

  it('--set with 20,000 path segments (it overflowed the stack), and the same path in --vary and --variant', async () => {
    const deep = `${'a.'.repeat(20_000)}b`;
    const set = await runMain(['plan', telecom, '--set', `${deep}=1`]);
    expect(set.code).toBe(2);
    expect(set.stderr).toMatch(
      /^bestshore: --set a\.a\.a.*…: the path has 20001 segments; a scenario field has at most 16\n$/,
    );
    const vary = await runMain(['sweep', telecom, '--vary', `${deep}=1..2:2`]);
    expect(vary.code).toBe(2);
    expect(vary.stderr).toContain('the path has 20001 segments; a scenario field has at most 16');
    const variant = await runMain(['compare', telecom, '--variant', `x=${deep}=1`]);
    expect(variant.code).toBe(2);
    expect(variant.stderr).toContain('the path has 20001 segments');
    expect(`${set.stderr}${vary.stderr}${variant.stderr}`).not.toMatch(/internal error| {4}at /);
  });

  it('sweep --vary …:1000000 (a stack overflow) and --samples 1e9', async () => {
    const vary = await runMain(['sweep', telecom, '--vary', 'countries.MA.cost_per_hour=14..20:1000000']);
    expect(vary.code).toBe(2);
    expect(vary.stderr).toBe(
      'bestshore: --vary countries.MA.cost_per_hour=14..20:1000000: expected at most 1000 steps, got 1000000\n',
    );
    const list = await runMain([
      'sweep',
      telecom,
      '--vary',
      `countries.MA.cost_per_hour=${Array.from({ length: 1001 }, (_, i) => 14 + i / 1000).join(',')}`,
    ]);
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('expected at most 1000 values, got 1001');
    const samples = await runMain([
      'sweep',
      telecom,
      '--spread',
      'countries.MA.cost_per_hour=±10%',
      '--samples',
      '1e9',
    ]);
    expect(samples.code).toBe(2);
    expect(samples.stderr).toBe('bestshore: --samples: expected at most 100000, got "1e9"\n');
  });

  it('--solver javascript-lp-solver on a model above its size limit: exit 2 saying to use highs; auto uses HiGHS', async () => {
    const codes = [
      'FR',
      'RO',
      'MA',
      'PT',
      'ES',
      'IT',
      'DE',
      'PL',
      'BG',
      'GR',
      'HR',
      'CZ',
      'SK',
      'HU',
      'SI',
      'LT',
      'LV',
      'EE',
      'FI',
      'SE',
    ];
    const countries = codes
      .map(
        (c, i) => `  ${c}: { cost_per_hour: ${20 + i}, languages: { fr: ${0.8 + i * 0.005} }, capacity_hours: 6000 }`,
      )
      .join('\n');
    const activities = Array.from(
      { length: 400 },
      (_, a) => `  a${a}: { language: fr, hours: ${50 + ((a * 37) % 100)}, min_quality: 0.8${a % 5}, max_share: 0.6 }`,
    ).join('\n');
    const file = tmp.write('large-lp.yaml', `name: large\ncountries:\n${countries}\nactivities:\n${activities}\n`);
    const forced = await runMain(['plan', file, '--solver', 'javascript-lp-solver']);
    expect(forced.code).toBe(2);
    expect(forced.stdout).toBe('');
    expect(forced.stderr).toMatch(
      /^bestshore: --solver javascript-lp-solver: the model has 7,600 variables, 8,420 rows and 30,400 nonzeros .*: use --solver highs \(or auto\)\n$/,
    );
    const auto = await runMain(['plan', file, '-f', 'json']);
    expect(auto.code).toBe(0);
    expect((JSON.parse(auto.stdout) as { engine: string }).engine).toBe('highs');
  }, 60_000);
});
