import type { Highs } from 'highs';
import { hasIntegers, type LpModel } from '../model/lp.js';
import { highsAbortMessage } from './highsFailure.js';
import type { SolveOptions, SolveResult, Solver } from './solver.js';

let runtime: Promise<Highs> | undefined;

/** Load the WebAssembly runtime once, on first use (keeps start-up fast for small plans). */
export async function loadHighs(): Promise<Highs> {
  // The compiler tier of this WebAssembly (--liftoff-only or not) is chosen per command by the
  // launcher, bin/bestshore.js, before it is compiled here.
  runtime ??= import('highs').then((m) => (m.default as unknown as () => Promise<Highs>)());
  return runtime;
}

/** The neutral model in HiGHS's sparse form: columns x ≥ 0, rows lower ≤ Ax ≤ upper, CSR matrix. */
export function toModelData(h: Highs, model: LpModel) {
  const inf = h.infinity;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const r of model.rows) {
    // HiGHS rejects duplicate entries in a row: merge them.
    const merged = new Map<number, number>();
    for (const t of r.terms) merged.set(t.v, (merged.get(t.v) ?? 0) + t.coef);
    for (const [v, coef] of [...merged].sort((a, b) => a[0] - b[0])) { indices.push(v); values.push(coef); }
    starts.push(indices.length);
  }
  return {
    numCols: model.vars.length,
    numRows: model.rows.length,
    sense: h.constants.objectiveSense.minimize,
    colCost: Float64Array.from(model.vars, (v) => v.cost),
    colLower: Float64Array.from(model.vars, (v) => v.lower),
    colUpper: Float64Array.from(model.vars, (v) => (v.upper === Infinity ? inf : v.upper)),
    ...(hasIntegers(model) ? { integrality: Int32Array.from(model.vars, (v) => (v.kind === 'continuous' ? h.constants.variableType.continuous : h.constants.variableType.integer)) } : {}),
    rowLower: Float64Array.from(model.rows, (r) => (r.op === '<=' ? -inf : r.rhs)),
    rowUpper: Float64Array.from(model.rows, (r) => (r.op === '>=' ? inf : r.rhs)),
    matrix: { format: 'csr' as const, numRows: model.rows.length, numCols: model.vars.length, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values) },
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
      runtime = undefined;
      return { status: 'error', message: abort };
    }
  },
};

async function solveWithHighs(model: LpModel, options: SolveOptions): Promise<SolveResult> {
  const h = await loadHighs();
  const mip = hasIntegers(model);
  return h.withModel((m): SolveResult => {
    m.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds,
      // HiGHS's own choice (simplex for LPs, branch and bound for MILPs): on the merged-hours
      // model simplex beats the interior-point method at every size the benchmark runs.
      solver: 'choose',
      ...(mip ? { mip_rel_gap: 0, mip_abs_gap: 1e-6 } : {}),
    });
    m.passModel(toModelData(h, model));
    m.run();
    const status = m.getModelStatus();
    if (status === 8 || status === 9) return { status: 'infeasible' };
    if (status === 10) return { status: 'unbounded' };
    const info = (name: string): number | undefined => {
      try { return Number(m.info.get(name)); } catch { return undefined; }
    };
    const hasSolution = info('primal_solution_status') === 2;
    const gap = mip ? info('mip_gap') : undefined;
    const mipGap = gap === undefined || !Number.isFinite(gap) ? undefined : gap;
    if (status === 6 && model.vars.length === 0) return { status: 'optimal', engine: 'highs', objective: 0, x: [], duals: model.rows.map(() => 0), mipGap };
    if (status === 13 && mip && hasSolution) {
      return { status: 'feasible', engine: 'highs', objective: m.getObjectiveValue(), x: Array.from(m.getSolution().colValue), mipGap };
    }
    if (status !== 7) return { status: 'error', message: `HiGHS stopped with model status ${status}${status === 13 ? ' (time limit reached with no solution)' : ''}` };
    const sol = m.getSolution();
    return { status: 'optimal', engine: 'highs', objective: m.getObjectiveValue(), x: Array.from(sol.colValue), duals: mip ? undefined : Array.from(sol.rowDual), mipGap };
  });
}
