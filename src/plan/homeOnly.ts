import { homeReasons } from './homeReasons.js';
import type { HomeOnly } from './types.js';
import type { Country } from '../scenario/types.js';
import type { PreparedScenario } from '../model/prepare.js';

/**
 * Night/Sunday premiums home would pay on the covered hours it works: each hour's agents (a
 * queue fully pooled, staffed for that hour's traffic, as its hours are) at the premium.
 */
function homePremium(p: PreparedScenario, home: Country): number {
  const { scenario: s, time: tm } = p;
  if (!tm) return 0;
  let premium = 0;
  for (const a of s.activities) {
    if (!a.coverage) continue;
    for (const k of tm.classes) {
      const h = k.countries.get(home.code);
      if (h?.works)
        premium += p.agentsAtOnce(k, a) * tm.weeksPerPeriod * k.members.length * home.costPerHour * (h.multiplier - 1);
    }
  }
  return premium;
}

/**
 * Cost of delivering every activity in the home country, or why that is itself impossible
 * (the baseline a consultant's saving is measured against).
 */
export function homeOnly(p: PreparedScenario, planCost: number): HomeOnly {
  const s = p.scenario;
  const home = s.countries.find((c) => c.code === s.home);
  const reasons = homeReasons(p);
  if (!home) return { feasible: false, reasons, notionalCost: undefined };
  const cost =
    s.activities.reduce((sum, a) => sum + a.hours * home.costPerHour, 0) + home.fixedCost + homePremium(p, home);
  if (reasons.length === 0) return { feasible: true, cost, saving: cost - planCost };
  // Still price "everything at the home rate" when home may legally deliver every activity.
  const legal = s.activities.every((a) => p.pairs.status(a, home).allowed);
  return { feasible: false, reasons, notionalCost: legal ? cost : undefined };
}
