import type { PreparedScenario } from '../model/prepare.js';
import { hourDemand } from '../model/timeClasses.js';
import type { Country, DataClass } from '../scenario/types.js';
import { DIAGNOSIS_SLACK } from '../tolerances.js';

/**
 * Why everything cannot be delivered in the home country, as data: the table and JSON say it
 * in English (report/homeReasonText.ts), the annex in French or English.
 */
export type HomeReason =
  | { readonly kind: 'missing-home'; readonly home: string }
  | { readonly kind: 'language'; readonly activity: string; readonly home: string; readonly language: string }
  | { readonly kind: 'allow-list'; readonly activity: string; readonly home: string }
  | { readonly kind: 'residency'; readonly activity: string; readonly home: string; readonly data: DataClass }
  | {
      readonly kind: 'quality';
      readonly activity: string;
      readonly home: string;
      readonly quality: number;
      readonly floor: number;
    }
  | { readonly kind: 'max-share'; readonly activity: string; readonly share: number }
  | { readonly kind: 'min-countries'; readonly activity: string; readonly count: number }
  | { readonly kind: 'capacity'; readonly home: string; readonly capacity: number; readonly hours: number }
  | {
      readonly kind: 'language-capacity';
      readonly home: string;
      readonly language: string;
      readonly capacity: number;
      readonly hours: number;
    }
  /**
   * Opening hours the home country does not work: `slots` (day × 24 + hour, Monday first) in the
   * customers' `timezone`; `working` the home country's working week in its own local time.
   */
  | {
      readonly kind: 'hours';
      readonly activity: string;
      readonly home: string;
      readonly slots: readonly number[];
      readonly timezone: string;
      readonly working: readonly boolean[];
    }
  /**
   * More agents needed at once than the home country has `seats`: `peak` agents at the busiest
   * hour, over seats in the `slots` (customers' `timezone`, as for 'hours').
   */
  | {
      readonly kind: 'seats';
      readonly home: string;
      readonly seats: number;
      readonly peak: number;
      readonly slots: readonly number[];
      readonly timezone: string;
    };

export function homeReasons(p: PreparedScenario): HomeReason[] {
  const s = p.scenario;
  const home = s.countries.find((c) => c.code === s.home);
  if (!home) return [{ kind: 'missing-home', home: s.home }];
  const out: HomeReason[] = [];
  const byLanguage = new Map<string, number>();
  let hours = 0;
  for (const a of s.activities) {
    const st = p.pairs.status(a, home);
    if (!st.allowed) {
      out.push(
        st.why === 'language'
          ? { kind: 'language', activity: a.id, home: home.code, language: a.language }
          : st.why === 'allow-list'
            ? { kind: 'allow-list', activity: a.id, home: home.code }
            : { kind: 'residency', activity: a.id, home: home.code, data: a.data },
      );
      continue;
    }
    const q = home.languages[a.language]?.quality ?? 0;
    if (a.minQuality !== undefined && q < a.minQuality)
      out.push({ kind: 'quality', activity: a.id, home: home.code, quality: q, floor: a.minQuality });
    if (a.maxShare !== undefined && a.maxShare < 1) out.push({ kind: 'max-share', activity: a.id, share: a.maxShare });
    if (a.minCountries !== undefined && a.minCountries > 1)
      out.push({ kind: 'min-countries', activity: a.id, count: a.minCountries });
    hours += a.hours;
    byLanguage.set(a.language, (byLanguage.get(a.language) ?? 0) + a.hours);
  }
  if (home.capacityHours !== undefined && hours > home.capacityHours)
    out.push({ kind: 'capacity', home: home.code, capacity: home.capacityHours, hours });
  for (const [language, h] of byLanguage) {
    const cap = home.languages[language]?.capacityHours;
    if (cap !== undefined && h > cap)
      out.push({ kind: 'language-capacity', home: home.code, language, capacity: cap, hours: h });
  }
  // Covered hours (with volume) in which the home country's sites are closed.
  const tm = p.time;
  for (const a of tm ? s.activities : []) {
    if (!a.coverage || !tm || !p.pairs.status(a, home).allowed) continue; // not allowed: already said
    const slots = new Set<number>();
    for (const k of tm.classes) {
      if (hourDemand(tm, k, a.id, a.hours) <= 0 || k.countries.get(home.code)?.works === true) continue;
      for (const i of k.members) slots.add(tm.grid[i]?.slot ?? 0);
    }
    if (slots.size > 0)
      out.push({
        kind: 'hours',
        activity: a.id,
        home: home.code,
        slots: [...slots].sort((p, q) => p - q),
        timezone: s.time.rule.zone,
        working: home.time.working,
      });
  }
  const seats = seatsShort(p, home);
  if (seats) out.push(seats);
  return out;
}

/**
 * The hours of the week in which the home country, working alone, would need more agents at
 * once than its seats: every covered activity it may deliver, a queue fully pooled (agents
 * from Erlang at that hour's traffic), other work spread over its opening hours.
 */
function seatsShort(p: PreparedScenario, home: Country): HomeReason | undefined {
  const { scenario: s, time: tm } = p;
  const seats = home.time.seats;
  if (seats === undefined || !tm) return undefined;
  const covered = s.activities.filter((a) => a.coverage !== undefined && p.pairs.status(a, home).allowed);
  const slots = new Set<number>();
  let peak = 0;
  for (const k of tm.classes) {
    if (k.countries.get(home.code)?.works !== true) continue;
    const atOnce = covered.reduce((t, a) => t + p.agentsAtOnce(k, a), 0);
    if (atOnce <= seats * (1 + DIAGNOSIS_SLACK)) continue;
    peak = Math.max(peak, atOnce);
    for (const i of k.members) slots.add(tm.grid[i]?.slot ?? 0);
  }
  return slots.size === 0
    ? undefined
    : {
        kind: 'seats',
        home: home.code,
        seats,
        peak,
        slots: [...slots].sort((p, q) => p - q),
        timezone: s.time.rule.zone,
      };
}
