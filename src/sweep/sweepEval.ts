import { hasIntegers, isHours, itemAt, type LpModel } from '../model/lp.js';
import { solveModel } from '../solver/solveModel.js';
import type { SolveResult } from '../solver/solver.js';
import { formatDiagnostic } from '../scenario/diagnostic.js';
import type { Scenario } from '../scenario/types.js';
import { readLayer, type Layer, type SetOption } from '../scenario/variants.js';
import { isSolved, pricedResult, type ExplainContext } from '../explain/context.js';
import { patchFor, type Patch } from '../explain/modelPatch.js';
import type { SweepInput, SweepPoint } from './sweepTypes.js';

/** The scenario a sweep varies: its YAML layer (for rebuilds), the --set options, and the validated result. */
export type SweepBase = { readonly layer: Layer; readonly sets: readonly SetOption[]; readonly scenario: Scenario };

export type PointEvaluator = {
  /**
   * Solve the base scenario first: every point then starts from its optimum (the engine
   * session's reference), whatever was solved before it. Its cost, when it has a plan.
   */
  start(): Promise<number | undefined>;
  /** Solve the scenario with these input values (one per input, in order). */
  evaluate(values: readonly number[]): Promise<SweepPoint>;
  /** How many points were solved by patching the model rather than rebuilding it. */
  patched(): number;
  /** Load the engine and the base model, before start() (a worker thread waiting for the base optimum). */
  warm(): Promise<void>;
};

/**
 * The hours variables of a model, in order, and the index of each one's country in `countries`
 * (the countries in the order their first variable comes): the same for every patched point.
 */
type HoursIndex = {
  readonly at: readonly number[];
  readonly country: Int32Array;
  readonly countries: readonly string[];
};

function hoursIndex(model: LpModel): HoursIndex {
  const at: number[] = [];
  const country: number[] = [];
  const countries: string[] = [];
  model.vars.forEach((v, j) => {
    if (!isHours(v)) return;
    const k = countries.indexOf(v.country);
    at.push(j);
    country.push(k < 0 ? countries.push(v.country) - 1 : k);
  });
  return { at, country: Int32Array.from(country), countries };
}

/** Each country's share of the hours in `x`, summed in the variables' order (a typed array: no number boxed per variable). */
function sharesOf(ix: HoursIndex, x: readonly number[]): Record<string, number> {
  const sums = new Float64Array(ix.countries.length);
  let total = 0;
  for (let k = 0; k < ix.at.length; k++) {
    const h = x[itemAt(ix.at, k)] ?? 0;
    const c = ix.country[k] ?? 0;
    sums[c] = (sums[c] ?? 0) + h;
    total += h;
  }
  const shares: Record<string, number> = {};
  ix.countries.forEach((c, k) => {
    shares[c] = total > 0 ? (sums[k] ?? 0) / total : 0;
  });
  return shares;
}

/**
 * A mixed-integer model is solved by the engine alone, as `plan` solves it: the session starts
 * MILPs from earlier solutions, and a search stopped within its gap would then find another plan,
 * at another cost, than `plan` does (explain/basePlan.ts). An LP's optimum is one cost: the
 * session solves it from its reference.
 */
const solveAsPlan = (model: LpModel, ctx: ExplainContext): Promise<SolveResult> =>
  hasIntegers(model) ? solveModel(model, ctx.plain, ctx.options) : ctx.solve(model);

async function solvePoint(
  model: LpModel,
  values: readonly number[],
  ctx: ExplainContext,
  ix: HoursIndex = hoursIndex(model),
): Promise<SweepPoint> {
  const r = await solveAsPlan(model, ctx);
  if (isSolved(r)) {
    const { bound } = pricedResult(r);
    const gap = bound === undefined ? null : (r.objective - bound) / Math.max(1, Math.abs(r.objective));
    const unproven = bound !== r.objective ? { gap } : {};
    return { values, status: 'optimal', cost: r.objective, ...unproven, shares: sharesOf(ix, r.x), message: undefined };
  }
  if (r.status === 'infeasible')
    return { values, status: 'infeasible', cost: undefined, shares: {}, message: undefined };
  return {
    values,
    status: 'invalid',
    cost: undefined,
    shares: {},
    message: r.status === 'error' ? r.message : r.status,
  };
}

/**
 * Evaluate sweep points. Inputs the model can take in place (see modelPatch.ts) patch one shared
 * base model; any other input makes the point go through the whole pipeline (--set, validation,
 * model), so every field of the scenario can be swept.
 */
export function pointEvaluator(base: SweepBase, inputs: readonly SweepInput[], ctx: ExplainContext): PointEvaluator {
  const model = ctx.build(base.scenario);
  const patches = inputs.map((i) => patchFor(base.scenario, model, i.path.split('.')));
  // Hours scale the rows other patches set: apply them last.
  const order = inputs
    .map((_, k) => k)
    .sort((a, b) => Number(inputs[a]?.path.endsWith('.hours')) - Number(inputs[b]?.path.endsWith('.hours')));
  const allPatched = patches.every((p): p is Patch => p !== undefined);
  let patched = 0;
  /** Patches change costs and right-hand sides only: the base model's hours variables are every point's. */
  let baseHours: HoursIndex | undefined;
  return {
    patched: () => patched,
    warm: () => ctx.solver.warm(model, ctx.options),
    async start() {
      const r = await solveAsPlan(model, ctx);
      return isSolved(r) ? r.objective : undefined;
    },
    async evaluate(values) {
      if (allPatched) {
        patched++;
        const m = order.reduce((acc, k) => itemAt(patches, k)(acc, values[k] ?? 0), model);
        return solvePoint(m, values, ctx, (baseHours ??= hoursIndex(model)));
      }
      const sets = inputs.map((i, k) => ({ origin: i.origin, path: i.path.split('.'), value: values[k] }));
      const read = readLayer(base.layer, [...base.sets, ...sets]);
      if (!read.ok)
        return {
          values,
          status: 'invalid',
          cost: undefined,
          shares: {},
          message: read.diagnostics[0] ? formatDiagnostic(read.diagnostics[0]) : 'invalid',
        };
      return solvePoint(ctx.build(read.scenario), values, ctx);
    },
  };
}

/**
 * Points are solved in blocks of this many, in order: the first of a block starts from the base
 * scenario's optimum, each other from the point before it (a grid's neighbour: a few simplex
 * iterations). Workers take whole blocks, so every point is solved from the same start
 * whatever the number of workers, and gets the same answer.
 */
export const SWEEP_BLOCK = 16;

/** Solve `values` in order, in blocks of SWEEP_BLOCK (the first point starting a block). */
export async function solveInBlocks(
  evaluator: PointEvaluator,
  ctx: ExplainContext,
  values: readonly (readonly number[])[],
  onPoint?: (done: number) => void,
): Promise<SweepPoint[]> {
  const points: SweepPoint[] = [];
  for (const v of values) {
    if (points.length % SWEEP_BLOCK === 0) ctx.solver.startFrom('chain');
    points.push(await evaluator.evaluate(v));
    onPoint?.(points.length);
  }
  ctx.solver.startFrom('reference');
  return points;
}
