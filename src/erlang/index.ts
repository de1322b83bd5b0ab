/** Staffing maths: Erlang B, C and A, and the agents needed for service targets. Pure; no I/O. */
export { MAX_AGENTS, MAX_SECONDS, MAX_TRAFFIC_ERLANGS } from './limits.js';
export { queueMetrics } from './metrics.js';
export { agentsNeeded } from './staffing.js';
export { missedTargets, parseServiceLevel } from './targets.js';
export { offeredTraffic, scheduledStaff } from './traffic.js';
export type { Queue, QueueMetrics, ServiceLevelTarget, StaffingTargets, TargetName } from './types.js';
