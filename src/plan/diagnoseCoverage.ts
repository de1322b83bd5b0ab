import { isHours, type LpModel } from '../model/lp.js';
import type { PreparedScenario } from '../model/prepare.js';
import type { Scenario } from '../scenario/types.js';
import { describeHours } from '../time/weekMask.js';
import type { RawFinding } from './diagnoseRules.js';
import { say, type DiagnosisWords } from './diagnosisWords.js';

/**
 * A queue's hours that countries do work but cannot staff: no whole-agent staffing within the
 * seats of the countries working then, from at most max_countries_per_hour of them, meets its targets.
 */
function unstaffable(s: Scenario, model: LpModel, seatless: ReadonlyMap<string, number[]>): RawFinding[] {
  return [...seatless].flatMap(([id, slots]) => {
    const a = s.activities.find((x) => x.id === id);
    const q = a?.contacts;
    if (!a || !q) return [];
    const working = [...new Set(model.vars.flatMap((v) => (isHours(v) && v.activity === id ? [v.country] : [])))];
    const seated = s.countries.filter((c) => working.includes(c.code) && c.time.seats !== undefined);
    const seats = (w: DiagnosisWords): string => seated.map((c) => w.seatsOf(c.code, c.time.seats ?? 0)).join(', ');
    const target = q.targets.serviceLevel;
    const sl = (w: DiagnosisWords): string =>
      target ? `${Math.round(target.share * 100)}/${target.withinSeconds}` : w.itsTargets;
    return [
      {
        rule: 'capacity' as const,
        activities: [id],
        message: say((w) =>
          w.unstaffable(id, `${describeHours(slots)} ${s.time.rule.zone}`, q.maxCountriesPerHour, sl(w), seats(w)),
        ),
        path: seated[0] ? ['countries', seated[0].code, 'seats'] : ['activities', id, 'contacts'],
      },
    ];
  });
}

/** Covered hours that no allowed country works, in the customers' time zone. */
export function coverageGaps(p: PreparedScenario, model: LpModel): RawFinding[] {
  const s = p.scenario;
  const tm = model.time;
  if (!tm) return [];
  const gaps = new Map<string, number[]>();
  const seatless = new Map<string, number[]>();
  for (const r of model.rows) {
    if (r.kind !== 'demand' || r.timeClass === undefined || r.terms.length > 0 || r.rhs <= 0 || !r.activity) continue;
    const slots = (tm.classes[r.timeClass]?.members ?? []).map((i) => tm.grid[i]?.slot ?? 0);
    // A queue's class with countries at work but no staffing pattern: the seats are too few.
    const works = model.vars.some((v) => isHours(v) && v.activity === r.activity && v.timeClass === r.timeClass);
    const into = works ? seatless : gaps;
    into.set(r.activity, [...(into.get(r.activity) ?? []), ...slots]);
  }
  return [
    ...unstaffable(s, model, seatless),
    ...[...gaps].map(([id, slots]) => {
      const a = s.activities.find((x) => x.id === id);
      const who = (w: DiagnosisWords): string =>
        a
          ? p.pairs
              .allowed(a)
              .map((c) => w.worksLocal(c.code, c.time.workingText))
              .join('; ')
          : '';
      return {
        rule: 'coverage' as const,
        activities: [id],
        message: say((w) => w.nobodyWorks(id, `${describeHours(slots)} ${s.time.rule.zone}`, who(w))),
        path: ['activities', id, 'coverage'],
      };
    }),
  ];
}
