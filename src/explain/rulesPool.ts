import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Layer, SetOption } from '../scenario/variants.js';
import type { Priced } from './context.js';
import type { Basis } from '../solver/highsSession.js';

/**
 * explain's rules priced in worker threads. Each worker reads the scenario from its YAML layer
 * and loads HiGHS with its model while the main thread plans; it is then sent its share of the
 * rules with the plan's optimal basis when the plan is an LP (else it plans the scenario as the
 * main thread does), so that its engine session has the same reference: every re-plan starts
 * from the plan's optimum, whatever was solved before it. Each price is thus the one the main
 * thread would find: the figures do not depend on the number of threads.
 */
export type RulesJob = {
  readonly layer: Layer;
  readonly sets: readonly SetOption[];
  readonly engine: string;
  readonly timeLimitSeconds: number;
};

/** A lifted plan's cost and bound across threads (JSON: no undefined, no -Infinity). */
export type PricedMessage = { readonly cost: number; readonly bound: number | null };

/**
 * To a worker: the rules to price (lever keys), in order, and the plan's optimal basis when the
 * plan is an LP solved by HiGHS (the worker's engine session starts from it: no plan of its own).
 */
export type RulesRequest = { readonly keys: readonly string[]; readonly basis?: Basis };

export type RulesMessage =
  | { readonly kind: 'rule' }
  | { readonly kind: 'done'; readonly costs: readonly (PricedMessage | null)[] }
  | { readonly kind: 'failed'; readonly message: string };

/** Threads to price rules in (the main thread included), and what a worker needs to read the scenario. */
export type RuleThreads = {
  readonly workers: number;
  readonly script: string;
  readonly layer: Layer;
  readonly sets: readonly SetOption[];
  /** Fewest re-plans per thread (default MIN_RULES_PER_THREAD; tests lower it). */
  readonly minPerThread?: number;
};

/**
 * Fewer re-plans than this per thread do not pay for a worker's start (loading the modules and
 * the engine, planning the scenario once more).
 */
export const MIN_RULES_PER_THREAD = 16;

/** Threads for `count` re-plans: `asked` (--workers) or one per core, none with fewer than `least` re-plans. */
export function ruleThreads(count: number, asked: number | undefined, least = MIN_RULES_PER_THREAD): number {
  const most = asked ?? availableParallelism();
  return Math.max(1, Math.min(most, Math.floor(count / least)));
}

/** A worker started ahead of its share: it plans the scenario meanwhile. */
export type RulesWorker = {
  /** The lifted plan of each rule (undefined: no plan without it); rejects when the worker fails. */
  price(keys: readonly string[], onRule?: () => void, basis?: Basis): Promise<(Priced | undefined)[]>;
  /** Stops a worker given no share. */
  stop(): void;
};

/** Start a worker thread that plans the scenario of `job`, then waits for its share of the rules. */
export function startRulesWorker(job: RulesJob, script: string): RulesWorker {
  const worker = new Worker(script, { workerData: job });
  let onRule: (() => void) | undefined;
  let settled = false;
  const answer = new Promise<(Priced | undefined)[]>((resolve, reject) => {
    worker.on('message', (m: RulesMessage) => {
      if (m.kind === 'rule') {
        onRule?.();
        return;
      }
      settled = true;
      void worker.terminate();
      if (m.kind === 'done')
        resolve(m.costs.map((c) => (c === null ? undefined : { cost: c.cost, bound: c.bound ?? undefined })));
      else reject(new Error(m.message));
    });
    worker.on('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`an explain worker stopped (exit code ${code})`));
    });
  });
  // Not asked for yet (or never): a failure is reported by price(), not as unhandled.
  answer.catch(() => undefined);
  return {
    price(keys, tick, basis) {
      onRule = tick;
      worker.postMessage((basis ? { keys, basis } : { keys }) satisfies RulesRequest);
      return answer;
    },
    stop() {
      settled = true;
      void worker.terminate();
    },
  };
}
