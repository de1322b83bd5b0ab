import { existsSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Layer, SetOption } from '../scenario/variants.js';
import { SWEEP_BLOCK } from './sweepEval.js';
import type { SweepInput, SweepPoint } from './sweepTypes.js';

/** What one worker is given: the scenario as YAML layer and --set options, the engine, its points. */
export type PoolJob = {
  readonly layer: Layer;
  readonly sets: readonly SetOption[];
  readonly inputs: readonly SweepInput[];
  readonly values: readonly (readonly number[])[];
  readonly engine: string;
  readonly timeLimitSeconds: number;
};

export type WorkerMessage =
  | { readonly kind: 'point' }
  | { readonly kind: 'done'; readonly points: readonly SweepPoint[]; readonly patched: number }
  | { readonly kind: 'failed'; readonly message: string };

/** Fewer points than this per worker do not pay for its start (loading the modules and HiGHS, the base solve). */
export const MIN_POINTS_PER_WORKER = 16;

/** Workers for a sweep of `points` points: `asked` (--workers), else one per core, none worth less than MIN_POINTS_PER_WORKER points. */
export function workerCount(points: number, asked: number | undefined): number {
  const cores = asked ?? availableParallelism();
  return Math.max(1, Math.min(cores, asked === undefined ? Math.floor(points / MIN_POINTS_PER_WORKER) : points));
}

/**
 * A compiled worker module, dist/explain/<name>, or undefined when it is not there (the work
 * then runs in the main thread). In the bundle the launcher passes dist/ as __dirname; the
 * compiled modules are found from the launcher's path.
 */
export function compiledWorker(name: string): string | undefined {
  const candidates: string[] = [];
  if (typeof __dirname === 'string') candidates.push(join(__dirname, 'explain', name));
  const launcher = process.argv[1];
  if (launcher !== undefined) {
    try {
      candidates.push(join(dirname(realpathSync(launcher)), '..', 'dist', 'explain', name));
    } catch {
      /* not a file */
    }
  }
  return candidates.find((f) => existsSync(f));
}

/** The sweep's worker module, dist/explain/sweepWorker.js (undefined: the sweep runs in the main thread). */
export const workerScript = (): string | undefined => compiledWorker('sweepWorker.js');

/**
 * Solve `job.values` in `workers` worker threads, each taking a contiguous share in order, and
 * return the points in the order given. Each worker solves its share exactly as the main thread
 * would (every point starts from the base model's optimum), so the answer does not depend on
 * the number of workers. Rejects when a worker fails.
 */
export async function runInWorkers(
  job: PoolJob,
  workers: number,
  script: string,
  progress?: () => void,
): Promise<{ points: SweepPoint[]; patched: number }> {
  // Whole blocks per worker (sweepEval.ts): each point keeps its start whatever the split.
  const size = Math.ceil(job.values.length / SWEEP_BLOCK / workers) * SWEEP_BLOCK;
  const shares = Array.from({ length: workers }, (_, k) => job.values.slice(k * size, (k + 1) * size)).filter(
    (s) => s.length > 0,
  );
  const results = await Promise.all(
    shares.map(
      (values) =>
        new Promise<{ points: readonly SweepPoint[]; patched: number }>((resolve, reject) => {
          const worker = new Worker(script, { workerData: { ...job, values } satisfies PoolJob });
          let settled = false;
          worker.on('message', (m: WorkerMessage) => {
            if (m.kind === 'point') {
              progress?.();
              return;
            }
            settled = true;
            void worker.terminate();
            if (m.kind === 'done') resolve(m);
            else reject(new Error(m.message));
          });
          worker.on('error', (e) => {
            settled = true;
            reject(e);
          });
          worker.on('exit', (code) => {
            if (!settled) reject(new Error(`a sweep worker stopped (exit code ${code})`));
          });
        }),
    ),
  );
  return { points: results.flatMap((r) => r.points), patched: results.reduce((n, r) => n + r.patched, 0) };
}
