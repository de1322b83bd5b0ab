import { sharesOfPlannedHours } from '../model/plannedShares.js';
import { capGroups, maxSharePath, minHomeSharePath, ruleActivities, type GlobalRule } from '../scenario/globalRules.js';
import type { PreparedScenario } from '../model/prepare.js';
import type { Activity, Country } from '../scenario/types.js';
import type { RawFinding } from './diagnoseRules.js';
import { say } from './diagnosisWords.js';
import { DIAGNOSIS_SLACK } from '../tolerances.js';

/** `rules.offshore_cap`, with its label when one is written. */
const named = (r: GlobalRule): string => (r.label === r.name ? `rules.${r.name}` : `rules.${r.name} (${r.label})`);
/** Most hours country c can give activity a on its own (capacities and the activity's max_share). */
const reach = (a: Activity, c: Country): number =>
  Math.min(
    a.hours,
    c.capacityHours ?? Infinity,
    c.languages[a.language]?.capacityHours ?? Infinity,
    a.maxShare === undefined ? Infinity : a.maxShare * a.hours,
  );

/**
 * Global rules (top-level `rules`) no plan can meet, found by counting hours: a cap on countries
 * some activities may only be delivered in, a cap on every country with too few countries, a
 * home share home cannot give. Groups with a contact queue are left to the deletion filter (their
 * basis is the hours planned, known only from a solve).
 */
export function globalShareShortfalls(p: PreparedScenario): RawFinding[] {
  const s = p.scenario;
  return s.globalRules.flatMap((r) => {
    const group = ruleActivities(s, r);
    if (group.length === 0 || group.some(sharesOfPlannedHours) || group.some((a) => p.pairs.allowed(a).length === 0))
      return [];
    return [...capShortfalls(p, r, group), ...homeShortfall(p, r, group)];
  });
}

function capShortfalls(p: PreparedScenario, r: GlobalRule, group: readonly Activity[]): RawFinding[] {
  const s = p.scenario;
  const k = r.maxShare;
  if (k === undefined || k >= 1) return [];
  const total = group.reduce((t, a) => t + a.hours, 0);
  const ids = group.map((a) => a.id);
  const path = maxSharePath(r).map(String);
  for (const codes of capGroups(s, r)) {
    const confined = group.filter((a) => p.pairs.allowed(a).every((c) => codes.includes(c.code)));
    const forced = confined.reduce((t, a) => t + a.hours, 0);
    if (forced > k * total * (1 + DIAGNOSIS_SLACK)) {
      return [
        {
          rule: 'global-max-share',
          activities: confined.map((a) => a.id),
          message: say((w) =>
            w.globalConfined(
              named(r),
              confined.map((a) => a.id),
              codes,
              forced,
              k,
              total,
            ),
          ),
          path,
        },
      ];
    }
  }
  if (r.countries === undefined) {
    const able = s.countries.filter((c) => group.some((a) => p.pairs.status(a, c).allowed));
    if (able.length * k < 1 - DIAGNOSIS_SLACK) {
      return [
        {
          rule: 'global-max-share',
          activities: ids,
          message: say((w) =>
            w.globalSpread(
              named(r),
              k,
              able.map((c) => c.code),
              total,
            ),
          ),
          path,
        },
      ];
    }
  }
  return [];
}

function homeShortfall(p: PreparedScenario, r: GlobalRule, group: readonly Activity[]): RawFinding[] {
  const s = p.scenario;
  const k = r.minHomeShare;
  const home = s.countries.find((c) => c.code === s.home);
  if (k === undefined || k <= 0 || !home) return [];
  const total = group.reduce((t, a) => t + a.hours, 0);
  const able = group.filter((a) => p.pairs.status(a, home).allowed);
  const most = Math.min(
    home.capacityHours ?? Infinity,
    able.reduce((t, a) => t + reach(a, home), 0),
  );
  if (most >= k * total * (1 - DIAGNOSIS_SLACK)) return [];
  return [
    {
      rule: 'global-min-home-share',
      activities: group.map((a) => a.id),
      message: say((w) => w.globalHome(named(r), k, total, s.home, most)),
      path: minHomeSharePath(r).map(String),
    },
  ];
}
