import type { ExplainContext } from './context.js';
import { seededRandom } from './random.js';
import { pointEvaluator, type SweepBase } from './sweepEval.js';
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

/** Run a sweep: each point solved (model patched where possible), then percentiles and the tornado. */
export async function runSweep(base: SweepBase, inputs: readonly SweepInput[], plan: SweepPlan, ctx: ExplainContext, progress?: Progress): Promise<SweepResult> {
  const started = performance.now();
  const evaluator = pointEvaluator(base, inputs, ctx);
  const values = plan.kind === 'grid' ? gridPoints(inputs) : monteCarloPoints(inputs, plan.samples, plan.seed);
  const points: SweepPoint[] = [];
  for (const v of values) {
    points.push(await evaluator.evaluate(v));
    progress?.(points.length, values.length);
  }
  const seconds = (performance.now() - started) / 1000;
  const patched = evaluator.patched();
  const costAt = async (v: readonly number[]): Promise<number | undefined> => (await evaluator.evaluate(v)).cost;
  const known = base.scenario.countries.map((c) => c.code);
  const countries = [...known, ...new Set(points.flatMap((p) => Object.keys(p.shares)).filter((c) => !known.includes(c)))];
  const baseCost = (await ctx.solve(ctx.build(base.scenario)));
  return {
    name: base.scenario.name, currency: base.scenario.currency, period: base.scenario.period, plan, inputs, countries,
    baseCost: baseCost.status === 'optimal' || baseCost.status === 'feasible' ? baseCost.objective : undefined,
    points,
    bands: plan.kind === 'monte-carlo' ? bands(points, countries) : undefined,
    tornado: await tornado(inputs, costAt),
    patched, seconds,
  };
}
