import type { LpModel } from '../model/lp.js';
import { allowedCountries } from '../scenario/residency.js';
import type { Scenario } from '../scenario/types.js';
import { describeHours } from '../time/weekMask.js';
import type { RawFinding } from './diagnoseRules.js';

/** Covered hours that no allowed country works, in the customers' time zone. */
export function coverageGaps(s: Scenario, model: LpModel): RawFinding[] {
  const tm = model.time;
  if (!tm) return [];
  const gaps = new Map<string, number[]>();
  for (const r of model.rows) {
    if (r.kind !== 'demand' || r.timeClass === undefined || r.terms.length > 0 || r.rhs <= 0 || !r.activity) continue;
    const slots = (tm.classes[r.timeClass]?.members ?? []).map((i) => tm.grid[i]?.slot ?? 0);
    gaps.set(r.activity, [...(gaps.get(r.activity) ?? []), ...slots]);
  }
  return [...gaps].map(([id, slots]) => {
    const a = s.activities.find((x) => x.id === id);
    const who = a ? allowedCountries(s, a).map((c) => `${c.code} works ${c.time.workingText} local`).join('; ') : '';
    return {
      rule: 'coverage' as const,
      activities: [id],
      message: [`${id}, ${describeHours(slots)} ${s.time.rule.zone}: no allowed country works then${who ? ` (${who})` : ' (no country may deliver it at all)'}`],
      path: ['activities', id, 'coverage'],
    };
  });
}
