import { describe, expect, it } from 'vitest';
import { runMain, scratch } from './support/inProcess.js';

/**
 * French input habits and the slips of hand-written YAML: each is accepted where it is
 * unambiguous, or answered at the line to fix with the exact fix — never with the YAML
 * library's or zod's own wording.
 */
const BASE = `name: essai
home: FR
countries:
  FR:
    cost_per_hour: 34
    languages: { fr: 0.95 }
  RO:
    cost_per_hour: 21
    languages:
      fr: 0.88
activities:
  support:
    language: fr
    hours: 1000
    data: personal
    min_home_share: 0.5
`;

const { write } = scratch('bestshore-fr-');
let n = 0;

/** Validate BASE with `from` replaced by `to`: the exit code and the problem lines (file name cut). */
async function validate(from: string, to: string): Promise<{ code: number; lines: string[] }> {
  expect(BASE).toContain(from);
  const file = write(`s${++n}.yaml`, BASE.replace(from, to));
  const r = await runMain(['validate', file]);
  return {
    code: r.code,
    lines: r.stderr
      .split('\n')
      .filter((l) => l.startsWith(file))
      .map((l) => l.slice(file.length)),
  };
}

describe('French numbers, words and codes: the exact fix', () => {
  it.each([
    [
      'a decimal comma in { }',
      'languages: { fr: 0.95 }',
      'languages: { fr: 0,95 }',
      ':6:22 0,95: inside { } the comma separates entries, so this reads 0 and then "95" as another entry; write 0.95, with a decimal point',
    ],
    [
      'a decimal comma',
      'cost_per_hour: 34',
      'cost_per_hour: 33,5',
      ':5:5 countries.FR.cost_per_hour: expected a positive cost per hour (got "33,5": write 33.5, with a decimal point)',
    ],
    [
      'a space between thousands',
      'hours: 1000',
      'hours: 1 000',
      ':14:5 activities.support.hours: expected a positive number of hours (got "1 000": write 1000, without thousands separators)',
    ],
    [
      'a percentage as text',
      'min_home_share: 0.5',
      'min_home_share: "80%"',
      ':16:5 activities.support.min_home_share: expected min_home_share between 0 and 1 (got "80%": write 0.8, a share between 0 and 1)',
    ],
    [
      'a percentage with a decimal comma',
      'min_home_share: 0.5',
      'min_home_share: 12,5 %',
      ':16:5 activities.support.min_home_share: expected min_home_share between 0 and 1 (got "12,5 %": write 0.125, a share between 0 and 1)',
    ],
    [
      'a percentage where hours are expected',
      'hours: 1000',
      'hours: 80%',
      ':14:5 activities.support.hours: expected a positive number of hours (got "80%": write 80, without "%")',
    ],
    [
      '90 for 0.9',
      'min_home_share: 0.5',
      'min_home_share: 90',
      ':16:5 activities.support.min_home_share: min_home_share must be between 0 and 1: write 0.9 for 90%',
    ],
    [
      'a data class in French',
      'data: personal',
      'data: publique',
      ':15:5 activities.support.data: expected one of none, personal, health, public (got "publique": write public)',
    ],
    [
      'a data class in capitals',
      'data: personal',
      'data: Personnelles',
      ':15:5 activities.support.data: expected one of none, personal, health, public (got "Personnelles": write personal)',
    ],
    [
      'a country code in lower case',
      'home: FR',
      'home: fr',
      ':2:1 home: expected an ISO 3166-1 alpha-2 code such as FR (got "fr": write FR, in capitals)',
    ],
  ])('%s', async (_what, from, to, line) => {
    const r = await validate(from, to);
    expect(r.code).toBe(2);
    expect(r.lines).toContain(line);
  });

  it('oui and non for booleans', async () => {
    const r = await validate('cost_per_hour: 21', 'cost_per_hour: 21\n    scc: oui');
    expect(r.lines).toEqual([':9:5 countries.RO.scc: expected true or false (got "oui": write true)']);
  });

  it("zod's generic wording never shows: plain words with what was found", async () => {
    const r = await validate('min_home_share: 0.5', 'profile: 3');
    expect(r.lines).toEqual([
      ':16:5 activities.support.profile: expected fields below it, one "name: value" per line (or { name: value }), got a number (3)',
    ]);
  });

  it('French day names and hours in opening hours are read', async () => {
    const r = await validate('min_home_share: 0.5', 'coverage: "Lun-Ven 8h-20h, sam. 09:00-12:00"');
    expect(r).toEqual({ code: 0, lines: [] });
  });
});

describe('one-space indentation slips: the line that slipped, and how to indent it', () => {
  it.each([
    [
      'a key one space deeper than its siblings',
      '    hours: 1000',
      '     hours: 1000',
      ':14:6 "hours" is indented by 5 spaces, but "language" (line 13), in the same map, by 4 spaces: indent "hours" by 4 spaces',
    ],
    [
      'a key one space shallower',
      '    hours: 1000',
      '   hours: 1000',
      ':14:4 "hours" is indented by 3 spaces, but "language" (line 13), in the same map, by 4 spaces: indent "hours" by 4 spaces',
    ],
    [
      'a map key one space shallower',
      '  RO:',
      ' RO:',
      ':7:2 "RO" is indented by 1 space, but "FR" (line 4), in the same map, by 2 spaces: indent "RO" by 2 spaces',
    ],
    [
      'an item of a nested map',
      '      fr: 0.88',
      '     fr: 0.88\n      en: 0.9',
      ':11:7 "en" is indented by 6 spaces, but "fr" (line 10), in the same map, by 5 spaces: indent "en" by 5 spaces',
    ],
    [
      'a map key one space deeper after a nested map',
      '    min_home_share: 0.5\n',
      '    min_home_share: 0.5\n   other:\n    language: fr\n    hours: 10\n',
      ':17:4 "other" is indented by 3 spaces, but "support" (line 12), in the same map, by 2 spaces: indent "other" by 2 spaces',
    ],
    [
      'fields under a key that has a value',
      '  RO:',
      '  RO: 3',
      ':8:5 "cost_per_hour" is indented under "RO" (line 7), which already has a value on its line (3): delete that value to give "RO" fields below it',
    ],
  ])('%s', async (_what, from, to, line) => {
    const r = await validate(from, to);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([line]);
  });
});
