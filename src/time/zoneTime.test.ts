import { describe, expect, it } from 'vitest';
import { weekGrid } from './weekGrid.js';
import { localDayHour, offsetMinutes } from './zoneTime.js';

const paris = { zone: 'Europe/Paris', fixedOffsetMinutes: undefined };
const casablanca = { zone: 'Africa/Casablanca', fixedOffsetMinutes: undefined };

describe('time zones', () => {
  it('gives 167 hours to the week clocks go forward, 169 when they go back, 168 otherwise', () => {
    expect(weekGrid('2027-01-11', paris).length).toBe(168);
    const march = weekGrid('2027-03-22', paris);
    expect(march.length).toBe(167);
    expect(march.filter((t) => t.day === 6 && t.hour === 2)).toEqual([]); // 02:00 does not exist on 28 March
    const october = weekGrid('2027-10-25', paris);
    expect(october.length).toBe(169);
    expect(october.filter((t) => t.day === 6 && t.hour === 2).map((t) => t.iso)).toEqual([
      '2027-10-31T02:00:00+02:00',
      '2027-10-31T02:00:00+01:00',
    ]);
  });

  it('puts Morocco on UTC+0 for good from 2026-09-20 (tzdata 2026c), whatever the runtime ships', () => {
    expect(offsetMinutes(casablanca, Date.UTC(2027, 0, 15, 12))).toBe(0);
    expect(offsetMinutes(casablanca, Date.UTC(2027, 6, 15, 12))).toBe(0);
    expect(localDayHour(casablanca, Date.UTC(2027, 0, 15, 9)).hour).toBe(9);
    // Before the change the runtime's rules apply (UTC+1 on 2026-09-01).
    expect(offsetMinutes(casablanca, Date.UTC(2026, 8, 1, 12))).toBe(60);
  });

  it('lets a fixed utc_offset override the zone', () => {
    expect(offsetMinutes({ zone: 'Africa/Casablanca', fixedOffsetMinutes: 60 }, Date.UTC(2027, 0, 15))).toBe(60);
  });
});
