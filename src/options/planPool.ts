import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../sweep/sweepPool.js';
import type { Layer, SetOption } from '../scenario/variants.js';
import type { VariantSet } from './variant.js';
import type { VariantOutcome, VariantPlanner } from './variantPlanner.js';

/** What every worker is given once: the scenario as YAML layer and --set options, and the engine. */
export type PlanPoolJob = {
  readonly layer: Layer;
  readonly sets: readonly SetOption[];
  readonly engine: string;
  readonly timeLimitSeconds: number;
};

export type PlanRequest = { readonly kind: 'plan'; readonly variants: readonly (readonly VariantSet[])[] };
export type PlanReply =
  | { readonly kind: 'planned-one' }
  | { readonly kind: 'planned'; readonly outcomes: readonly VariantOutcome[] }
  | { readonly kind: 'failed'; readonly message: string };

/** What a worker's start costs before its first variant (its modules, HiGHS), in ms, besides solving the base again. */
export const WORKER_START_MS = 300;

/**
 * Threads for `jobs` variants: `asked` (--workers) when given; else one per core when the work
 * pays for a worker's start — taking a variant at about half the base plan's time (it starts from
 * the base's optimum), a second thread saves jobs × baseMs / 4 and costs WORKER_START_MS + baseMs —
 * else one. Never more than there are variants. The answer does not depend on it
 * (variantPlanner.ts), only the time does.
 */
export function optionsWorkerCount(jobs: number, asked: number | undefined, baseMs: number): number {
  const pays = jobs * baseMs >= 4 * (WORKER_START_MS + baseMs);
  const wanted = asked ?? (pays ? availableParallelism() : 1);
  return Math.max(1, Math.min(wanted, jobs));
}

/** The compiled worker, dist/options/planWorker.js, found beside the sweep's; undefined when absent (one thread then). */
export function planWorkerScript(): string | undefined {
  const sweep = workerScript();
  if (sweep === undefined) return undefined;
  const script = join(dirname(dirname(sweep)), 'options', 'planWorker.js');
  return existsSync(script) ? script : undefined;
}

type Pending = { resolve: (r: readonly VariantOutcome[]) => void; reject: (e: Error) => void };

/**
 * `workers` planners: this thread (`here`, its session's base already planned) and `workers - 1`
 * worker threads kept for the whole command, each holding its engine session with the base
 * scenario planned first. Each call splits its variants into contiguous shares, the first for
 * this thread, and returns the outcomes in the order given.
 */
export function pooledPlanner(job: PlanPoolJob, workers: number, script: string, here: VariantPlanner): VariantPlanner {
  const threads = Array.from({ length: workers - 1 }, () => {
    const worker = new Worker(script, { workerData: job satisfies PlanPoolJob });
    const state: { pending: Pending | undefined; onPlanned: (() => void) | undefined; dead: Error | undefined } = {
      pending: undefined,
      onPlanned: undefined,
      dead: undefined,
    };
    const fail = (e: Error): void => {
      state.dead = e;
      state.pending?.reject(e);
      state.pending = undefined;
    };
    worker.on('message', (m: PlanReply) => {
      if (m.kind === 'planned-one') return state.onPlanned?.();
      const p = state.pending;
      state.pending = undefined;
      if (m.kind === 'planned') p?.resolve(m.outcomes);
      else p?.reject(new Error(m.message));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`an options worker stopped (exit code ${code})`)));
    return { worker, state };
  });
  const ask = (k: number, variants: readonly (readonly VariantSet[])[], onPlanned?: () => void) => {
    if (k === 0) return here.plan(variants, onPlanned);
    const t = threads[k - 1];
    if (!t) return Promise.resolve([]);
    return new Promise<readonly VariantOutcome[]>((resolve, reject) => {
      if (t.state.dead) return reject(t.state.dead);
      t.state.pending = { resolve, reject };
      t.state.onPlanned = onPlanned;
      t.worker.postMessage({ kind: 'plan', variants } satisfies PlanRequest);
    });
  };
  return {
    threads: workers,
    async plan(variants, onPlanned) {
      const size = Math.ceil(variants.length / workers);
      const shares = Array.from({ length: workers }, (_, k) => variants.slice(k * size, (k + 1) * size));
      const done = await Promise.all(shares.map((s, k) => (s.length === 0 ? [] : ask(k, s, onPlanned))));
      return done.flat();
    },
    async close() {
      await Promise.all(
        threads.map((t) => {
          t.worker.removeAllListeners('exit');
          return t.worker.terminate();
        }),
      );
    },
  };
}
