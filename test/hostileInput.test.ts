import { describe, expect, it } from 'vitest';
import { runMain, scratch } from './support/inProcess.js';

/**
 * Hostile, broken and extreme values in a scenario or on the command line: each is either
 * planned correctly or refused with exit 2 and a message naming where it is — never a plan that
 * silently drops work, a false "no plan", an internal error or unbounded work.
 */
const tmp = scratch('bestshore-hostile-in-');

const COUNTRIES = `countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  RO: { cost_per_hour: 20, languages: { fr: 0.85 } }
`;

describe('reserved names: __proto__ and the other names every JavaScript object has', () => {
  it('an activity called __proto__ is refused where it is written, not dropped from the plan', async () => {
    const file = tmp.write(
      'proto.yaml',
      `name: proto\n${COUNTRIES}activities:\n  __proto__: { language: fr, hours: 1000 }\n  mail: { language: fr, hours: 100 }\n`,
    );
    const r = await runMain(['plan', file, '-f', 'json']);
    expect(r.code).toBe(2);
    // No plan: under -f json the error document (docs/output.md), without an allocation.
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'invalid', exit_code: 2 });
    expect(JSON.parse(r.stdout)).not.toHaveProperty('allocation');
    expect(r.stderr).toContain(`${file}:6:3 activities.__proto__: "__proto__" cannot be used as a name`);
  });

  it('as a country or a language key, and in a profile', async () => {
    const file = tmp.write(
      'proto-keys.yaml',
      `name: proto
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9, __proto__: 0.5 } }
  __proto__: { cost_per_hour: 30, languages: { fr: 0.9 } }
activities:
  mail: { language: fr, hours: 100, coverage: "Mon-Fri 08:00-20:00", profile: { days: { __proto__: 2 } } }
`,
    );
    const r = await runMain(['plan', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.match(/cannot be used as a name/g)).toHaveLength(3);
    expect(r.stderr).toContain(`${file}:3:50 countries.FR.languages.__proto__:`);
    expect(r.stderr).toContain(`${file}:4:3 countries.__proto__:`);
    expect(r.stderr).toContain('activities.mail.profile.days.__proto__:');
  });

  it('through --set, the message names the option', async () => {
    const file = tmp.write(
      'plain.yaml',
      `name: plain\n${COUNTRIES}activities:\n  mail: { language: fr, hours: 100 }\n`,
    );
    const r = await runMain(['plan', file, '--set', 'activities.__proto__={language: fr, hours: 1000}']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--set activities.__proto__={language: fr, hours: 1000}: "__proto__" cannot be used as a name',
    );
  });

  it("constructor, toString… are refused too (a plain-object lookup finds the prototype's)", async () => {
    const file = tmp.write(
      'ctor.yaml',
      `name: ctor\n${COUNTRIES}activities:
  constructor: { language: fr, hours: 1000, coverage: "Mon-Fri 08:00-20:00" }
  toString: { language: fr, hours: 100 }
`,
    );
    const r = await runMain(['plan', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:6:3 activities.constructor: "constructor" cannot be used as a name`);
    expect(r.stderr).toContain(`${file}:7:3 activities.toString:`);
  });

  it('names that only look like them are planned', async () => {
    const file = tmp.write(
      'near.yaml',
      `name: near\n${COUNTRIES}activities:\n  proto: { language: fr, hours: 1000 }\n  __proto: { language: fr, hours: 100 }\n  Constructor: { language: fr, hours: 10 }\n`,
    );
    const r = await runMain(['plan', file, '-f', 'json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { total_hours: number };
    expect(plan.total_hours).toBe(1110);
  });
});

describe('bounded values: every number has a documented realistic limit (docs/scenario.md#limits)', () => {
  it('a profile weight of 1e308 is refused where it is written, not a queue dropped from a "verified" plan', async () => {
    const file = tmp.write(
      'weights.yaml',
      `name: weights\n${COUNTRIES}activities:
  voice:
    language: fr
    contacts: { volume: 75000, aht: 300 }
    coverage: "Mon-Fri 08:00-20:00"
    profile: { days: { Mon: 1e308, Tue: 1e308 } }
  mail: { language: fr, hours: 100 }
`,
    );
    const r = await runMain(['plan', file, '-f', 'json']);
    expect(r.code).toBe(2);
    // No plan: under -f json the error document (docs/output.md), without an allocation.
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'invalid', exit_code: 2 });
    expect(JSON.parse(r.stdout)).not.toHaveProperty('allocation');
    expect(r.stderr).toContain(
      `${file}:10:24 activities.voice.profile.days.Mon: expected a weight of at most 1,000,000`,
    );
  });

  it('weights whose busiest hour is over 10,000 times the quietest are refused (the quietest would be lost as noise)', async () => {
    const file = tmp.write(
      'ratio.yaml',
      `name: ratio\n${COUNTRIES}activities:
  desk: { language: fr, hours: 1000, coverage: "Mon-Sun 00:00-24:00", profile: { days: { Mon: 1000 }, hours: { "0-12": 1000 } } }
`,
    );
    const r = await runMain(['plan', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${file}:6:71 activities.desk.profile: the busiest covered hour weighs 1,000,000 times the quietest; the limit is 10,000`,
    );
  });

  it('hours of 4e10, a premium of 1e308 and a min_hours of 1e15: exit 2 naming file:line:col and field, not a false "no plan" or exit 3', async () => {
    const file = tmp.write(
      'huge.yaml',
      `name: huge
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 }, premiums: { night: 1e308 }, working_hours: "Mon-Sun 00:00-24:00" }
  RO: { cost_per_hour: 20, languages: { fr: 0.85 }, min_hours: 1e15 }
activities:
  mail: { language: fr, hours: 4e10 }
  desk: { language: fr, hours: 100, coverage: "Mon-Sun 00:00-24:00" }
`,
    );
    const r = await runMain(['plan', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `${file}:3:64 countries.FR.premiums.night: expected a premium of at most 10 (+1,000%) (see Limits in docs/scenario.md)`,
      `${file}:4:53 countries.RO.min_hours: expected at most 100,000,000 hours per period (see Limits in docs/scenario.md)`,
      `${file}:6:25 activities.mail.hours: expected at most 100,000,000 hours per period (see Limits in docs/scenario.md)`,
      'bestshore: 3 problems found; nothing was planned',
    ]);
  });

  const base = tmp.write(
    'base.yaml',
    `name: base
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  RO: { cost_per_hour: 20, languages: { fr: 0.85 } }
activities:
  a: { language: fr, hours: 1000, coverage: "Mon-Fri 08:00-20:00" }
  q: { language: fr, contacts: { volume: 1000, aht: 300, channel: chat } }
`,
  );
  it.each([
    ['countries.FR.cost_per_hour=10001', 'expected at most 10,000 per hour'],
    [
      'countries.FR.capacity_hours=1e9',
      'expected at most 100,000,000 hours per period (leave capacity_hours out for no limit)',
    ],
    ['countries.FR.languages.fr={quality: 0.9, capacity_hours: 1e9}', 'expected at most 100,000,000 hours per period'],
    ['countries.FR.hours_per_fte=1e5', 'expected at most 10,000 productive hours per FTE'],
    ['countries.FR.fixed_cost=2e9', 'expected at most 1,000,000,000 per period'],
    ['countries.FR.min_hours=1e9', 'expected at most 100,000,000 hours per period'],
    ['countries.FR.seats=2e6', 'expected at most 1,000,000 seats'],
    ['countries.FR.premiums={sunday: 50}', 'expected a premium of at most 10 (+1,000%): write 0.5 for 50%'],
    ['activities.a.hours=1e9', 'expected at most 100,000,000 hours per period'],
    ['activities.a.profile={hours: {"9": 2e6}}', 'expected a weight of at most 1,000,000'],
    ['activities.q.contacts.volume=1e9', 'expected at most 100,000,000 contacts per period'],
    ['activities.q.contacts.aht=1e6', 'expected at most 86,400 seconds (one day)'],
    ['activities.q.contacts.asa=1e6', 'expected at most 86,400 seconds (one day)'],
    ['activities.q.contacts.patience=1e6', 'expected at most 86,400 seconds (one day)'],
    ['activities.q.contacts.concurrency=1000', 'expected at most 20 sessions at once'],
    ['activities.q.contacts.service_level={target: 0.8, seconds: 1e6}', 'expected at most 86,400 seconds (one day)'],
    ['activities.a.min_countries=1001', 'expected at most 1,000'],
    ['max_countries=1001', 'expected at most 1,000'],
    ['activities.a.min_quality=90', 'min_quality must be between 0 and 1: write 0.9 for 90%'],
    ['activities.a.profile={days: {Mon: .nan}}', 'expected a weight ≥ 0'],
  ])('--set %s: exit 2, "%s"', async (set, message) => {
    const r = await runMain(['plan', base, '--set', set]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`--set ${set}`);
    expect(r.stderr).toContain(message);
  });

  it('hours derived from contacts are held to the same limit', async () => {
    const r = await runMain(['plan', base, '--set', 'activities.q.contacts={volume: 1e8, aht: 86400, channel: email}']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('these contacts need 2,823,529,412 hours per period, above the limit of 100,000,000');
  });

  it('a scenario with every figure at its limit is planned by the default engine, every activity in the plan', async () => {
    const file = tmp.write(
      'limits.yaml',
      `name: at the limits
countries:
  FR: { cost_per_hour: 10000, languages: { fr: 0.95 }, capacity_hours: 100000000, fixed_cost: 1000000000, premiums: { night: 10, sunday: 10 }, working_hours: "Mon-Sun 00:00-24:00" }
  RO: { cost_per_hour: 0.5, languages: { fr: { quality: 0.9, capacity_hours: 100000000 } }, min_hours: 1000, hours_per_fte: 10000 }
  MA: { cost_per_hour: 17, languages: { fr: 0.86 }, scc: true, capacity_hours: 100000000 }
activities:
  big: { language: fr, hours: 100000000, min_quality: 0.9 }
  desk: { language: fr, hours: 100000000, coverage: "Mon-Sun 00:00-24:00", profile: { days: { Mon: 100, Tue: 0 }, hours: { "0-12": 100 } } }
  tiny: { language: fr, hours: 0.01 }
`,
    );
    const r = await runMain(['plan', file, '-f', 'json']);
    // The cost of 0.5 and the 0.01 h are plausibility warnings, nothing else.
    expect(
      r.stderr
        .split('\n')
        .filter(Boolean)
        .map((l) => l.replace(/^.*: warning: /, '')),
    ).toEqual([
      'a cost of 0.5 EUR per hour is below 1: check the figure (the full cost of a productive hour, not a rate per minute or in thousands)',
      '0.01 hours per month is less than 10: check the figure (hours are per period, not per day or in thousands)',
    ]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { activities: { activity: string; hours: number }[] };
    expect(plan.activities.map((a) => [a.activity, a.hours])).toEqual([
      ['big', 1e8],
      ['desk', 1e8],
      ['tiny', 0.01],
    ]);
  });
});

describe('numbers written as people write them: octal-looking, thousands separators, slips', () => {
  it('0144 is refused (YAML 1.1 tools read octal 100, bestshore 144), in the file and through --set', async () => {
    const file = tmp.write('octal.yaml', `name: octal\n${COUNTRIES}activities:\n  a: { language: fr, hours: 0144 }\n`);
    const r = await runMain(['plan', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${file}:6:22 activities.a.hours: 0144 has a leading zero (bestshore reads 144, YAML 1.1 tools read octal 100): write 144`,
    );
    const set = await runMain([
      'plan',
      file,
      '--set',
      'activities.a.hours=0144',
      '--set',
      'countries.FR.capacity_hours=007.5',
    ]);
    expect(set.code).toBe(2);
    expect(set.stderr).toContain('--set activities.a.hours=0144: 0144 has a leading zero');
    expect(set.stderr).toContain(
      '--set countries.FR.capacity_hours=007.5: 007.5 has a leading zero (bestshore reads 7.5): write 7.5',
    );
  });

  it('hours: 1.200 (a French thousands separator) plans, with a warning at its line; the exit code is unchanged', async () => {
    const file = tmp.write(
      'thousands.yaml',
      `name: thousands\n${COUNTRIES}activities:\n  a: { language: fr, hours: 1.200 }\n  b: { language: fr, hours: 500 }\n`,
    );
    const r = await runMain(['plan', file, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `${file}:6:22 activities.a.hours: warning: 1.200 is read as 1.2; if the dot separates thousands, write 1200\n`,
    );
    expect((JSON.parse(r.stdout) as { total_hours: number }).total_hours).toBe(501.2);
  });

  it('tiny hours, a cost per hour of 0.03, an AHT of 5 s: warnings with file:line:col', async () => {
    const file = tmp.write(
      'slips.yaml',
      `name: slips
countries:
  FR: { cost_per_hour: 0.03, languages: { fr: 0.9 } }
  RO: { cost_per_hour: 20, languages: { fr: 0.85 }, capacity_hours: 2.5 }
activities:
  a: { language: fr, hours: 1.2 }
  v: { language: fr, contacts: { volume: 1000, aht: 5, channel: email } }
`,
    );
    const r = await runMain(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `${file}:3:9 countries.FR.cost_per_hour: warning: a cost of 0.03 EUR per hour is below 1: check the figure (the full cost of a productive hour, not a rate per minute or in thousands)`,
      `${file}:4:53 countries.RO.capacity_hours: warning: 2.5 hours per month is less than 10: check the figure (hours are per period, not per day or in thousands)`,
      `${file}:6:22 activities.a.hours: warning: 1.2 hours per month is less than 10: check the figure (hours are per period, not per day or in thousands)`,
      `${file}:7:48 activities.v.contacts.aht: warning: an average handling time of 5 s is very short: aht is in seconds (5 minutes is 300)`,
    ]);
  });

  it('numbers YAML reads as text get the way to write them', async () => {
    const file = tmp.write(
      'text-numbers.yaml',
      `name: text
countries:
  FR: { cost_per_hour: "32,5", languages: { fr: 0.9 }, capacity_hours: 1 200 }
activities:
  a: { language: fr, hours: 1.200.000 }
`,
    );
    const r = await runMain(['plan', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'countries.FR.cost_per_hour: expected a positive cost per hour (got "32,5": write 32.5, with a decimal point)',
    );
    expect(r.stderr).toContain(
      'countries.FR.capacity_hours: expected a number of hours (got "1 200": write 1200, without thousands separators)',
    );
    expect(r.stderr).toContain(
      'activities.a.hours: expected a positive number of hours (got "1.200.000": write 1200000, without thousands separators)',
    );
  });
});

describe('found by the fuzz test', () => {
  const energy = 'scenarios/energy.yaml';

  it('a week that is not a Monday with a contact queue: the error, not "Invalid time value" (exit 3)', async () => {
    const r = await runMain(['plan', energy, '--set', 'week=2027-01-11x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--set week=2027-01-11x: "2027-01-11x" is not a Monday (YYYY-MM-DD)');
  });

  it('an occupancy cap near 0: the queue is unreachable (exit 2), not a search past the agents limit (exit 3)', async () => {
    const r = await runMain(['plan', energy, '--set', 'activities.level1-billing.contacts.occupancy_max=1e-9']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('activities.level1-billing.contacts: no staffing meets these targets');
  });

  it.each([
    ['activities.level1-billing.contacts.volume=1e-308', 'expected at least 1 contact per period'],
    ['activities.level2.hours=1e-308', 'expected at least 0.01 hours per period'],
    ['countries.FR.cost_per_hour=1e-9', 'expected a cost per hour of at least 0.01'],
  ])(
    '--set %s: exit 2 (the plan dropped the activity, or its optimality proof failed: exit 3)',
    async (set, message) => {
      const r = await runMain(['plan', energy, '--set', set]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    },
  );
});
