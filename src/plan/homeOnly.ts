import { pairStatus } from '../scenario/residency.js';
import type { Scenario } from '../scenario/types.js';
import { hoursText } from './numberWords.js';
import type { HomeOnly } from './types.js';
import type { Country } from '../scenario/types.js';
import { hourDemand, type TimeModel } from '../model/timeClasses.js';
import { describeHours } from '../time/weekMask.js';

/** For activities with coverage: the covered hours home does not work, and home's premiums. */
function homeHours(s: Scenario, home: Country, tm: TimeModel): { gaps: string[]; premium: number } {
  const gaps: string[] = [];
  let premium = 0;
  for (const a of s.activities) {
    if (!a.coverage) continue;
    const missing: number[] = [];
    for (const k of tm.classes) {
      const need = hourDemand(tm, k, a.id, a.hours) * k.members.length;
      if (need <= 0) continue;
      const h = k.countries.get(home.code);
      if (!h?.works) missing.push(...k.members.map((i) => tm.grid[i]?.slot ?? 0));
      else premium += need * home.costPerHour * (h.multiplier - 1);
    }
    if (missing.length > 0) gaps.push(`${a.id}: ${home.code} does not work ${describeHours(missing)} ${s.time.rule.zone} (it works ${home.time.workingText} local)`);
  }
  return { gaps, premium };
}

/**
 * Cost of delivering every activity in the home country, or why that is itself impossible
 * (the baseline a consultant's saving is measured against).
 */
export function homeOnly(s: Scenario, planCost: number, tm?: TimeModel): HomeOnly {
  const home = s.countries.find((c) => c.code === s.home);
  if (!home) return { feasible: false, reasons: [`home country ${s.home} is not in the scenario`], notionalCost: undefined };
  const reasons: string[] = [];
  const byLanguage = new Map<string, number>();
  let hours = 0;
  for (const a of s.activities) {
    const st = pairStatus(s, a, home);
    if (!st.allowed) {
      const why = st.why === 'language' ? `${home.code} does not offer "${a.language}"` : st.why === 'allow-list' ? `${home.code} is not in its allow-list` : 'residency forbids it';
      reasons.push(`${a.id} cannot be delivered in ${home.code}: ${why}`);
      continue;
    }
    const q = home.languages[a.language]?.quality ?? 0;
    if (a.minQuality !== undefined && q < a.minQuality) reasons.push(`${a.id}: ${home.code} quality ${q} is below min_quality ${a.minQuality}`);
    if (a.maxShare !== undefined && a.maxShare < 1) reasons.push(`${a.id}: max_share ${a.maxShare} forbids putting all of it in one country`);
    if (a.minCountries !== undefined && a.minCountries > 1) reasons.push(`${a.id}: min_countries ${a.minCountries} requires more than one country`);
    hours += a.hours;
    byLanguage.set(a.language, (byLanguage.get(a.language) ?? 0) + a.hours);
  }
  if (home.capacityHours !== undefined && hours > home.capacityHours) {
    reasons.push(`${home.code} capacity is ${hoursText(home.capacityHours)} for ${hoursText(hours)} of work`);
  }
  for (const [lang, h] of byLanguage) {
    const cap = home.languages[lang]?.capacityHours;
    if (cap !== undefined && h > cap) reasons.push(`${home.code} "${lang}" capacity is ${hoursText(cap)} for ${hoursText(h)} of work`);
  }
  const timed = tm ? homeHours(s, home, tm) : { gaps: [], premium: 0 };
  reasons.push(...timed.gaps);
  const cost = s.activities.reduce((sum, a) => sum + a.hours * home.costPerHour, 0) + home.fixedCost + timed.premium;
  if (reasons.length === 0) return { feasible: true, cost, saving: cost - planCost };
  // Still price "everything at the home rate" when only volume rules (capacity, shares) stand in the way.
  const legal = s.activities.every((a) => pairStatus(s, a, home).allowed);
  return { feasible: false, reasons, notionalCost: legal ? cost : undefined };
}
