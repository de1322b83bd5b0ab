import { erlangA } from './erlangA.js';
import { erlangC } from './erlangC.js';
import { MAX_AGENTS, MAX_TRAFFIC_ERLANGS } from './limits.js';
import type { Queue, QueueMetrics } from './types.js';

/** The queue with `agents` agents: Erlang A when a patience is given, Erlang C otherwise. */
export function queueMetrics(queue: Queue, agents: number): QueueMetrics {
  checkQueue(queue);
  if (!Number.isInteger(agents) || agents < 0 || agents > MAX_AGENTS)
    throw new RangeError(`queueMetrics: agents must be a whole number from 0 to ${MAX_AGENTS} (got ${agents})`);
  return queue.patienceSeconds === undefined
    ? erlangC(queue.traffic, agents, queue.ahtSeconds)
    : erlangA(queue.traffic, agents, queue.ahtSeconds, queue.patienceSeconds);
}

export function checkQueue(queue: Queue): void {
  if (!(queue.traffic >= 0) || !(queue.traffic <= MAX_TRAFFIC_ERLANGS))
    throw new RangeError(`queue: traffic must be from 0 to ${MAX_TRAFFIC_ERLANGS} Erlangs (got ${queue.traffic})`);
  if (!(queue.ahtSeconds > 0) || !Number.isFinite(queue.ahtSeconds))
    throw new RangeError(`queue: AHT must be a finite number of seconds > 0 (got ${queue.ahtSeconds})`);
}
