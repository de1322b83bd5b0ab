import { describe, expect, it } from 'vitest';
import { groupWeek, hourRanges, isAllWeek, maskGroups, runHours, slotGroups, weekText } from './week.js';

const NB = '\u00a0';
const FR_DAYS = ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'];
/** A week mask (day × 24 + hour) from a predicate. */
const mask = (on: (day: number, hour: number) => boolean): boolean[] =>
  Array.from({ length: 168 }, (_, s) => on(Math.floor(s / 24), s % 24));

describe('week runs: the text form of opening hours', () => {
  it('every day alike: the run across midnight is one run, listed first (Lun–Dim 22:00–06:00 : SR ; 06:00–22:00 : RO)', () => {
    const groups = groupWeek((_, h) => (h >= 22 || h < 6 ? 'SR' : 'RO'));
    expect(groups).toEqual([
      {
        from: 0,
        to: 6,
        runs: [
          { from: 22, to: 6, key: 'SR' },
          { from: 6, to: 22, key: 'RO' },
        ],
      },
    ]);
    expect(runHours({ from: 22, to: 6 })).toBe(8);
  });

  it('days that differ make groups; midnight is not merged for fewer than seven days (it would be wrong)', () => {
    // Mon–Sat: SR at night, RO by day; Sunday: RO until 10:00, then both, SR from 20:00.
    const groups = groupWeek((d, h) =>
      h >= 22 || h < 6 ? 'SR' : d < 6 ? 'RO' : h < 10 ? 'RO' : h < 20 ? 'RO+SR' : 'SR',
    );
    expect(groups).toEqual([
      {
        from: 0,
        to: 5,
        runs: [
          { from: 0, to: 6, key: 'SR' },
          { from: 6, to: 22, key: 'RO' },
          { from: 22, to: 24, key: 'SR' },
        ],
      },
      {
        from: 6,
        to: 6,
        runs: [
          { from: 0, to: 6, key: 'SR' },
          { from: 6, to: 10, key: 'RO' },
          { from: 10, to: 20, key: 'RO+SR' },
          { from: 20, to: 24, key: 'SR' },
        ],
      },
    ]);
  });

  it('closed hours and closed days leave no run; consecutive alike days group, others do not', () => {
    const open = mask((d, h) => (d < 5 && h >= 8 && h < 20) || (d === 5 && h >= 9 && h < 13));
    expect(maskGroups(open)).toEqual([
      { from: 0, to: 4, runs: [{ from: 8, to: 20, key: true }] },
      { from: 5, to: 5, runs: [{ from: 9, to: 13, key: true }] },
    ]);
    expect(weekText(maskGroups(open), FR_DAYS, '24/7', `${NB}; `)).toBe(
      `Lun–Ven${NB}08:00–20:00${NB}; Sam${NB}09:00–13:00`,
    );
    // Monday and Wednesday alike, Tuesday different: three groups, not "Lun–Mer".
    expect(
      groupWeek((d, h) => (d > 2 || h !== 9 ? undefined : d === 1 ? 'b' : 'a')).map((g) => [g.from, g.to]),
    ).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('a custom equality groups keys that are objects', () => {
    const groups = groupWeek(
      (_, h) => ({ who: h < 12 ? 'A' : 'B' }),
      (a, b) => a.who === b.who,
    );
    expect(groups.map((g) => g.runs.map((r) => [r.from, r.to, r.key.who]))).toEqual([
      [
        [0, 12, 'A'],
        [12, 24, 'B'],
      ],
    ]);
  });

  it("every hour of the week is said in the language's short form", () => {
    const all = maskGroups(mask(() => true));
    expect(isAllWeek(all)).toBe(true);
    expect(weekText(all, FR_DAYS, `24${NB}h/24, 7${NB}j/7`, '; ')).toBe(`24${NB}h/24, 7${NB}j/7`);
    expect(isAllWeek(maskGroups(mask((d) => d < 6)))).toBe(false);
    expect(
      weekText(maskGroups(mask((d) => d < 6)), ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], '24/7', '; '),
    ).toBe(`Mon–Sat${NB}00:00–24:00`);
  });

  it('night hours of a day: the range across midnight is one (21:00–06:00)', () => {
    const night = Array.from({ length: 24 }, (_, h) => h >= 21 || h < 6);
    expect(hourRanges(night)).toEqual([{ from: 21, to: 6, key: true }]);
    expect(hourRanges(Array.from({ length: 24 }, (_, h) => h >= 1 && h < 5))).toEqual([{ from: 1, to: 5, key: true }]);
    expect(hourRanges(new Array<boolean>(24).fill(false))).toEqual([]);
  });

  it('slots (day × 24 + hour) group like a mask', () => {
    const slots = [...Array.from({ length: 7 }, (_, d) => [d * 24, d * 24 + 1, d * 24 + 23])].flat();
    expect(weekText(slotGroups(slots), FR_DAYS, '24/7', '; ')).toBe(`Lun–Dim${NB}23:00–02:00`);
  });
});
