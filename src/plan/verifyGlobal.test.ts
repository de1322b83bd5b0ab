import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import type { AllocationRow } from './types.js';
import { verifyGlobalRules } from './verifyGlobal.js';

/* 1,000 h in all (a 600 h, b 400 h). cap: MA + TN at most 30% of all; spread: no country above
 * 60% of a; home: FR at least 25% of b. */
const s = scenarioOf(`name: verify global
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  MA: { cost_per_hour: 15, languages: { fr: 0.9 }, scc: true }
  TN: { cost_per_hour: 14, languages: { fr: 0.9 }, scc: true }
activities:
  a: { language: fr, hours: 600 }
  b: { language: fr, hours: 400 }
rules:
  cap: { max_share: 0.3, countries: [MA, TN] }
  spread: { max_share: 0.6, activities: [a] }
  home: { min_home_share: 0.25, activities: [b] }
`);

const rows = (spec: Record<string, Record<string, number>>): AllocationRow[] =>
  Object.entries(spec).flatMap(([activity, by]) =>
    Object.entries(by).map(([country, hours]) => ({
      activity,
      country,
      hours,
      fte: 0,
      cost: 0,
      premiumCost: 0,
      quality: 0.9,
      basis: country === 'FR' ? 'EU' : 'SCC',
      idleHours: 0,
    })),
  );

describe('verifyGlobalRules', () => {
  it('accepts a plan on every limit: 300 h in MA + TN, 360 h of a in one country, 100 h of b in FR', () => {
    expect(verifyGlobalRules(s, rows({ a: { FR: 360, MA: 150, TN: 90 }, b: { FR: 340, TN: 60 } }))).toEqual([]);
  });

  it('names each broken rule with its hours', () => {
    const got = verifyGlobalRules(s, rows({ a: { FR: 200, MA: 400 }, b: { FR: 90, TN: 310 } }));
    expect(got).toEqual([
      'rules.cap: 710 h in MA + TN exceeds max_share 0.3 of 1000 h',
      'rules.spread: 400 h in MA exceeds max_share 0.6 of 600 h',
      'rules.home: 90 h in FR, below min_home_share 0.25 of 400 h',
    ]);
  });
});
