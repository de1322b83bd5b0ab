import * as jsLpModule from 'javascript-lp-solver';
import type { Model as JsModel, SolveResult as JsResult, SolverAPI } from 'javascript-lp-solver';
import { dualModel } from '../model/dualModel.js';
import { hasIntegers, type LpModel } from '../model/lp.js';
import { JS_LP_MAX_CELLS, ModelTooLargeError, tableauCells } from './modelSize.js';
import type { SolveOptions, SolveResult, Solver } from './solver.js';

// The package's types describe its CommonJS build; its ESM build exports the solver as default.
const jsLp = (jsLpModule as unknown as { default: SolverAPI }).default;

const OP = { '=': 'equal', '<=': 'max', '>=': 'min' } as const;

/** Translate the neutral model to javascript-lp-solver's JSON form (variables x0…, rows r0…). */
function toJsModel(model: LpModel, options: SolveOptions): JsModel {
  const constraints: JsModel['constraints'] = {};
  const variables: JsModel['variables'] = {};
  const ints: Record<string, 1> = {};
  const binaries: Record<string, 1> = {};
  model.vars.forEach((v, j) => {
    const col: Record<string, number> = { _cost: v.cost };
    variables[`x${j}`] = col;
    if (v.kind === 'binary') binaries[`x${j}`] = 1;
    if (v.kind === 'integer') ints[`x${j}`] = 1;
    // Bounds other than [0, ∞) become rows of their own.
    if (v.lower > 0) {
      constraints[`lo${j}`] = { min: v.lower };
      col[`lo${j}`] = 1;
    }
    if (v.upper < Infinity && v.kind !== 'binary') {
      constraints[`up${j}`] = { max: v.upper };
      col[`up${j}`] = 1;
    }
    if (v.kind === 'binary' && v.upper === 0) {
      constraints[`up${j}`] = { max: 0 };
      col[`up${j}`] = 1;
    }
  });
  model.rows.forEach((r, i) => {
    constraints[`r${i}`] = { [OP[r.op]]: r.rhs };
    for (const t of r.terms) {
      const col = variables[`x${t.v}`];
      if (col) col[`r${i}`] = (col[`r${i}`] ?? 0) + t.coef;
    }
  });
  return {
    optimize: '_cost',
    opType: 'min',
    constraints,
    variables,
    ints,
    binaries,
    options: { timeout: options.timeLimitSeconds * 1000, tolerance: options.mipGap ?? 0 },
  };
}

function solvePrimal(model: LpModel, options: SolveOptions): SolveResult {
  const started = Date.now();
  const raw = jsLp.Solve(toJsModel(model, options)) as JsResult;
  // Its branch and bound stops at the time limit without saying so: a search that ran that long
  // may have left branches unexplored, so it proves nothing, and finding no integer point
  // proves no infeasibility either.
  const stopped = hasIntegers(model) && Date.now() - started >= options.timeLimitSeconds * 1000;
  if (!raw.feasible) return stopped ? noWholePlan(options) : { status: 'infeasible' };
  if (raw.bounded === false) return { status: 'unbounded' };
  if (!Number.isFinite(raw.result))
    return { status: 'error', message: `javascript-lp-solver returned a non-finite objective (${raw.result})` };
  const x = valuesOf(model, raw);
  // A stopped search may leave the tableau on a relaxation: whole numbers are checked, not assumed.
  if (!wholeWhereRequired(model, x))
    return stopped
      ? noWholePlan(options)
      : { status: 'error', message: 'javascript-lp-solver returned fractional values for whole-number variables' };
  if (stopped)
    return { status: 'feasible', engine: 'javascript-lp-solver', objective: raw.result, x, mipGap: undefined };
  return {
    status: 'optimal',
    engine: 'javascript-lp-solver',
    objective: raw.result,
    x,
    duals: undefined,
    mipGap: hasIntegers(model) ? 0 : undefined,
  };
}

function valuesOf(model: LpModel, raw: JsResult): number[] {
  return model.vars.map((_, j) => {
    const val = raw[`x${j}`];
    return typeof val === 'number' ? val : 0;
  });
}

function wholeWhereRequired(model: LpModel, x: readonly number[]): boolean {
  return model.vars.every((v, j) => v.kind === 'continuous' || Math.abs((x[j] ?? 0) - Math.round(x[j] ?? 0)) <= 1e-6);
}

function noWholePlan(options: SolveOptions): SolveResult {
  return {
    status: 'error',
    message: `javascript-lp-solver found no whole-number plan within the time limit (${options.timeLimitSeconds} s): raise --time-limit or use --solver highs`,
  };
}

/**
 * javascript-lp-solver, pure JavaScript: fast start, fine for small models, dense tableau
 * (refused above JS_LP_MAX_CELLS: `auto` never gives it such a model, a user who names it is told).
 * It reports `feasible`, not a proven optimum, so the adapter also solves the dual LP:
 * its solution is an optimality certificate that plan/certify.ts checks independently.
 */
export const jsLpSolver: Solver = {
  name: 'javascript-lp-solver',
  async solve(model, options) {
    if (tableauCells(model) > JS_LP_MAX_CELLS) throw new ModelTooLargeError(model);
    const primal = solvePrimal(model, options);
    if (primal.status !== 'optimal' || hasIntegers(model)) return primal;
    const dual = dualModel(model);
    const d = solvePrimal(dual.model, options);
    const duals = d.status === 'optimal' ? dual.toDual(d.x) : undefined;
    return { ...primal, duals };
  },
};
