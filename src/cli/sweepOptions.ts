import { UsageError } from '../errors.js';
import { MAX_SWEEP_POINTS, MAX_SWEEP_SAMPLES, MAX_SWEEP_STEPS, pointCount } from '../sweep/sweepRun.js';
import type { SweepInput, SweepPlan } from '../sweep/sweepTypes.js';
import { valueAt } from '../scenario/variants.js';

/** Parsed options of `bestshore sweep` (commander camel-cases the long names). */
export type SweepFlags = {
  readonly vary?: readonly string[];
  readonly spread?: readonly string[];
  readonly samples?: string;
  readonly seed?: string;
  readonly workers?: string;
};

/** Most worker threads --workers may ask for. */
export const MAX_WORKERS = 64;

/** --workers: undefined when not given (one per core). */
export function workersOption(opts: SweepFlags): number | undefined {
  return opts.workers === undefined ? undefined : positiveInt(opts.workers, '--workers', 1, MAX_WORKERS);
}

/** Monte Carlo draws when --spread is given without --samples. */
export const DEFAULT_SAMPLES = 500;

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?`;
const RANGE = new RegExp(`^(${NUMBER})\\.\\.(${NUMBER})(?::(\\d+))?$`, 'i');
const SPREAD = new RegExp(`^(?:±|\\+-|\\+/-)(${NUMBER})(%?)$`);

function split(text: string, flag: string, example: string): { path: string; spec: string } {
  const eq = text.indexOf('=');
  const path = text.slice(0, eq).trim();
  if (eq <= 0 || path.split('.').some((p) => p === '')) throw new UsageError(`${flag} ${text}: expected ${example}`);
  return { path, spec: text.slice(eq + 1).trim() };
}

/** `path=from..to:steps` (steps points, ends included; default 5) or `path=v1,v2,...`. */
export function parseVary(text: string, data: unknown): SweepInput {
  const origin = `--vary ${text}`;
  const example = 'path=from..to:steps, e.g. countries.MA.cost_per_hour=14..20:7, or path=v1,v2,v3';
  const { path, spec } = split(text, '--vary', example);
  const base = valueAt(data, path.split('.'));
  const known = typeof base === 'number' ? base : undefined;
  const range = RANGE.exec(spec);
  let values: number[];
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    const steps = range[3] === undefined ? 5 : Number(range[3]);
    if (!(steps >= 1) || (steps === 1 && from !== to))
      throw new UsageError(`${origin}: expected at least 2 steps from ${from} to ${to}`);
    if (steps > MAX_SWEEP_STEPS)
      throw new UsageError(`${origin}: expected at most ${MAX_SWEEP_STEPS} steps, got ${range[3] ?? ''}`);
    values =
      steps === 1
        ? [from]
        : Array.from({ length: steps }, (_, k) => Math.round((from + ((to - from) * k) / (steps - 1)) * 1e9) / 1e9);
  } else {
    values = spec.split(',').map((v) => Number(v.trim()));
    if (spec === '' || values.some((v) => !Number.isFinite(v))) throw new UsageError(`${origin}: expected ${example}`);
    if (values.length > MAX_SWEEP_STEPS)
      throw new UsageError(`${origin}: expected at most ${MAX_SWEEP_STEPS} values, got ${values.length}`);
  }
  return {
    path,
    origin,
    base: known,
    low: values.reduce((a, b) => Math.min(a, b)),
    high: values.reduce((a, b) => Math.max(a, b)),
    values,
  };
}

/** `path=±10%` (relative to the scenario's value) or `path=±2` (absolute). */
export function parseSpread(text: string, data: unknown): SweepInput {
  const origin = `--spread ${text}`;
  const { path, spec } = split(text, '--spread', 'path=±p% or path=±x, e.g. countries.MA.cost_per_hour=±10%');
  const m = SPREAD.exec(spec);
  if (!m) throw new UsageError(`${origin}: expected ±p% or ±x (also +-p%), e.g. countries.MA.cost_per_hour=±10%`);
  const base = valueAt(data, path.split('.'));
  if (typeof base !== 'number')
    throw new UsageError(
      `${origin}: the scenario has no number at ${path} to spread around${base === undefined ? '' : ` (it is ${JSON.stringify(base)})`}`,
    );
  const width = m[2] === '%' ? (Math.abs(base) * Number(m[1])) / 100 : Number(m[1]);
  return { path, origin, base, low: base - width, high: base + width, values: undefined };
}

function positiveInt(text: string | undefined, flag: string, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag}: expected a whole number ≥ 1, got "${text}"`);
  if (n > max) throw new UsageError(`${flag}: expected at most ${max}, got "${text}"`);
  return n;
}

/** The sweep's inputs and plan from the options; `data` is the scenario's YAML (after --set). */
export function sweepInputs(opts: SweepFlags, data: unknown): { inputs: SweepInput[]; plan: SweepPlan } {
  const vary = opts.vary ?? [];
  const spread = opts.spread ?? [];
  if (vary.length > 0 && (spread.length > 0 || opts.samples !== undefined))
    throw new UsageError('--vary (a grid) cannot be combined with --spread/--samples (Monte Carlo): run two sweeps');
  if (vary.length === 0 && spread.length === 0)
    throw new UsageError('sweep needs --vary path=from..to:steps (a grid) or --spread path=±p% (Monte Carlo)');
  const seed = Number(opts.seed ?? '1');
  if (!Number.isInteger(seed)) throw new UsageError(`--seed: expected a whole number, got "${opts.seed ?? ''}"`);
  const inputs = vary.length > 0 ? vary.map((v) => parseVary(v, data)) : spread.map((v) => parseSpread(v, data));
  const plan: SweepPlan =
    vary.length > 0
      ? { kind: 'grid' }
      : {
          kind: 'monte-carlo',
          samples: positiveInt(opts.samples, '--samples', DEFAULT_SAMPLES, MAX_SWEEP_SAMPLES),
          seed,
        };
  const n = pointCount(inputs, plan);
  if (n > MAX_SWEEP_POINTS)
    throw new UsageError(`the sweep has ${n} points; the limit is ${MAX_SWEEP_POINTS}: use fewer steps`);
  return { inputs, plan };
}
