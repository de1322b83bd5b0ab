import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import { agentsAtOnce } from './agentsAtOnce.js';
import { prepare } from './prepare.js';

const s = scenarioOf(`name: prepared
home: FR
countries:
  FR: { cost_per_hour: 30, eu: true, languages: { fr: 0.9 } }
  RO: { cost_per_hour: 20, eu: true, languages: { fr: 0.8, en: 0.9 } }
  MA: { cost_per_hour: 15, languages: { fr: 0.85 } }
activities:
  a: { language: fr, hours: 100, data: health }
  b: { language: en, hours: 50 }
  c: { language: fr, hours: 10, countries: [MA] }
  d: { language: fr, hours: 10, data: none }
`);

describe('prepare', () => {
  it('holds each pair as the residency policy says, worked out by hand', () => {
    const p = prepare(s);
    const row = (id: string): string[] => {
      const a = s.activities.find((x) => x.id === id);
      if (!a) throw new Error(id);
      return s.countries.map((c) => {
        const st = p.pairs.status(a, c);
        return st.allowed ? `${c.code}:${st.basis}` : `${c.code}-${st.why}`;
      });
    };
    // health: EU only; en: only RO speaks it; an allow-list of MA; no personal data: anywhere.
    expect(row('a')).toEqual(['FR:EU', 'RO:EU', 'MA-residency']);
    expect(row('b')).toEqual(['FR-language', 'RO:EU', 'MA-language']);
    expect(row('c')).toEqual(['FR-allow-list', 'RO-allow-list', 'MA-residency']);
    expect(row('d')).toEqual(['FR:no personal data', 'RO:no personal data', 'MA:no personal data']);
    expect(s.activities.map((a) => p.pairs.allowed(a).map((c) => c.code))).toEqual([
      ['FR', 'RO'],
      ['RO'],
      [],
      ['FR', 'RO', 'MA'],
    ]);
  });

  it('has no time model without coverage, and agents at once as agentsAtOnce computes them', () => {
    expect(prepare(s).time).toBeUndefined();
    const covered = scenarioOf(`name: covered
home: FR
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
activities:
  a: { language: fr, hours: 168, coverage: "Mon-Sun 00:00-24:00" }
`);
    const p = prepare(covered);
    const [a] = covered.activities;
    const [k] = p.time?.classes ?? [];
    if (!a || !k || !p.time) throw new Error('a covered activity has a time model');
    expect(p.agentsAtOnce(k, a)).toBe(agentsAtOnce(p.time, k, a));
    // Agents at once over every hour of the period give the activity's 168 h back.
    const tm = p.time;
    const total = tm.classes.reduce((t, c) => t + p.agentsAtOnce(c, a) * tm.weeksPerPeriod * c.members.length, 0);
    expect(total).toBeCloseTo(168, 9);
  });
});
