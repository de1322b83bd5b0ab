import { existsSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Layer, SetOption } from '../scenario/variants.js';
import type { Basis } from '../solver/highsSession.js';
import { SWEEP_BLOCK } from './sweepEval.js';
import type { SweepInput, SweepPoint } from './sweepTypes.js';

/**
 * What one worker is given: the scenario as YAML layer and --set options, the engine, every
 * point, and the counter of blocks claimed (shared by every thread of the sweep).
 */
export type PoolJob = {
  readonly layer: Layer;
  readonly sets: readonly SetOption[];
  readonly inputs: readonly SweepInput[];
  readonly values: readonly (readonly number[])[];
  readonly engine: string;
  readonly timeLimitSeconds: number;
  /** An Int32Array's buffer: element 0 is the next block to claim (Atomics.add). */
  readonly counter: SharedArrayBuffer;
};

/** What the main thread sends a worker once it has solved the base scenario: the optimal basis, when an LP engine kept one. */
export type BaseMessage = { readonly kind: 'base'; readonly basis: Basis | undefined };

export type WorkerMessage =
  | { readonly kind: 'point' }
  | { readonly kind: 'block'; readonly index: number; readonly points: readonly SweepPoint[]; readonly patched: number }
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly message: string };

/** The block (of SWEEP_BLOCK points) a thread solves next, or undefined when none is left. */
export function claimBlock(counter: SharedArrayBuffer, points: number): number | undefined {
  const k = Atomics.add(new Int32Array(counter), 0, 1);
  return k * SWEEP_BLOCK < points ? k : undefined;
}

/** The points of block `k`. */
export const blockOf = <T>(values: readonly T[], k: number): readonly T[] =>
  values.slice(k * SWEEP_BLOCK, (k + 1) * SWEEP_BLOCK);

/** Fewer points than this per worker do not pay for its start (loading the modules and HiGHS, the base solve). */
export const MIN_POINTS_PER_WORKER = 16;

/** Workers for a sweep of `points` points: `asked` (--workers), else one per core, none worth less than MIN_POINTS_PER_WORKER points. */
export function workerCount(points: number, asked: number | undefined): number {
  const cores = asked ?? availableParallelism();
  return Math.max(1, Math.min(cores, asked === undefined ? Math.floor(points / MIN_POINTS_PER_WORKER) : points));
}

/**
 * A compiled worker module: dist/workers/<name> (bundled: a worker starts in a few files) or
 * dist/<folder>/<name> (tsc's output: `sweep`, `explain`), or undefined when neither is there
 * (the work then runs in the main thread). The modules are found from the launcher's path (or
 * from dist/ when this module is tsc's output).
 */
export function compiledWorker(folder: string, name: string): string | undefined {
  const candidates: string[] = [];
  const launcher = process.argv[1];
  if (launcher !== undefined) {
    try {
      const dist = join(dirname(realpathSync(launcher)), '..', 'dist');
      candidates.push(join(dist, 'workers', name), join(dist, folder, name));
    } catch {
      /* not a file */
    }
  }
  if (typeof __dirname === 'string') candidates.push(join(__dirname, folder, name));
  return candidates.find((f) => existsSync(f));
}

/** The sweep's worker module (undefined: the sweep runs in the main thread). */
export const workerScript = (): string | undefined => compiledWorker('sweep', 'sweepWorker.js');

/**
 * Start `workers` worker threads on `job`: each solves blocks it claims from `job.counter`
 * until none is left, once `base` (the main thread's base solve) has told it the base optimum.
 * Resolves with the blocks they solved, by block index; rejects when a worker fails.
 */
export function runInWorkers(
  job: PoolJob,
  workers: number,
  script: string,
  base: Promise<BaseMessage>,
  progress?: () => void,
): Promise<Map<number, { points: readonly SweepPoint[]; patched: number }>> {
  const blocks = new Map<number, { points: readonly SweepPoint[]; patched: number }>();
  const one = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData: job satisfies PoolJob });
      let settled = false;
      const fail = (e: Error): void => {
        settled = true;
        void worker.terminate();
        reject(e);
      };
      base.then(
        (m) => worker.postMessage(m),
        (e: unknown) => fail(e instanceof Error ? e : new Error(String(e))),
      );
      worker.on('message', (m: WorkerMessage) => {
        if (m.kind === 'point') progress?.();
        else if (m.kind === 'block') blocks.set(m.index, { points: m.points, patched: m.patched });
        else if (m.kind === 'failed') fail(new Error(m.message));
        else {
          settled = true;
          void worker.terminate();
          resolve();
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(`a sweep worker stopped (exit code ${code})`));
      });
    });
  return Promise.all(Array.from({ length: workers }, one)).then(() => blocks);
}
