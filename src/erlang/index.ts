/** Staffing maths: Erlang B, C and A, and the agents needed for service targets. Pure; no I/O. */
export { erlangA } from './erlangA.js';
export { erlangB } from './erlangB.js';
export { erlangC } from './erlangC.js';
export { MAX_AGENTS, MAX_SECONDS, MAX_TRAFFIC_ERLANGS } from './limits.js';
export { queueMetrics } from './metrics.js';
export { agentsNeeded } from './staffing.js';
export { missedTargets, parseServiceLevel, unreachableTarget, type Parsed } from './targets.js';
export { occupancyFloor, offeredTraffic, scheduledStaff } from './traffic.js';
export type { Queue, QueueMetrics, QueueModel, ServiceLevelTarget, StaffingResult, StaffingTargets, TargetName } from './types.js';
