import { existsSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/types.js';
import type { Layer, SetOption } from '../scenario/variants.js';
import type { Basis } from '../solver/highsSession.js';
import { SWEEP_BLOCK } from './sweepEval.js';
import type { SweepInput, SweepPoint } from './sweepTypes.js';

/**
 * What one worker is given: the scenario as YAML layer and --set options (for the points that
 * rebuild it) and as the main thread read it (a structured copy: the worker does not check it
 * again), the engine, every point, and the counter of blocks claimed (shared by every thread).
 */
export type PoolJob = {
  readonly layer: Layer;
  readonly sets: readonly SetOption[];
  readonly scenario: Scenario;
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

/**
 * Fewer points than this per worker do not pay for its start (loading the modules and HiGHS,
 * its model): a worker costs 0.5–0.8 s of CPU before its first point, a point 8–13 ms at
 * 40×10×168. Measured on 2 cores (docs/performance.md, 2026-12-06): a grid of 80 points took
 * 1.47–1.63 s on one thread and 1.59–1.67 s on two, a Monte Carlo of 100 draws 2.07–2.25 s
 * and 1.90–2.07 s. Three blocks.
 */
export const MIN_POINTS_PER_WORKER = 48;

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

/** The blocks worker threads solved, by block index. */
export type WorkerBlocks = Map<number, { points: readonly SweepPoint[]; patched: number }>;

/**
 * Worker threads started ahead of the base solve, so that loading their modules and building
 * the scenario's model overlap the main thread's own start (its checks, its model, its solve).
 */
export type WorkerPool = {
  /** The counter of blocks claimed, shared by every thread of the sweep (the main thread too). */
  readonly counter: SharedArrayBuffer;
  /** Tell the workers the base optimum: they solve blocks until none is left; the blocks they solved. */
  run(base: BaseMessage, progress?: () => void): Promise<WorkerBlocks>;
  /** Stop the workers (a sweep that does not go ahead; nothing once they are done). */
  stop(): void;
};

/** Start `workers` worker threads on `job` (see WorkerPool): they wait for the base optimum. */
export function startWorkers(job: Omit<PoolJob, 'counter'>, workers: number, script: string): WorkerPool {
  const counter = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const blocks: WorkerBlocks = new Map();
  let tick: (() => void) | undefined;
  const started: Worker[] = [];
  const one = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData: { ...job, counter } satisfies PoolJob });
      started.push(worker);
      let settled = false;
      const end = (e?: Error): void => {
        settled = true;
        void worker.terminate();
        if (e) reject(e);
        else resolve();
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.kind === 'point') tick?.();
        else if (m.kind === 'block') blocks.set(m.index, { points: m.points, patched: m.patched });
        else if (m.kind === 'failed') end(new Error(m.message));
        else end();
      });
      worker.on('error', end);
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(`a sweep worker stopped (exit code ${code})`));
      });
    });
  const done = Promise.all(Array.from({ length: workers }, one)).then(() => blocks);
  // A failure is awaited in run(); until then (or when the sweep does not go ahead) it must not count as unhandled.
  done.catch(() => undefined);
  return {
    counter,
    run(base, progress) {
      tick = progress;
      for (const w of started) w.postMessage(base);
      return done;
    },
    stop() {
      for (const w of started) void w.terminate();
    },
  };
}
