/**
 * Shared types of the staffing maths. Everything here is plain data except
 * `QueueMetrics.serviceLevel`, which answers for any answer-time threshold.
 */

/** One queue in one interval, as the formulas need it. */
export type Queue = {
  /** Offered traffic A = λ·AHT, in Erlangs (busy agents needed on average). */
  readonly traffic: number;
  /** Average handling time (talk + wrap-up), seconds. */
  readonly ahtSeconds: number;
  /** Mean patience before a waiting contact hangs up, seconds. Absent: nobody abandons (Erlang C). */
  readonly patienceSeconds?: number;
};

export type QueueModel = 'erlang-c' | 'erlang-a';

/** What a queue looks like with a given number of agents. */
export type QueueMetrics = {
  readonly model: QueueModel;
  readonly traffic: number;
  readonly agents: number;
  /** False when the queue grows without bound (Erlang C with agents ≤ traffic). */
  readonly stable: boolean;
  /** Probability that a contact has to wait (all agents busy on arrival). */
  readonly pWait: number;
  /** Probability that a contact hangs up before being answered (0 under Erlang C). */
  readonly pAbandon: number;
  /** Average speed of answer: mean wait of the contacts that are answered, seconds (Infinity when unstable). */
  readonly asa: number;
  /** Share of agent time spent handling contacts: A/N under Erlang C, answered traffic / N under Erlang A. */
  readonly occupancy: number;
  /** Share of all offered contacts answered within `withinSeconds`. */
  serviceLevel(withinSeconds: number): number;
};

/** "80/20": 80% of contacts answered within 20 seconds. */
export type ServiceLevelTarget = {
  /** Share in (0, 1]. */
  readonly share: number;
  readonly withinSeconds: number;
};

/** Staffing goals; every one present must hold. */
export type StaffingTargets = {
  readonly serviceLevel?: ServiceLevelTarget;
  /** ASA at most this many seconds. */
  readonly maxAsaSeconds?: number;
  /** P(wait) at most this share. */
  readonly maxPWait?: number;
  /** Occupancy cap (Erlang C: agents ≥ traffic / cap). */
  readonly maxOccupancy?: number;
};

export type TargetName = 'service_level' | 'asa' | 'p_wait' | 'occupancy';

export type StaffingResult =
  | {
      readonly status: 'staffed';
      /** The smallest number of agents meeting every target. */
      readonly agents: number;
      readonly metrics: QueueMetrics;
      /** Targets that fail with one agent fewer: what sets the answer. */
      readonly binding: readonly TargetName[];
      /** Metrics with one agent fewer (absent when agents is 0). */
      readonly below?: QueueMetrics;
    }
  | {
      readonly status: 'unreachable';
      readonly target: TargetName;
      /** Why no staffing meets it, in words. */
      readonly reason: string;
    };
