import { pairTable, type PairTable } from '../scenario/residency.js';
import type { Scenario } from '../scenario/types.js';
import { shareBasis } from './shareBasis.js';
import { verifyGlobalRules } from './verifyGlobal.js';
import type { AllocationRow } from './types.js';
import { VERIFY_TOLERANCE as TOL } from '../tolerances.js';

const within = (lhs: number, rhs: number): boolean => lhs <= rhs + TOL * Math.max(1, Math.abs(rhs));
const fmt = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/**
 * Check a plan against the scenario itself, not against the model the engine solved:
 * every row allowed (language, allow-list, residency), demand met, every capacity, quality,
 * share and home-share rule respected, and the total cost recomputed from the rates.
 * Returns the violations in words; empty means the plan is valid.
 */
export function verifyAllocation(
  s: Scenario,
  rows: readonly AllocationRow[],
  totalCost: number,
  pairs: PairTable = pairTable(s),
): string[] {
  const out: string[] = [];
  const hours = new Map<string, number>();
  const add = (key: string, h: number): void => {
    hours.set(key, (hours.get(key) ?? 0) + h);
  };
  let cost = 0;
  const base = shareBasis(rows);
  for (const r of rows) {
    const a = s.activities.find((x) => x.id === r.activity);
    const c = s.countries.find((x) => x.code === r.country);
    if (!a || !c) {
      out.push(`row ${r.activity}/${r.country} names an unknown activity or country`);
      continue;
    }
    if (!(r.hours >= 0) || !Number.isFinite(r.hours))
      out.push(`${a.id} in ${c.code}: hours ${r.hours} is not a non-negative number`);
    const st = pairs.status(a, c);
    if (!st.allowed) out.push(`${a.id} in ${c.code}: not allowed (${st.why})`);
    else if (st.basis !== r.basis) out.push(`${a.id} in ${c.code}: basis ${r.basis}, expected ${st.basis}`);
    add(`a:${a.id}`, r.hours);
    add(`c:${c.code}`, r.hours);
    add(`l:${c.code}:${a.language}`, r.hours);
    add(`q:${a.id}`, r.hours * (c.languages[a.language]?.quality ?? 0));
    add(`h:${a.id}`, c.code === s.home ? r.hours : 0);
    if (a.maxShare !== undefined && !within(r.hours, a.maxShare * base(a))) {
      out.push(`${a.id} in ${c.code}: ${fmt(r.hours)} h exceeds max_share ${a.maxShare} of ${fmt(base(a))} h`);
    }
    if (!(r.idleHours >= 0)) out.push(`${a.id} in ${c.code}: idle hours ${r.idleHours} is not a non-negative number`);
    cost += (r.hours + r.idleHours) * c.costPerHour;
  }
  for (const a of s.activities) {
    const got = hours.get(`a:${a.id}`) ?? 0;
    if (!a.contacts?.queued && Math.abs(got - a.hours) > TOL * Math.max(1, a.hours))
      out.push(`${a.id}: ${fmt(got)} h planned, ${a.hours} h required`);
    // A queue's hours depend on its split, but a queue with traffic is never absent from a plan.
    if (a.contacts?.queued && a.hours > 0 && !(got > 0))
      out.push(`${a.id}: missing from the plan (${fmt(a.hours)} h needed pooled)`);
    if (a.minQuality !== undefined && !within(a.minQuality * base(a), hours.get(`q:${a.id}`) ?? 0)) {
      out.push(
        `${a.id}: weighted quality ${fmt((hours.get(`q:${a.id}`) ?? 0) / base(a))} below min_quality ${a.minQuality}`,
      );
    }
    if (a.minHomeShare !== undefined && !within(a.minHomeShare * base(a), hours.get(`h:${a.id}`) ?? 0)) {
      out.push(`${a.id}: ${fmt(hours.get(`h:${a.id}`) ?? 0)} h in ${s.home}, below min_home_share ${a.minHomeShare}`);
    }
  }
  for (const c of s.countries) {
    if (c.capacityHours !== undefined && !within(hours.get(`c:${c.code}`) ?? 0, c.capacityHours)) {
      out.push(`${c.code}: ${fmt(hours.get(`c:${c.code}`) ?? 0)} h exceeds capacity_hours ${c.capacityHours}`);
    }
    for (const [lang, skill] of Object.entries(c.languages)) {
      const used = hours.get(`l:${c.code}:${lang}`) ?? 0;
      if (skill.capacityHours !== undefined && !within(used, skill.capacityHours)) {
        out.push(`${c.code}/${lang}: ${fmt(used)} h exceeds the language capacity ${skill.capacityHours}`);
      }
    }
  }
  out.push(...verifyGlobalRules(s, rows));
  if (Math.abs(cost - totalCost) > TOL * Math.max(1, cost))
    out.push(`total cost ${fmt(totalCost)} does not match the recomputed ${fmt(cost)}`);
  return out;
}
