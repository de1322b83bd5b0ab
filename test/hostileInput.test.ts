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
    const file = tmp.write('proto.yaml', `name: proto\n${COUNTRIES}activities:\n  __proto__: { language: fr, hours: 1000 }\n  mail: { language: fr, hours: 100 }\n`);
    const r = await runMain(['plan', file, '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:6:3 activities.__proto__: "__proto__" cannot be used as a name`);
  });

  it('as a country or a language key, and in a profile', async () => {
    const file = tmp.write('proto-keys.yaml', `name: proto
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9, __proto__: 0.5 } }
  __proto__: { cost_per_hour: 30, languages: { fr: 0.9 } }
activities:
  mail: { language: fr, hours: 100, coverage: "Mon-Fri 08:00-20:00", profile: { days: { __proto__: 2 } } }
`);
    const r = await runMain(['plan', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.match(/cannot be used as a name/g)).toHaveLength(3);
    expect(r.stderr).toContain(`${file}:3:50 countries.FR.languages.__proto__:`);
    expect(r.stderr).toContain(`${file}:4:3 countries.__proto__:`);
    expect(r.stderr).toContain('activities.mail.profile.days.__proto__:');
  });

  it('through --set, the message names the option', async () => {
    const file = tmp.write('plain.yaml', `name: plain\n${COUNTRIES}activities:\n  mail: { language: fr, hours: 100 }\n`);
    const r = await runMain(['plan', file, '--set', 'activities.__proto__={language: fr, hours: 1000}']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--set activities.__proto__={language: fr, hours: 1000}: "__proto__" cannot be used as a name');
  });

  it('constructor, toString… are refused too (a plain-object lookup finds the prototype\'s)', async () => {
    const file = tmp.write('ctor.yaml', `name: ctor\n${COUNTRIES}activities:
  constructor: { language: fr, hours: 1000, coverage: "Mon-Fri 08:00-20:00" }
  toString: { language: fr, hours: 100 }
`);
    const r = await runMain(['plan', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:6:3 activities.constructor: "constructor" cannot be used as a name`);
    expect(r.stderr).toContain(`${file}:7:3 activities.toString:`);
  });

  it('names that only look like them are planned', async () => {
    const file = tmp.write('near.yaml', `name: near\n${COUNTRIES}activities:\n  proto: { language: fr, hours: 1000 }\n  __proto: { language: fr, hours: 100 }\n  Constructor: { language: fr, hours: 10 }\n`);
    const r = await runMain(['plan', file, '-f', 'json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { total_hours: number };
    expect(plan.total_hours).toBe(1110);
  });
});
