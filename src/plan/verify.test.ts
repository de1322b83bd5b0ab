import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import type { LegalBasis } from '../scenario/residency.js';
import type { Scenario } from '../scenario/types.js';
import type { AllocationRow } from './types.js';
import { verifyAllocation } from './verify.js';

/*
 * a (fr, 600 h): floor 0.86, at most 450 h per country, at least 120 h in FR.
 * b (en, 200 h): FR has only 100 h of English. FR has 340 h in all. MA: personal data, no SCC.
 */
const s = scenarioOf(`name: verify
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9, en: { quality: 0.8, capacity_hours: 100 } }, capacity_hours: 340 }
  BE: { cost_per_hour: 25, languages: { fr: 0.88 } }
  RO: { cost_per_hour: 20, languages: { fr: 0.8, en: 0.9 } }
  MA: { cost_per_hour: 15, languages: { fr: 0.9 } }
activities:
  a: { language: fr, hours: 600, min_quality: 0.86, max_share: 0.75, min_home_share: 0.2 }
  b: { language: en, hours: 200 }
`);

type Spec = Record<string, Record<string, number>>;

/** Allocation rows from { activity: { country: hours } }, priced and qualified from the scenario. */
function rows(sc: Scenario, spec: Spec, basis: (country: string) => LegalBasis = () => 'EU'): AllocationRow[] {
  return Object.entries(spec).flatMap(([activity, byCountry]) =>
    Object.entries(byCountry).map(([country, hours]) => {
      const c = sc.countries.find((k) => k.code === country);
      const lang = sc.activities.find((a) => a.id === activity)?.language ?? '';
      const cost = c?.costPerHour ?? 0;
      return {
        activity,
        country,
        hours,
        fte: hours / 140,
        cost: hours * cost,
        premiumCost: 0,
        quality: c?.languages[lang]?.quality ?? 0,
        basis: basis(country),
        idleHours: 0,
      };
    }),
  );
}
const total = (rs: readonly AllocationRow[]): number => rs.reduce((t, r) => t + r.cost, 0);
const check = (spec: Spec): string[] => {
  const rs = rows(s, spec);
  return verifyAllocation(s, rs, total(rs));
};

// Quality of a: (200·0.9 + 300·0.88 + 100·0.8) / 600 = 0.8733; FR: 300 h of 340, 100 h of English of 100.
const VALID: Spec = { a: { FR: 200, BE: 300, RO: 100 }, b: { FR: 100, RO: 100 } };

describe('verifyAllocation', () => {
  it('accepts a plan that meets every rule, some exactly', () => {
    expect(check(VALID)).toEqual([]);
  });

  it('tolerates solver round-off but not more', () => {
    expect(check({ ...VALID, b: { FR: 100 + 1e-7, RO: 100 - 1e-7 } })).toEqual([]);
    expect(check({ ...VALID, b: { FR: 100.5, RO: 99.5 } })).toHaveLength(1);
  });

  it('detects unmet demand', () => {
    const v = check({ ...VALID, b: { FR: 100 } });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatch(/^b: 100 h planned, 200 h required/);
  });

  it('detects a country over its capacity', () => {
    // a: (250·0.9 + 250·0.88 + 100·0.8)/600 = 0.875; FR carries 250 + 100 = 350 h > 340 h.
    const v = check({ ...VALID, a: { FR: 250, BE: 250, RO: 100 } });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatch(/^FR: 350 h exceeds capacity_hours 340/);
  });

  it('detects a language over its capacity', () => {
    // FR: 180 + 150 = 330 h ≤ 340, but 150 h of English > 100.
    const v = check({ a: { FR: 180, BE: 320, RO: 100 }, b: { FR: 150, RO: 50 } });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatch(/^FR\/en: 150 h exceeds the language capacity 100/);
  });

  it('detects a quality floor not met', () => {
    // (200·0.9 + 400·0.8)/600 = 0.8333 < 0.86
    const v = check({ ...VALID, a: { FR: 200, RO: 400 } });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatch(/^a: weighted quality 0\.833333 below min_quality 0\.86/);
  });

  it('detects a country above max_share', () => {
    // BE 480 h > 0.75 × 600 = 450 h; quality (120·0.9 + 480·0.88)/600 = 0.884; FR 120 h = the home share.
    const v = check({ ...VALID, a: { FR: 120, BE: 480 } });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatch(/^a in BE: 480 h exceeds max_share 0\.75 of 600 h/);
  });

  it('detects a home share not met', () => {
    // FR 100 h < 0.2 × 600 = 120 h; quality (90 + 352 + 80)/600 = 0.87.
    const v = check({ ...VALID, a: { FR: 100, BE: 400, RO: 100 } });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatch(/^a: 100 h in FR, below min_home_share 0\.2/);
  });

  it('detects rows residency, language or the allow-list forbid', () => {
    const residency = check({ ...VALID, a: { FR: 200, BE: 200, RO: 100, MA: 100 } });
    expect(residency).toEqual(['a in MA: not allowed (residency)']);
    const language = check({ ...VALID, b: { FR: 100, BE: 100 } });
    expect(language).toEqual(['b in BE: not allowed (language)']);
    const listed = scenarioOf(`name: l
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  RO: { cost_per_hour: 20, languages: { fr: 0.8 } }
activities:
  a: { language: fr, hours: 10, countries: [FR] }
`);
    const rs = rows(listed, { a: { RO: 10 } });
    expect(verifyAllocation(listed, rs, total(rs))).toEqual(['a in RO: not allowed (allow-list)']);
  });

  it('detects a wrong legal basis', () => {
    const rs = rows(s, VALID, (c) => (c === 'RO' ? 'SCC' : 'EU'));
    const v = verifyAllocation(s, rs, total(rs));
    expect(v).toEqual(['a in RO: basis SCC, expected EU', 'b in RO: basis SCC, expected EU']);
  });

  it('detects a total cost that does not match the rates', () => {
    const rs = rows(s, VALID);
    expect(total(rs)).toBe(200 * 30 + 300 * 25 + 100 * 20 + 100 * 30 + 100 * 20);
    const v = verifyAllocation(s, rs, total(rs) + 1);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatch(/^total cost 20501 does not match the recomputed 20500/);
  });

  it('detects unknown activities and countries, and negative hours', () => {
    const rs = [...rows(s, VALID), { ...rows(s, { a: { FR: 0 } })[0]!, activity: 'ghost' }];
    expect(verifyAllocation(s, rs, total(rs))).toEqual(['row ghost/FR names an unknown activity or country']);
    const neg = rows(s, { ...VALID, b: { FR: 100, RO: 150, BE: 0 } }).map((r) =>
      r.country === 'BE' ? { ...r, hours: -50 } : r,
    );
    expect(
      verifyAllocation(s, neg, total(neg)).some((m) => /b in BE: hours -50 is not a non-negative number/.test(m)),
    ).toBe(true);
  });
});
