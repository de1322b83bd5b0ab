import { pairStatus } from '../scenario/residency.js';
import type { Scenario } from '../scenario/types.js';
import { homeReasons } from './homeReasons.js';
import { agentsAtOnce } from '../model/agentsAtOnce.js';
import type { HomeOnly } from './types.js';
import type { Country } from '../scenario/types.js';
import { timeModel, type TimeModel } from '../model/timeClasses.js';

/**
 * Night/Sunday premiums home would pay on the covered hours it works: each hour's agents (a
 * queue fully pooled, staffed for that hour's traffic, as its hours are) at the premium.
 */
function homePremium(s: Scenario, home: Country, tm: TimeModel): number {
  let premium = 0;
  for (const a of s.activities) {
    if (!a.coverage) continue;
    for (const k of tm.classes) {
      const h = k.countries.get(home.code);
      if (h?.works)
        premium +=
          agentsAtOnce(tm, k, a) * tm.weeksPerPeriod * k.members.length * home.costPerHour * (h.multiplier - 1);
    }
  }
  return premium;
}

/**
 * Cost of delivering every activity in the home country, or why that is itself impossible
 * (the baseline a consultant's saving is measured against).
 */
export function homeOnly(s: Scenario, planCost: number, time?: TimeModel): HomeOnly {
  const home = s.countries.find((c) => c.code === s.home);
  const tm = time ?? timeModel(s);
  const reasons = homeReasons(s, tm);
  if (!home) return { feasible: false, reasons, notionalCost: undefined };
  const cost =
    s.activities.reduce((sum, a) => sum + a.hours * home.costPerHour, 0) +
    home.fixedCost +
    (tm ? homePremium(s, home, tm) : 0);
  if (reasons.length === 0) return { feasible: true, cost, saving: cost - planCost };
  // Still price "everything at the home rate" when home may legally deliver every activity.
  const legal = s.activities.every((a) => pairStatus(s, a, home).allowed);
  return { feasible: false, reasons, notionalCost: legal ? cost : undefined };
}
