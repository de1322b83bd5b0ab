import { MAX_AGENTS } from './limits.js';
import { checkQueue, queueMetrics } from './metrics.js';
import { missedTargets, unreachableTarget } from './targets.js';
import { occupancyFloor } from './traffic.js';
import type { Queue, QueueMetrics, StaffingResult, StaffingTargets } from './types.js';

/**
 * The smallest number of agents meeting every target, found exactly:
 *  1. a lower bound below which every staffing fails (Erlang C needs N > A and, with an
 *     occupancy cap, N ≥ A/cap; under Erlang A the service level cannot exceed N/A);
 *  2. from there, steps of √A that double each time until a staffing meets the targets;
 *  3. bisection between the last failure and that success.
 * Every target improves as agents are added (P(wait), ASA, abandonment fall and the service
 * level rises), so the bisection finds the first success. About 2·log₂(N) evaluations of O(N)
 * each: A = 2,000 Erlangs takes milliseconds.
 */
export function agentsNeeded(queue: Queue, targets: StaffingTargets): StaffingResult {
  checkQueue(queue);
  checkTargets(targets);
  const blocked = unreachableTarget(targets);
  if (blocked !== undefined) return { status: 'unreachable', ...blocked };

  const meets = (m: QueueMetrics): boolean => m.stable && missedTargets(m, targets).length === 0;
  const lo = lowerBound(queue, targets);
  // Only an occupancy cap near 0 raises the lower bound this far (A / cap agents).
  if (lo > MAX_AGENTS)
    return {
      status: 'unreachable',
      target: 'occupancy',
      reason: `the occupancy cap needs ${lo} agents for ${round(queue.traffic)} Erlangs, more than the ${MAX_AGENTS} any queue is evaluated with`,
    };
  const limit = searchLimit(queue, targets, lo);

  let failing = lo - 1; // the largest staffing known to fail
  let hi = lo;
  let best = queueMetrics(queue, hi);
  for (let step = Math.max(1, Math.ceil(Math.sqrt(queue.traffic))); !meets(best); step *= 2) {
    failing = hi;
    if (hi >= limit) {
      const missed = missedTargets(best, targets)[0] ?? 'service_level';
      return {
        status: 'unreachable',
        target: missed,
        reason: `even ${limit} agents for ${round(queue.traffic)} Erlangs miss it`,
      };
    }
    hi = Math.min(limit, hi + step);
    best = queueMetrics(queue, hi);
  }
  while (hi - failing > 1) {
    const mid = Math.floor((failing + hi) / 2);
    const m = queueMetrics(queue, mid);
    if (meets(m)) {
      hi = mid;
      best = m;
    } else {
      failing = mid;
    }
  }
  if (hi === 0) return { status: 'staffed', agents: 0, metrics: best, binding: [] };
  const below = queueMetrics(queue, hi - 1);
  return { status: 'staffed', agents: hi, metrics: best, binding: missedTargets(below, targets), below };
}

/**
 * Whether `agents` meet every target: the test agentsNeeded applies, its lower bound included,
 * so that `staffingMeets(q, t, n)` holds exactly when agentsNeeded(q, t) staffs n or fewer.
 */
export function staffingMeets(queue: Queue, targets: StaffingTargets, agents: number): boolean {
  if (unreachableTarget(targets) !== undefined || agents < lowerBound(queue, targets)) return false;
  const m = queueMetrics(queue, agents);
  return m.stable && missedTargets(m, targets).length === 0;
}

/**
 * Where the search gives up: well past the staffing that meets any reachable target — the
 * traffic (or its occupancy floor, A / cap, which bounds Erlang A too) plus 60·√A + 200 — and
 * never past MAX_AGENTS, so the search does a bounded amount of work whatever it is asked.
 * (Starting from the lower bound alone fell short under Erlang A beyond ~25,000 Erlangs with an
 * occupancy cap, whose lower bound cannot use the cap.)
 */
function searchLimit(queue: Queue, targets: StaffingTargets, lo: number): number {
  const a = queue.traffic;
  const floor = Math.max(
    lo,
    Math.ceil(a),
    targets.maxOccupancy === undefined ? 0 : occupancyFloor(a, targets.maxOccupancy),
  );
  return Math.min(MAX_AGENTS, floor + Math.ceil(60 * Math.sqrt(a)) + 200);
}

/** Every staffing below this fails (or is pointless: no agent for real traffic). */
function lowerBound(queue: Queue, targets: StaffingTargets): number {
  const a = queue.traffic;
  if (a === 0) return 0;
  let lo = queue.patienceSeconds === undefined ? Math.floor(a) + 1 : 1;
  // Under Erlang A the answered share is carried traffic / A < N / A.
  if (queue.patienceSeconds !== undefined && targets.serviceLevel !== undefined) {
    lo = Math.max(lo, Math.floor(targets.serviceLevel.share * a));
  }
  // Under Erlang C occupancy is A/N; under Erlang A it depends on abandonment, so no shortcut.
  if (queue.patienceSeconds === undefined && targets.maxOccupancy !== undefined)
    lo = Math.max(lo, occupancyFloor(a, targets.maxOccupancy));
  return lo;
}

function checkTargets(t: StaffingTargets): void {
  const bad = (what: string, v: number): never => {
    throw new RangeError(`agentsNeeded: ${what} (got ${v})`);
  };
  if (t.serviceLevel !== undefined) {
    if (!(t.serviceLevel.share >= 0 && t.serviceLevel.share <= 1))
      bad('service-level share must be in [0, 1]', t.serviceLevel.share);
    if (!(t.serviceLevel.withinSeconds >= 0))
      bad('service-level threshold must be ≥ 0 s', t.serviceLevel.withinSeconds);
  }
  if (t.maxOccupancy !== undefined && !(t.maxOccupancy > 0 && t.maxOccupancy <= 1))
    bad('occupancy cap must be in (0, 1]', t.maxOccupancy);
  if (t.maxPWait !== undefined && Number.isNaN(t.maxPWait)) bad('P(wait) target must be a number', t.maxPWait);
  if (t.maxAsaSeconds !== undefined && Number.isNaN(t.maxAsaSeconds))
    bad('ASA target must be a number', t.maxAsaSeconds);
}

const round = (n: number): number => Math.round(n * 100) / 100;
