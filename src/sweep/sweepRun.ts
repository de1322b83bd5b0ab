import type { ExplainContext } from '../explain/context.js';
import { seededRandom } from '../explain/random.js';
import { pointEvaluator, solveInBlocks, type PointEvaluator, type SweepBase } from './sweepEval.js';
import { blockOf, claimBlock, startWorkers, type WorkerBlocks, type WorkerPool } from './sweepPool.js';
import { bands, tornado } from './sweepStats.js';
import type { SweepInput, SweepPlan, SweepPoint, SweepResult } from './sweepTypes.js';

/** Largest number of points a sweep may have (a grid grows as the product of its steps). */
export const MAX_SWEEP_POINTS = 100_000;
/** Most values one --vary may take (steps of a range, or a list). */
export const MAX_SWEEP_STEPS = 1_000;
/** Most Monte Carlo draws (--samples). */
export const MAX_SWEEP_SAMPLES = 100_000;

/** Called after each point: done of total (for a progress bar). */
export type Progress = (done: number, total: number) => void;

/** Every combination of the grid values, the first input varying slowest. */
export function gridPoints(inputs: readonly SweepInput[]): number[][] {
  return inputs.reduce<number[][]>((acc, i) => acc.flatMap((p) => (i.values ?? [i.low]).map((v) => [...p, v])), [[]]);
}

/** `samples` draws, each input uniform in [low, high], from a seeded generator. */
export function monteCarloPoints(inputs: readonly SweepInput[], samples: number, seed: number): number[][] {
  const rand = seededRandom(seed);
  return Array.from({ length: samples }, () => inputs.map((i) => i.low + rand() * (i.high - i.low)));
}

export function pointCount(inputs: readonly SweepInput[], plan: SweepPlan): number {
  return plan.kind === 'grid' ? inputs.reduce((n, i) => n * (i.values?.length ?? 1), 1) : plan.samples;
}

/** How to spread a sweep: worker threads (1: the main thread alone) and the worker module. */
export type SweepThreads = { readonly workers: number; readonly script: string | undefined };

/** A sweep's points, and its worker threads once started (launchSweep). */
export type SweepLaunch = { readonly values: readonly (readonly number[])[]; readonly pool: WorkerPool | undefined };

/**
 * The sweep's points, and its `threads.workers − 1` worker threads started now: they load their
 * modules and build the scenario's model while the caller goes on (sweepCommand: the checks of
 * every input, the base model and its solve). Whoever launches stops the pool if it does not run.
 */
export function launchSweep(
  base: SweepBase,
  inputs: readonly SweepInput[],
  plan: SweepPlan,
  ctx: ExplainContext,
  threads: SweepThreads,
): SweepLaunch {
  const values = plan.kind === 'grid' ? gridPoints(inputs) : monteCarloPoints(inputs, plan.samples, plan.seed);
  const { layer, sets, scenario } = base;
  const job = {
    layer,
    sets,
    scenario,
    inputs,
    values,
    engine: ctx.solver.name,
    timeLimitSeconds: ctx.options.timeLimitSeconds,
  };
  const pool =
    threads.workers > 1 && threads.script !== undefined
      ? startWorkers(job, threads.workers - 1, threads.script)
      : undefined;
  return { values, pool };
}

type Solved = { baseCost: number | undefined; points: SweepPoint[]; patched: number };

/** The base scenario, then the points, solved in this thread in order. */
async function solveHere(
  evaluator: PointEvaluator,
  ctx: ExplainContext,
  values: readonly (readonly number[])[],
  progress: Progress | undefined,
): Promise<Solved> {
  const baseCost = await evaluator.start();
  const points = await solveInBlocks(evaluator, ctx, values, (done) => progress?.(done, values.length));
  return { baseCost, points, patched: evaluator.patched() };
}

/**
 * The points shared between this thread and the pool's worker threads (started before the
 * base solve); once solved, the base's optimal basis is handed to them (no base solve of their
 * own). Every thread then claims blocks of SWEEP_BLOCK points from one shared counter until none
 * is left, so that no core waits while another has work. Each block starts from the base
 * optimum, so every point has the start it would have in one thread.
 */
async function solveSpread(
  evaluator: PointEvaluator,
  ctx: ExplainContext,
  values: readonly (readonly number[])[],
  progress: Progress | undefined,
  pool: WorkerPool,
): Promise<Solved> {
  let done = 0;
  const tick = (): void => progress?.(++done, values.length);
  const baseCost = await evaluator.start();
  const there = pool.run({ kind: 'base', basis: ctx.solver.basis() }, tick);
  const blocks: WorkerBlocks = new Map();
  for (let k = claimBlock(pool.counter, values.length); k !== undefined; k = claimBlock(pool.counter, values.length)) {
    const before = evaluator.patched();
    const points = await solveInBlocks(evaluator, ctx, blockOf(values, k), tick);
    blocks.set(k, { points, patched: evaluator.patched() - before });
  }
  for (const [k, b] of await there) blocks.set(k, b);
  const order = [...blocks.keys()].sort((a, b) => a - b);
  return {
    baseCost,
    points: order.flatMap((k) => blocks.get(k)?.points ?? []),
    patched: order.reduce((n, k) => n + (blocks.get(k)?.patched ?? 0), 0),
  };
}

/**
 * Run a sweep: each point solved (model patched where possible; in worker threads when asked,
 * or in those `threads` launched already), then percentiles and the tornado. Every point starts
 * from the base scenario's optimum, so the figures are the same whatever the number of workers.
 */
export async function runSweep(
  base: SweepBase,
  inputs: readonly SweepInput[],
  plan: SweepPlan,
  ctx: ExplainContext,
  progress?: Progress,
  threads: SweepThreads | SweepLaunch = { workers: 1, script: undefined },
): Promise<SweepResult> {
  const started = performance.now();
  const evaluator = pointEvaluator(base, inputs, ctx);
  const { values, pool } = 'values' in threads ? threads : launchSweep(base, inputs, plan, ctx, threads);
  let solved: Solved;
  try {
    solved = pool
      ? await solveSpread(evaluator, ctx, values, progress, pool)
      : await solveHere(evaluator, ctx, values, progress);
  } finally {
    pool?.stop();
  }
  const { baseCost, points, patched } = solved;
  const seconds = (performance.now() - started) / 1000;
  const costAt = async (v: readonly number[]): Promise<number | undefined> => (await evaluator.evaluate(v)).cost;
  const known = base.scenario.countries.map((c) => c.code);
  const countries = [
    ...known,
    ...new Set(points.flatMap((p) => Object.keys(p.shares)).filter((c) => !known.includes(c))),
  ];
  return {
    name: base.scenario.name,
    currency: base.scenario.currency,
    period: base.scenario.period,
    plan,
    inputs,
    countries,
    baseCost,
    points,
    bands: plan.kind === 'monte-carlo' ? bands(points, countries) : undefined,
    tornado: await tornado(inputs, costAt),
    patched,
    seconds,
  };
}
