import type { ExplainContext } from './context.js';
import { seededRandom } from './random.js';
import { pointEvaluator, solveInBlocks, SWEEP_BLOCK, type PointEvaluator, type SweepBase } from './sweepEval.js';
import { runInWorkers, type PoolJob } from './sweepPool.js';
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

type Solved = { baseCost: number | undefined; points: SweepPoint[]; patched: number };

/** The base scenario, then the points, solved in this thread in order. */
async function solveHere(
  evaluator: PointEvaluator,
  ctx: ExplainContext,
  values: readonly number[][],
  progress: Progress | undefined,
): Promise<Solved> {
  const baseCost = await evaluator.start();
  const points = await solveInBlocks(evaluator, ctx, values, (done) => progress?.(done, values.length));
  return { baseCost, points, patched: evaluator.patched() };
}

/**
 * The points shared between this thread, which takes the first share (its engine holds the base
 * model: no start to pay), and `workers − 1` worker threads for the rest, started first so that
 * their start overlaps the base solve here. Shares are whole blocks, so every point has the
 * start it would have in one thread.
 */
async function solveSpread(
  evaluator: PointEvaluator,
  ctx: ExplainContext,
  values: readonly number[][],
  progress: Progress | undefined,
  pool: { readonly job: PoolJob; readonly workers: number; readonly script: string },
): Promise<Solved> {
  const size = Math.ceil(values.length / SWEEP_BLOCK / pool.workers) * SWEEP_BLOCK;
  const rest = values.slice(size);
  let done = 0;
  const tick = (): void => progress?.(++done, values.length);
  const there =
    rest.length > 0
      ? runInWorkers({ ...pool.job, values: rest }, pool.workers - 1, pool.script, tick)
      : Promise.resolve({ points: [], patched: 0 });
  // A rejected share is awaited below; until then it must not count as unhandled.
  there.catch(() => undefined);
  const baseCost = await evaluator.start();
  const here = await solveInBlocks(evaluator, ctx, values.slice(0, size), tick);
  const patchedHere = evaluator.patched();
  const other = await there;
  return { baseCost, points: [...here, ...other.points], patched: patchedHere + other.patched };
}

/**
 * Run a sweep: each point solved (model patched where possible; in worker threads when asked),
 * then percentiles and the tornado. Every point starts from the base scenario's optimum, so the
 * figures are the same whatever the number of workers.
 */
export async function runSweep(
  base: SweepBase,
  inputs: readonly SweepInput[],
  plan: SweepPlan,
  ctx: ExplainContext,
  progress?: Progress,
  threads: SweepThreads = { workers: 1, script: undefined },
): Promise<SweepResult> {
  const started = performance.now();
  const evaluator = pointEvaluator(base, inputs, ctx);
  const values = plan.kind === 'grid' ? gridPoints(inputs) : monteCarloPoints(inputs, plan.samples, plan.seed);
  const { baseCost, points, patched } =
    threads.workers > 1 && threads.script !== undefined
      ? await solveSpread(evaluator, ctx, values, progress, {
          job: {
            layer: base.layer,
            sets: base.sets,
            inputs,
            values,
            engine: ctx.solver.name,
            timeLimitSeconds: ctx.options.timeLimitSeconds,
          },
          workers: threads.workers,
          script: threads.script,
        })
      : await solveHere(evaluator, ctx, values, progress);
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
