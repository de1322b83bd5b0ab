import { pairTable, type PairTable } from '../scenario/residency.js';
import type { Activity, Scenario } from '../scenario/types.js';
import { agentsAtOnce } from './agentsAtOnce.js';
import { timeModel, type TimeClass, type TimeModel } from './timeClasses.js';

/**
 * A scenario with the facts every later stage asks of it, derived once at the start of a plan
 * (model building, verification, the home-only comparison, diagnosis) and handed down.
 */
export type PreparedScenario = {
  readonly scenario: Scenario;
  /** Which countries may deliver each activity, and on which legal basis. */
  readonly pairs: PairTable;
  /** The week grid and its time classes; undefined when no activity has coverage. */
  readonly time: TimeModel | undefined;
  /** Agents an activity needs at once in one hour of a class, all in one country (model/agentsAtOnce.ts). */
  agentsAtOnce(k: TimeClass, a: Activity): number;
};

/** `time`: the hour classes to build on (another scenario's: timeClasses.ts, sharesWeek), by default its own. */
export function prepare(scenario: Scenario, time: TimeModel | undefined = timeModel(scenario)): PreparedScenario {
  // Queues' agents from Erlang: computed when first asked (only the home-only comparison asks).
  const agents = new Map<string, number>();
  return {
    scenario,
    pairs: pairTable(scenario),
    time,
    agentsAtOnce: (k, a) => {
      const key = `${a.id}\u0000${k.id}`;
      const known = agents.get(key);
      if (known !== undefined || !time) return known ?? 0;
      const n = agentsAtOnce(time, k, a);
      agents.set(key, n);
      return n;
    },
  };
}
