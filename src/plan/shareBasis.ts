import { sharesOfPlannedHours } from '../model/plannedShares.js';
import type { Activity } from '../scenario/types.js';
import type { AllocationRow } from './types.js';

/**
 * The hours an activity's share rules are of: its fixed hours, or for a contact queue the
 * hours planned (a queue's hours depend on how it is split between countries).
 */
export function shareBasis(rows: readonly AllocationRow[]): (a: Activity) => number {
  const planned = new Map<string, number>();
  for (const r of rows) planned.set(r.activity, (planned.get(r.activity) ?? 0) + r.hours);
  return (a) => (sharesOfPlannedHours(a) ? (planned.get(a.id) ?? 0) : a.hours);
}
