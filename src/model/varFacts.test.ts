import { describe, expect, it } from 'vitest';
import type { Var } from './lp.js';
import { hasIntegers, sameKindsAs, varFacts } from './varFacts.js';

const base = { cost: 1, lower: 0, upper: Infinity, impliedUpper: 10 } as const;
const hours: Var = { ...base, role: 'aux', id: 'x', kind: 'continuous' };
const site: Var = { ...base, role: 'site', id: 'open[MA]', country: 'MA', kind: 'binary', upper: 1 };
const pattern = (id: string, kind: Var['kind']): Var => ({
  ...base,
  role: 'pattern',
  id,
  activity: 'a',
  timeClass: 0,
  agents: new Map([['MA', 3]]),
  traffic: new Map([['MA', 1.5]]),
  kind,
});
const shift: Var = {
  ...base,
  role: 'shift',
  id: 'n',
  country: 'MA',
  group: 'a',
  language: 'fr',
  activities: ['a'],
  start: 0,
  length: 8,
  partTime: false,
  intervals: [0, 1, 2, 3, 4, 5, 6, 7],
  premium: 0,
  preference: 1,
  kind: 'integer',
};

describe('varFacts', () => {
  it('counts integers, whole-agent patterns and shifts in one pass', () => {
    const vars = [hours, site, pattern('p1', 'integer'), pattern('p2', 'continuous'), shift];
    expect(varFacts(vars)).toEqual({ integers: 3, patterns: 1, shifts: 1 });
    expect(hasIntegers({ vars })).toBe(true);
    expect(hasIntegers({ vars: [hours, pattern('p', 'continuous')] })).toBe(false);
  });

  it('sees a variable pushed after the facts were first asked for', () => {
    const vars: Var[] = [hours];
    expect(hasIntegers({ vars })).toBe(false);
    vars.push(site);
    expect(hasIntegers({ vars })).toBe(true);
    expect(varFacts(vars).integers).toBe(1);
  });

  it('lends the facts to a patched copy of the same length only', () => {
    const from = [hours, site];
    varFacts(from);
    const patched = from.map((v) => ({ ...v, cost: v.cost * 2 }));
    sameKindsAs(patched, from);
    expect(varFacts(patched)).toBe(varFacts(from));
    const longer = [...from, shift];
    sameKindsAs(longer, from);
    expect(varFacts(longer)).toEqual({ integers: 2, patterns: 0, shifts: 1 });
  });
});
