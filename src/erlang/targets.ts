import { MAX_SECONDS } from './limits.js';
import { atMost } from './traffic.js';
import type { QueueMetrics, ServiceLevelTarget, StaffingTargets, TargetName } from './types.js';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const SL_SYNTAX = /^\s*(\d+(?:\.\d+)?)\s*%?\s*\/\s*(\d+(?:\.\d+)?)\s*s?\s*$/;

/** "80/20" (also "80%/20s"): 80% of contacts answered within 20 seconds. */
export function parseServiceLevel(text: string): Parsed<ServiceLevelTarget> {
  const m = SL_SYNTAX.exec(text);
  if (!m)
    return { ok: false, reason: `expected PERCENT/SECONDS such as 80/20 (80% answered within 20 s), got "${text}"` };
  const percent = Number(m[1]);
  const seconds = Number(m[2]);
  if (percent > 100) return { ok: false, reason: `the percentage must be at most 100, got ${percent}` };
  if (percent < 1)
    return { ok: false, reason: `write the share as a percentage (80/20 is 80% within 20 s), got ${percent}` };
  if (seconds > MAX_SECONDS)
    return { ok: false, reason: `the threshold must be at most ${MAX_SECONDS} s (one day), got ${seconds}` };
  return { ok: true, value: { share: percent / 100, withinSeconds: seconds } };
}

/**
 * Targets that no finite staffing reaches, with the reason, or undefined when all can be met.
 * Random arrivals always leave some chance that every agent is busy (P(wait) > 0 for every N),
 * so a 100% service level, P(wait) = 0 and ASA = 0 are out of reach; every weaker target is
 * met once enough agents are added.
 */
export function unreachableTarget(targets: StaffingTargets): { target: TargetName; reason: string } | undefined {
  const sl = targets.serviceLevel;
  if (sl !== undefined && sl.share >= 1) {
    return {
      target: 'service_level',
      reason: `${fmt(sl.share * 100)}% of contacts answered within ${fmt(sl.withinSeconds)} s cannot be guaranteed: with random arrivals all agents are sometimes busy, so some contacts always wait, whatever the staffing`,
    };
  }
  if (targets.maxPWait !== undefined && targets.maxPWait <= 0) {
    return {
      target: 'p_wait',
      reason:
        'no contact ever waiting (P(wait) = 0) would need infinitely many agents: with random arrivals all agents are sometimes busy',
    };
  }
  if (targets.maxAsaSeconds !== undefined && targets.maxAsaSeconds <= 0) {
    return {
      target: 'asa',
      reason: 'an average speed of answer of 0 s would need infinitely many agents: some contacts always wait',
    };
  }
  return undefined;
}

/** The targets that `metrics` misses (empty: all met). */
export function missedTargets(metrics: QueueMetrics, targets: StaffingTargets): TargetName[] {
  const missed: TargetName[] = [];
  const sl = targets.serviceLevel;
  if (sl !== undefined && !(metrics.serviceLevel(sl.withinSeconds) >= sl.share)) missed.push('service_level');
  if (targets.maxAsaSeconds !== undefined && !(metrics.asa <= targets.maxAsaSeconds)) missed.push('asa');
  if (targets.maxPWait !== undefined && !(metrics.pWait <= targets.maxPWait)) missed.push('p_wait');
  if (targets.maxOccupancy !== undefined && !occupancyWithin(metrics, targets.maxOccupancy)) missed.push('occupancy');
  return missed;
}

/**
 * The cap applies to the occupancy agents really have: A/N under Erlang C (so N ≥ A / cap),
 * answered traffic / N under Erlang A, since contacts that hang up take no agent time.
 */
function occupancyWithin(metrics: QueueMetrics, cap: number): boolean {
  if (metrics.traffic === 0) return true;
  return metrics.agents > 0 && atMost(metrics.occupancy, cap);
}

const fmt = (n: number): string => String(Math.round(n * 1000) / 1000);
