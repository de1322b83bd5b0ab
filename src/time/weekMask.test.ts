import { describe, expect, it } from 'vitest';
import { describeHours, parseHourRange, parseWindows } from './weekMask.js';

const hoursOf = (text: string): number[] => {
  const r = parseWindows(text);
  if (!r.ok) throw new Error(r.error);
  return r.value.flatMap((on, slot) => (on ? [slot] : []));
};

describe('parseWindows', () => {
  it('reads several windows and day ranges', () => {
    const slots = hoursOf('Mon-Fri 08:00-20:00, Sat 09:00-18:00');
    expect(slots.length).toBe(5 * 12 + 9);
    expect(slots).toContain(8); // Mon 08:00
    expect(slots).not.toContain(20); // Mon 20:00 excluded
    expect(slots).toContain(5 * 24 + 9); // Sat 09:00
    expect(slots).not.toContain(6 * 24 + 10); // Sunday closed
  });

  it('reads French day names and hours as the English ones', () => {
    expect(hoursOf('Lun-Ven 8h-20h, Sam. 09h00-18h00')).toEqual(hoursOf('Mon-Fri 08:00-20:00, Sat 09:00-18:00'));
    expect(hoursOf('lundi-dimanche 00:00-24:00').length).toBe(168);
    expect(hoursOf('MER 10:00-11:00')).toEqual([2 * 24 + 10]);
    expect(hoursOf('Tuesday 10:00-11:00')).toEqual([24 + 10]);
    expect(parseWindows('Lun-Ven 8h30-20h')).toEqual({
      ok: false,
      error: '"8h30": bestshore plans by the hour, so use whole hours (e.g. 08:00)',
    });
  });

  it('runs past midnight into the next day, and wraps Sunday into Monday', () => {
    const slots = hoursOf('Sun 22:00-06:00');
    expect(slots).toEqual([0, 1, 2, 3, 4, 5, 6 * 24 + 22, 6 * 24 + 23]);
    expect(hoursOf('Mon-Sun 00:00-24:00').length).toBe(168);
    expect(hoursOf('Fri-Mon 10:00-11:00')).toEqual([10, 4 * 24 + 10, 5 * 24 + 10, 6 * 24 + 10]);
  });

  it.each([
    ['Mon-Fri 25:00-20:00', '"25:00" is not a time of day (00:00 to 23:00)'],
    ['Mon-Fri 08:30-20:00', '"08:30": bestshore plans by the hour, so use whole hours (e.g. 08:00)'],
    [
      'Mon-Fry 08:00-20:00',
      '"Mon-Fry" is not a day or day range like Mon-Fri or Lun-Ven (days: Mon, Tue, Wed, Thu, Fri, Sat, Sun)',
    ],
    ['Mon-Fri 08:00', '"08:00" is not a time range like 08:00-20:00'],
    ['Mon 08:00-08:00', '"Mon 08:00-08:00" is empty: start and end are the same'],
    ['Mon-Fri 08:00-20:00,', 'empty window: expected e.g. "Mon-Fri 08:00-20:00, Sat 09:00-18:00"'],
    ['weekdays', '"weekdays" is not a window like "Mon-Fri 08:00-20:00"'],
  ])('rejects %s', (text, error) => {
    expect(parseWindows(text)).toEqual({ ok: false, error });
  });

  it('parses night hours across midnight', () => {
    const r = parseHourRange('21:00-06:00');
    expect(r.ok && r.value.flatMap((on, h) => (on ? [h] : []))).toEqual([0, 1, 2, 3, 4, 5, 21, 22, 23]);
  });

  it('describes hours by day, grouping days with the same hours', () => {
    expect(describeHours([6 * 24 + 2, 6 * 24 + 3, 6 * 24 + 4])).toBe('Sun 02:00–05:00');
    expect(describeHours([4, 5, 6, 28, 29, 30, 52, 53, 54].flatMap((h) => [h]))).toBe('Mon–Wed 04:00–07:00');
  });
});
