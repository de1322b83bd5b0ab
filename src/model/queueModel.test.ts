import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import { buildModel } from './buildModel.js';
import { isPattern } from './lp.js';

describe('staffing patterns in the model', () => {
  it('name and hold only the countries they staff, with their agents and traffic', () => {
    const s = scenarioOf(readFileSync('scenarios/energy.yaml', 'utf8'));
    const patterns = buildModel(s).vars.filter(isPattern);
    expect(patterns.length).toBeGreaterThan(0);
    const codes = new Set(s.countries.map((c) => c.code));
    for (const p of patterns) {
      const staffed = [...p.agents];
      expect(staffed.length).toBeGreaterThan(0);
      expect(staffed.every(([code, n]) => codes.has(code) && Number.isInteger(n) && n > 0)).toBe(true);
      expect([...p.traffic.keys()]).toEqual([...p.agents.keys()]);
      expect([...p.traffic.values()].every((e) => e > 0)).toBe(true);
      // The id lists the same staffing: u[activity,t<class>,MA26+RO7].
      expect(p.id).toBe(`u[${p.activity},t${p.timeClass},${staffed.map(([c, n]) => `${c}${n}`).join('+')}]`);
    }
    // Pairs too, not only one country an hour (energy allows two).
    expect(patterns.some((p) => p.agents.size === 2)).toBe(true);
  });
});
