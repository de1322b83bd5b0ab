import { sharesOfPlannedHours } from '../model/plannedShares.js';
import { carbonCapPath, carbonPerHour, socialPath } from '../scenario/esg.js';
import type { PreparedScenario } from '../model/prepare.js';
import type { RawFinding } from './diagnoseRules.js';
import { say } from './diagnosisWords.js';

/**
 * ESG rules no plan can meet, found by counting: a carbon cap below what the activities emit
 * even in their least-carbon allowed country each; a social clause whose insertion hours the home
 * country cannot give. Contact queues (hours known only from a solve) are left to the deletion filter.
 */
export function esgShortfalls(p: PreparedScenario): RawFinding[] {
  const s = p.scenario;
  const e = s.esg;
  if (!e || s.activities.some(sharesOfPlannedHours) || s.activities.some((a) => p.pairs.allowed(a).length === 0))
    return [];
  const out: RawFinding[] = [];
  const cap = e.carbonCap?.perPeriod;
  if (cap !== undefined) {
    const least =
      s.activities.reduce(
        (t, a) => t + a.hours * Math.min(...p.pairs.allowed(a).map((c) => carbonPerHour(s, c.code, a.id) ?? 0)),
        0,
      ) / 1000;
    if (least > cap * (1 + 1e-9)) {
      out.push({
        rule: 'carbon-cap',
        activities: s.activities.map((a) => a.id),
        path: carbonCapPath.map(String),
        message: say((w) => w.carbonCap(least, s.period, cap, e.carbonCap?.tonnes ?? 0, e.carbonCap?.per ?? '')),
      });
    }
  }
  const home = s.countries.find((c) => c.code === s.home);
  if (e.social && e.social.minShare > 0 && home) {
    const total = s.activities.reduce((t, a) => t + a.hours, 0);
    const able = s.activities.filter((a) => p.pairs.status(a, home).allowed);
    const reach = Math.min(
      home.capacityHours ?? Infinity,
      able.reduce(
        (t, a) =>
          t +
          Math.min(
            a.hours,
            home.languages[a.language]?.capacityHours ?? Infinity,
            a.maxShare === undefined ? Infinity : a.maxShare * a.hours,
          ),
        0,
      ),
    );
    const social = e.social;
    const need = social.minShare * total;
    if (social.insertionShareOfHome * reach < need * (1 - 1e-9)) {
      out.push({
        rule: 'social-clause',
        activities: s.activities.map((a) => a.id),
        path: socialPath.map(String),
        message: say((w) => w.socialClause(social.minShare, total, need, s.home, reach, social.insertionShareOfHome)),
      });
    }
  }
  return out;
}
