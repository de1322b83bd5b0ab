import type { Activity } from '../scenario/types.js';
import { hourErlangs, type Contacts } from '../staffing/contacts.js';
import { fewestAgents } from '../staffing/queuePatterns.js';
import { hourDemand, type TimeClass, type TimeModel } from './timeClasses.js';

/** Erlangs of a contact stream in each hour of a time class. */
export function classTraffic(tm: TimeModel, k: TimeClass, activity: string, c: Contacts): number {
  const total = tm.totalWeight.get(activity) ?? 0;
  return total > 0 ? hourErlangs(c, tm.weeksPerPeriod, (k.weight.get(activity) ?? 0) / total) : 0;
}

/**
 * Agents an activity needs at once in one hour of class k when all of it is in one country
 * (a queue: the fewest whole agents for the hour's traffic; hours: the hour's share, as agents).
 * However the hour is split, the countries together never need fewer.
 */
export function agentsAtOnce(tm: TimeModel, k: TimeClass, a: Activity): number {
  const queue = a.contacts?.queued ? a.contacts : undefined;
  return queue
    ? fewestAgents(queue, classTraffic(tm, k, a.id, queue))
    : hourDemand(tm, k, a.id, a.hours) / tm.weeksPerPeriod;
}
