import { erlangB } from './erlangB.js';
import type { QueueMetrics } from './types.js';

/**
 * Erlang C (M/M/N): Poisson arrivals, exponential handling, N agents, an unlimited queue and
 * callers who never hang up. Stable only when N > A; otherwise every contact waits and the
 * queue grows without bound (P(wait) = 1, ASA infinite, service level 0).
 */
export function erlangC(traffic: number, agents: number, ahtSeconds: number): QueueMetrics {
  const base = { model: 'erlang-c', traffic, agents, pAbandon: 0 } as const;
  if (traffic === 0) {
    return { ...base, stable: true, pWait: 0, asa: 0, occupancy: 0, serviceLevel: () => 1 };
  }
  if (agents <= traffic) {
    return { ...base, stable: false, pWait: 1, asa: Infinity, occupancy: 1, serviceLevel: () => 0 };
  }
  const b = erlangB(traffic, agents);
  const spare = agents - traffic;
  // C = N·B / (N − A·(1 − B)); the denominator is > N − A > 0.
  const pWait = (agents * b) / (agents - traffic * (1 - b));
  return {
    ...base,
    stable: true,
    pWait,
    asa: (pWait * ahtSeconds) / spare,
    occupancy: traffic / agents,
    // Waiting times of delayed contacts are exponential with rate (N − A)/AHT.
    serviceLevel: (t) => clamp01(1 - pWait * Math.exp((-spare * t) / ahtSeconds)),
  };
}

export const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
