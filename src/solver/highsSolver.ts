import type { Highs } from 'highs';
import { hasIntegers, itemAt, type LpModel } from '../model/lp.js';
import { highsAbortMessage } from './highsFailure.js';
import { highsFactory } from './highsRuntime.js';
import { highsOptions, readResult } from './highsResult.js';
import type { SolveOptions, SolveResult, Solver } from './solver.js';
import { float64Of, int32Of } from './typedArrays.js';

let runtime: Promise<Highs> | undefined;
let beforeCompile: ((model: LpModel) => void) | undefined;

/**
 * `hook` is told the first model HiGHS is loaded for, just before its WebAssembly is compiled:
 * the CLI picks V8's compiler tier by that model's size (cli/compilerTier.ts).
 */
export function beforeHighsCompiles(hook: (model: LpModel) => void): void {
  beforeCompile = hook;
}

/** Load the WebAssembly runtime once, on first use, for `model` when one is known (keeps start-up fast for small plans). */
export async function loadHighs(model?: LpModel): Promise<Highs> {
  if (!runtime && model) {
    const hook = beforeCompile;
    beforeCompile = undefined;
    hook?.(model);
  }
  // The package with its error labels built only on error (highsRuntime.ts).
  runtime ??= highsFactory().then(({ factory }) => factory());
  return runtime;
}

/** The neutral model in HiGHS's sparse form: columns x ≥ 0, rows lower ≤ Ax ≤ upper, CSR matrix. */
export function toModelData(h: Highs, model: LpModel) {
  const inf = h.infinity;
  const nnz = model.rows.reduce((n, r) => n + r.terms.length, 0);
  const starts = new Int32Array(model.rows.length + 1);
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let n = 0;
  // Index loops: this runs for every model handed to HiGHS, over every term.
  for (let i = 0; i < model.rows.length; i++) {
    const r = itemAt(model.rows, i);
    // HiGHS wants each row's columns once, in any order: merge duplicates (rare; sorted first).
    let sorted = true;
    for (let k = 1; k < r.terms.length && sorted; k++) sorted = itemAt(r.terms, k).v > itemAt(r.terms, k - 1).v;
    const terms = sorted ? r.terms : [...r.terms].sort((a, b) => a.v - b.v);
    const first = n;
    for (let k = 0; k < terms.length; k++) {
      const t = itemAt(terms, k);
      if (n > first && indices[n - 1] === t.v) values[n - 1] = (values[n - 1] ?? 0) + t.coef;
      else {
        indices[n] = t.v;
        values[n] = t.coef;
        n++;
      }
    }
    starts[i + 1] = n;
  }
  return {
    numCols: model.vars.length,
    numRows: model.rows.length,
    sense: h.constants.objectiveSense.minimize,
    colCost: float64Of(model.vars, (v) => v.cost),
    colLower: float64Of(model.vars, (v) => v.lower),
    colUpper: float64Of(model.vars, (v) => (v.upper === Infinity ? inf : v.upper)),
    ...(hasIntegers(model)
      ? {
          integrality: int32Of(model.vars, (v) =>
            v.kind === 'continuous' ? h.constants.variableType.continuous : h.constants.variableType.integer,
          ),
        }
      : {}),
    rowLower: float64Of(model.rows, (r) => (r.op === '<=' ? -inf : r.rhs)),
    rowUpper: float64Of(model.rows, (r) => (r.op === '>=' ? inf : r.rhs)),
    matrix: {
      format: 'csr' as const,
      numRows: model.rows.length,
      numCols: model.vars.length,
      starts,
      indices: indices.subarray(0, n),
      values: values.subarray(0, n),
    },
  };
}

/**
 * HiGHS (WebAssembly build of the Edinburgh solver): sparse, fast on large models, gives row
 * duals directly (checked by plan/certify.ts like any other engine's answer).
 */
export const highsSolver: Solver = {
  name: 'highs',
  async solve(model, options): Promise<SolveResult> {
    try {
      return await solveWithHighs(model, options);
    } catch (e) {
      const abort = highsAbortMessage(e, model);
      if (abort === undefined) throw e;
      // An aborted runtime is dead: the next solve loads a fresh one.
      dropHighs();
      return { status: 'error', message: abort };
    }
  },
};

async function solveWithHighs(model: LpModel, options: SolveOptions): Promise<SolveResult> {
  const h = await loadHighs(model);
  return h.withModel((m): SolveResult => {
    m.options.set(highsOptions(model, options));
    m.passModel(toModelData(h, model));
    if (options.start?.length === model.vars.length && hasIntegers(model))
      m.setSolution({ colValue: Float64Array.from(options.start) });
    m.run();
    return readResult(m, model);
  });
}

/** A runtime that aborted is dead: the next solve loads a fresh one. */
export function dropHighs(): void {
  runtime = undefined;
}
