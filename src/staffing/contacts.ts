import { agentsNeeded, staffingMeets } from '../erlang/staffing.js';
import type { StaffingTargets } from '../erlang/types.js';

/** A normalised contact description: what Erlang needs for one activity. */
export type Contacts = {
  readonly channel: 'voice' | 'chat' | 'email' | 'backoffice';
  /** Contacts per period. */
  readonly volume: number;
  /** Average handling time as written, seconds. */
  readonly aht: number;
  /** Chat: sessions an agent handles at once (the queue sees aht / concurrency). */
  readonly concurrency: number;
  readonly patience: number | undefined;
  readonly targets: StaffingTargets;
  readonly occupancyMax: number;
  /** Voice and chat wait in a queue (Erlang); email and back-office are worked through. */
  readonly queued: boolean;
  /**
   * per_interval: whole agents meeting every target in every hour of the week; period_average:
   * each hour's staffing may mix whole-agent staffings over the weeks of the period, so the
   * targets hold on average over the period, not in every interval.
   */
  readonly staffing: 'per_interval' | 'period_average';
  /** Most countries answering one hour of the queue at once. */
  readonly maxCountriesPerHour: number;
};

/** Default: one country, or one and its overflow, per hour of a queue. */
export const DEFAULT_MAX_COUNTRIES_PER_HOUR = 2;

/** Handling time the queue sees: a chat agent with k sessions frees up k times faster. */
export const queueAht = (c: Contacts): number => c.aht / c.concurrency;

/**
 * Erlangs of a contact stream in one hour of the reference week that gets `share` of its
 * weekly volume: λ·AHT, λ the hour's contacts (the period's volume over its weeks, × share).
 */
export const hourErlangs = (c: Contacts, weeksPerPeriod: number, share: number): number =>
  ((c.volume / weeksPerPeriod) * share * queueAht(c)) / 3600;

/** Work hours of a channel without a queue: volume × AHT / occupancy. */
export const workHours = (c: Contacts): number => (c.volume * c.aht) / 3600 / c.occupancyMax;

const cache = new Map<string, number>();
const keys = new WeakMap<Contacts, string>();
/** Streams with the same handling time, patience and targets staff alike: one key, computed once per object. */
function streamKey(c: Contacts): string {
  let k = keys.get(c);
  if (k === undefined) {
    k = `${queueAht(c)}|${c.patience}|${JSON.stringify(c.targets)}`;
    keys.set(c, k);
  }
  return k;
}
/** The Erlang queue of a stream at `traffic` Erlangs (with its patience under Erlang A). */
export const queueOf = (c: Contacts, traffic: number) =>
  c.patience === undefined
    ? { traffic, ahtSeconds: queueAht(c) }
    : { traffic, ahtSeconds: queueAht(c), patienceSeconds: c.patience };

function memo(key: string, compute: () => number): number {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const v = compute();
  if (cache.size > 100_000) cache.clear();
  cache.set(key, v);
  return v;
}

/** Whole agents needed at once for `traffic` Erlangs at the stream's targets (Erlang C, or A with patience). */
export function wholeAgentsFor(c: Contacts, traffic: number): number {
  if (traffic <= 1e-12) return 0;
  return memo(`n|${traffic.toPrecision(12)}|${streamKey(c)}`, () => {
    const r = agentsNeeded(queueOf(c, traffic), c.targets);
    return r.status === 'staffed' ? r.agents : Infinity;
  });
}

/** Most traffic `n` whole agents carry while meeting the targets (bisection; staffing is monotone in traffic). */
export function trafficCarried(c: Contacts, n: number): number {
  if (n <= 0) return 0;
  return memo(`t|${n}|${streamKey(c)}`, () => {
    let lo = 0;
    let hi = n;
    // n agents carry `mid` when they meet every target at that traffic: one evaluation per step
    // (wholeAgentsFor(c, mid) <= n says the same, through a search over agent counts).
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (staffingMeets(queueOf(c, mid), c.targets, n)) lo = mid;
      else hi = mid;
    }
    return lo;
  });
}
