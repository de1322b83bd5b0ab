import type { TargetName } from '../../erlang/index.js';

const TARGET: Readonly<Record<TargetName, string>> = {
  service_level: 'the service level',
  asa: 'the ASA target',
  p_wait: 'the P(wait) target',
  occupancy: 'the occupancy cap',
};

/** The words of `bestshore erlang`'s table in English, the reference of erlang.fr.ts (key for key). */
export const ERLANG_EN = {
  target: TARGET,
  and: ' and ',
  missed: ' — missed',
  met: ' — met',
  agentsNeeded: 'Agents needed',
  agents: 'Agents',
  given: 'given',
  slTarget: (target: string, byDefault: boolean) => `; target ${target}${byDefault ? ' (default)' : ''}`,
  serviceLevel: 'Service level',
  answeredWithin: (s: string) => `answered within ${s} s`,
  pWait: 'P(wait)',
  queue: 'contacts that queue',
  atMost: (target: string) => `; target ≤ ${target}`,
  pAbandon: 'P(abandon)',
  hangUp: (s: string) => `hang up after ${s} s on average`,
  asa: 'ASA',
  meanWait: 'mean wait of answered contacts',
  occupancy: 'Occupancy',
  cap: (share: string) => `cap ${share}`,
  scheduled: 'Scheduled staff',
  shrinkage: (share: string) => `${share} shrinkage`,
  head: ['Measure', 'Value', 'Note'],
  erlangA: (s: string) => `Erlang A (callers hang up after ${s} s on average)`,
  erlangC: 'Erlang C (nobody hangs up)',
  traffic: (volume: string, minutes: string, aht: string, erlangs: string) =>
    `${volume} contacts per ${minutes} min × AHT ${aht} s = ${erlangs} Erlangs`,
  titleNeeded: 'agents needed',
  titleGiven: (n: string) => `${n} agents`,
  unstable: (agents: number, erlangs: string) =>
    `Unstable: ${agents} agents for ${erlangs} Erlangs — every contact waits and the queue grows without bound.`,
  noTraffic: 'no traffic',
  smallestStable: 'the smallest stable staffing',
  setBy: (by: string) => `set by ${by}`,
  reach: (n: string, sl: string) => `: ${n} reach ${sl}`,
  giveAsa: (n: string, asa: string) => `: ${n} give ASA ${asa}`,
  givePWait: (n: string, p: string) => `: ${n} give P(wait) ${p}`,
};

/** Every word of `bestshore erlang`'s table, for one language. */
export type ErlangWords = typeof ERLANG_EN;
