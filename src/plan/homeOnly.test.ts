import { prepare } from '../model/prepare.js';
import { homeReasonText } from '../report/plan/homeReasonText.js';
import type { HomeOnly } from './types.js';
import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../../test/support/scenarioText.js';
import { homeOnly } from './homeOnly.js';
import { wholeAgentsFor } from '../staffing/contacts.js';

const COUNTRIES = `countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9, en: { quality: 0.8, capacity_hours: 100 } }, capacity_hours: 1000 }
  RO: { cost_per_hour: 20, languages: { fr: 0.8, en: 0.9, de: 0.9 } }
  MA: { cost_per_hour: 15, languages: { fr: 0.85 } }
`;
const scenario = (activities: string, home = ''): ReturnType<typeof scenarioOf> =>
  scenarioOf(`name: home only\n${home}${COUNTRIES}activities:\n${activities}`);

/** The reasons as the table and JSON say them. */
const texts = (h: HomeOnly, style: 'en' | 'fr' = 'en'): string[] =>
  h.feasible ? [] : h.reasons.map((r) => homeReasonText(r, style));

describe('homeOnly', () => {
  it('prices everything at the home rate and measures the saving against the plan', () => {
    const s = scenario('  a: { language: fr, hours: 600, min_quality: 0.9 }\n  b: { language: en, hours: 100 }\n');
    const h = homeOnly(prepare(s), 15_000);
    // (600 + 100) h × 30 = 21,000; saving 21,000 − 15,000.
    expect(h).toEqual({ feasible: true, cost: 21_000, saving: 6_000 });
  });

  it('is impossible, with no notional cost, when home may not legally deliver an activity', () => {
    const lang = homeOnly(prepare(scenario('  a: { language: de, hours: 10 }\n')), 0);
    expect(lang.feasible).toBe(false);
    expect(texts(lang)).toEqual(['a cannot be delivered in FR: FR does not offer "de"']);
    expect(lang.feasible === false && lang.notionalCost).toBeUndefined();
    const list = homeOnly(prepare(scenario('  a: { language: fr, hours: 10, countries: [RO] }\n')), 0);
    expect(texts(list)).toEqual(['a cannot be delivered in FR: FR is not in its allow-list']);
    const residency = homeOnly(prepare(scenario('  a: { language: fr, hours: 10, data: health }\n', 'home: MA\n')), 0);
    expect(texts(residency)).toEqual(['a cannot be delivered in MA: residency forbids it']);
    expect(residency.feasible === false && residency.notionalCost).toBeUndefined();
  });

  it('is impossible but still priced when only volume, quality or share rules stand in the way', () => {
    const s = scenario(
      [
        '  a: { language: fr, hours: 900, min_quality: 0.95 }',
        '  b: { language: fr, hours: 200, max_share: 0.5 }',
        '  c: { language: en, hours: 150 }',
        '',
      ].join('\n'),
    );
    const h = homeOnly(prepare(s), 0);
    expect(h.feasible).toBe(false);
    if (h.feasible) return;
    expect(texts(h)).toEqual([
      'a: FR quality 0.9 is below min_quality 0.95',
      'b: max_share 0.5 forbids putting all of it in one country',
      'FR capacity is 1,000 h for 1,250 h of work',
      'FR "en" capacity is 100 h for 150 h of work',
    ]);
    expect(h.notionalCost).toBe((900 + 200 + 150) * 30);
    // --locale fr: French words, the figures as the rest of the table writes them; scenario values as written.
    expect(texts(h, 'fr')).toContain('la capacité de FR est de 1\u202f000 h pour 1\u202f250 h de travail');
    expect(texts(h, 'fr')).toContain('a\u00a0: la qualité 0.9 de FR est sous le seuil min_quality 0.95');
  });

  it('is impossible, still priced, when home would need more agents at once than its seats', () => {
    const withSeats = (seats: number, work: string) =>
      scenarioOf(`name: seats
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 }, seats: ${seats} }
  MA: { cost_per_hour: 15, languages: { fr: 0.85 } }
activities:
${work}`);
    // 3,000 h a month over 60 covered hours a week: 3,000 / (60 × 52/12) = 11.54 agents at once.
    const hours = '  a: { language: fr, hours: 3000, coverage: "Mon-Fri 08:00-20:00" }\n';
    const short = homeOnly(prepare(withSeats(11, hours)), 0);
    expect(short.feasible).toBe(false);
    if (short.feasible) return;
    expect(short.reasons).toMatchObject([{ kind: 'seats', home: 'FR', seats: 11 }]);
    expect(short.reasons[0]?.kind === 'seats' && short.reasons[0].peak).toBeCloseTo(3000 / ((60 * 52) / 12), 9);
    expect(texts(short)).toEqual([
      'FR has 11 seats; working alone it would need up to 11.5 agents at once (Mon–Fri 08:00–20:00 Europe/Paris)',
    ]);
    expect(short.notionalCost).toBe(3000 * 30);
    expect(homeOnly(prepare(withSeats(12, hours)), 0)).toMatchObject({ feasible: true, cost: 90_000 });
    // A queue, fully pooled at home: Erlang C agents at each hour's traffic, Monday the busiest.
    const calls =
      '  q: { language: fr, contacts: { volume: 20000, aht: 300, channel: voice }, coverage: "Mon-Fri 08:00-20:00", profile: { days: { Mon: 2 } } }\n';
    const queue = homeOnly(prepare(withSeats(10, calls)), 0);
    expect(queue.feasible).toBe(false);
    if (queue.feasible) return;
    const r = queue.reasons[0];
    expect(r?.kind).toBe('seats');
    if (r?.kind !== 'seats') return;
    // Monday has twice the traffic of the other days (2 / 6 of the week): 20,000 × 2/6 / 12 h × 300 s / 3,600 / 4.33 weeks.
    const mondayErlangs = (((20000 * (2 / 6)) / 12) * 300) / 3600 / (52 / 12);
    expect(r.peak).toBeGreaterThan(mondayErlangs); // agents exceed the traffic they answer
    expect(r.slots.every((slot) => Math.floor(slot / 24) === 0)).toBe(true); // only Monday is short
    expect(homeOnly(prepare(withSeats(Math.ceil(r.peak), calls)), 0).feasible).toBe(true);
  });

  it("prices home's Sunday premium on a queue at the agents each Sunday hour needs", () => {
    const s = scenarioOf(`name: sunday queue
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 }, premiums: { sunday: 0.5 } }
activities:
  q: { language: fr, contacts: { volume: 20000, aht: 300, channel: voice }, coverage: "Sat-Sun 08:00-20:00", profile: { days: { Sun: 3 } } }
`);
    const q = s.activities[0];
    if (!q?.contacts) throw new Error('no queue');
    // Erlangs in one covered hour: volume per week × the hour's share of the weight × AHT.
    const weeks = 52 / 12;
    const erlangs = (dayWeight: number) => ((20000 / weeks) * (dayWeight / (12 * (1 + 3))) * 300) / 3600;
    // Whole agents each Sunday hour (Erlang's own search), as a one-country plan staffs them.
    const sundayHours = wholeAgentsFor(q.contacts, erlangs(3)) * 12 * weeks;
    const h = homeOnly(prepare(s), 0);
    expect(h.feasible).toBe(true);
    if (!h.feasible) return;
    expect(h.cost).toBeCloseTo(q.hours * 30 + sundayHours * 30 * 0.5, 6);
  });

  it('holds exactly at the limits (capacity and floor met with equality)', () => {
    const s = scenario('  a: { language: fr, hours: 900, min_quality: 0.9 }\n  b: { language: en, hours: 100 }\n');
    expect(homeOnly(prepare(s), 0)).toMatchObject({ feasible: true, cost: 30_000 });
  });

  it('says so when home is not among the countries', () => {
    const s = scenario('  a: { language: fr, hours: 10 }\n');
    const h = homeOnly(prepare({ ...s, home: 'XX' }), 0);
    expect(texts(h)).toEqual(['home country XX is not in the scenario']);
  });
});
