import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { progressBar } from './progress.js';
import { parseSpread, parseVary, sweepInputs } from './sweepOptions.js';
import { parseVariant } from './variantOptions.js';

const DATA = { countries: { MA: { cost_per_hour: 20, capacity_hours: 7000 } }, activities: { a: { hours: 1000 } } };

describe('--vary', () => {
  it('from..to:steps, ends included; a list of values; the base value when the scenario has one', () => {
    expect(parseVary('countries.MA.cost_per_hour=14..20:4', DATA)).toMatchObject({
      path: 'countries.MA.cost_per_hour',
      base: 20,
      low: 14,
      high: 20,
      values: [14, 16, 18, 20],
    });
    expect(parseVary('activities.a.min_quality=0.9..0.95:6', DATA).values).toEqual([0.9, 0.91, 0.92, 0.93, 0.94, 0.95]);
    expect(parseVary('activities.a.hours=800,1200,1000', DATA)).toMatchObject({
      base: 1000,
      low: 800,
      high: 1200,
      values: [800, 1200, 1000],
    });
    expect(parseVary('countries.MA.cost_per_hour=10..20', DATA).values).toHaveLength(5);
  });

  it('bad syntax is a usage error naming the option', () => {
    expect(() => parseVary('countries.MA.cost_per_hour=abc', DATA)).toThrow(
      new UsageError(
        '--vary countries.MA.cost_per_hour=abc: expected path=from..to:steps, e.g. countries.MA.cost_per_hour=14..20:7, or path=v1,v2,v3',
      ),
    );
    expect(() => parseVary('countries.MA.cost_per_hour=14..20:1', DATA)).toThrow(/expected at least 2 steps/);
    expect(() => parseVary('=14..20:3', DATA)).toThrow(UsageError);
  });
});

describe('--spread', () => {
  it('±p% of the scenario value, or ±x', () => {
    expect(parseSpread('countries.MA.cost_per_hour=±10%', DATA)).toMatchObject({
      base: 20,
      low: 18,
      high: 22,
      values: undefined,
    });
    expect(parseSpread('countries.MA.capacity_hours=+-500', DATA)).toMatchObject({ low: 6500, high: 7500 });
  });

  it('needs a number in the scenario to spread around', () => {
    expect(() => parseSpread('countries.RO.cost_per_hour=±10%', DATA)).toThrow(
      '--spread countries.RO.cost_per_hour=±10%: the scenario has no number at countries.RO.cost_per_hour to spread around',
    );
    expect(() => parseSpread('countries.MA.cost_per_hour=10%', DATA)).toThrow(/expected ±p% or ±x/);
  });

  it('grid and Monte Carlo do not mix; samples and seed are whole numbers', () => {
    expect(() =>
      sweepInputs({ vary: ['countries.MA.cost_per_hour=1..2:2'], spread: ['activities.a.hours=±5%'] }, DATA),
    ).toThrow(/cannot be combined/);
    expect(() => sweepInputs({}, DATA)).toThrow(/sweep needs --vary/);
    expect(() => sweepInputs({ spread: ['activities.a.hours=±5%'], samples: '0' }, DATA)).toThrow(
      '--samples: expected a whole number ≥ 1, got "0"',
    );
    expect(sweepInputs({ spread: ['activities.a.hours=±5%'], seed: '9' }, DATA).plan).toEqual({
      kind: 'monte-carlo',
      samples: 500,
      seed: 9,
    });
    expect(() =>
      sweepInputs({ vary: ['activities.a.hours=1..2:400', 'countries.MA.cost_per_hour=1..2:300'] }, DATA),
    ).toThrow(/the sweep has 120000 points; the limit is 100000/);
  });
});

describe('--variant', () => {
  it('NAME=path=value[,path=value…], commas inside lists kept', () => {
    const v = parseVariant('EU only=activities.a.countries=[FR, RO],countries.MA.cost_per_hour=18.7');
    expect(v.name).toBe('EU only');
    expect(v.sets.map((s) => [s.path.join('.'), s.value])).toEqual([
      ['activities.a.countries', ['FR', 'RO']],
      ['countries.MA.cost_per_hour', 18.7],
    ]);
    expect(v.sets[1]?.origin).toBe('--variant "EU only": countries.MA.cost_per_hour=18.7');
  });

  it('without a name, the assignments are the name', () => {
    expect(parseVariant('countries.MA.cost_per_hour=18.7')).toMatchObject({
      name: 'countries.MA.cost_per_hour=18.7',
      sets: [{ value: 18.7 }],
    });
    expect(() => parseVariant('nothing')).toThrow(UsageError);
  });
});

describe('progress bar', () => {
  it('draws in place, at most every 100 ms, and clears itself at the end', () => {
    const out: string[] = [];
    let t = 0;
    const bar = progressBar(
      (s) => out.push(s),
      () => t,
    );
    t = 1000;
    bar(10, 40);
    t = 1050;
    bar(11, 40);
    t = 2000;
    bar(20, 40);
    bar(40, 40);
    expect(out).toEqual([
      `\r[${'█'.repeat(8)}${'░'.repeat(22)}] 10/40 · 10 points/s`,
      `\r[${'█'.repeat(15)}${'░'.repeat(15)}] 20/40 · 10 points/s`,
      '\r\u001b[K',
    ]);
  });
});
