import type { GLPK, LP } from 'glpk.js/node';
import { hasIntegers, type LpModel } from '../model/lp.js';
import { glpkStop } from './glpkLog.js';
import type { SolveOptions, SolveResult, Solver } from './solver.js';

let runtime: Promise<GLPK> | undefined;
/** Where GLPK's messages go during a solve (glpk.js solves synchronously: one at a time per thread). */
let sink: string[] | undefined;

/**
 * Load GLPK's WebAssembly once, on first use (glpk.js, an ES module: a real dynamic import).
 * GLPK's messages are the only place it says why a branch and bound stopped and which bound it
 * proved; glpk.js prints them with the `console.log` it finds when it loads and offers no other
 * hook. So it loads with a `console.log` that keeps them while a solve collects them (`sink`)
 * and otherwise does what `console.log` did.
 */
function loadGlpk(): Promise<GLPK> {
  runtime ??= import('glpk.js/node').then(async (m) => {
    const original = console.log;
    console.log = (...args: unknown[]): void => {
      if (sink) sink.push(args.map(String).join(' '));
      else original(...args);
    };
    try {
      return await m.default();
    } finally {
      console.log = original;
    }
  });
  return runtime;
}

const col = (j: number): string => `x${j}`;

/** The neutral model in glpk.js's form: columns x0…, rows r0… (terms of a column in a row merged). */
export function toGlpk(g: GLPK, model: LpModel, options: SolveOptions): LP {
  const bnds = (op: string, rhs: number): { type: number; lb: number; ub: number } =>
    op === '<='
      ? { type: g.GLP_UP, lb: 0, ub: rhs }
      : op === '>='
        ? { type: g.GLP_LO, lb: rhs, ub: 0 }
        : { type: g.GLP_FX, lb: rhs, ub: rhs };
  return {
    name: 'bestshore',
    objective: { direction: g.GLP_MIN, name: 'cost', vars: model.vars.map((v, j) => ({ name: col(j), coef: v.cost })) },
    subjectTo: model.rows.map((r, i) => {
      const merged = new Map<number, number>();
      for (const t of r.terms) merged.set(t.v, (merged.get(t.v) ?? 0) + t.coef);
      return { name: `r${i}`, vars: [...merged].map(([v, coef]) => ({ name: col(v), coef })), bnds: bnds(r.op, r.rhs) };
    }),
    bounds: model.vars.map((v, j) => ({
      name: col(j),
      ...(v.upper === Infinity
        ? { type: g.GLP_LO, lb: v.lower, ub: 0 }
        : v.upper === v.lower
          ? { type: g.GLP_FX, lb: v.lower, ub: v.upper }
          : { type: g.GLP_DB, lb: v.lower, ub: v.upper }),
    })),
    generals: model.vars.flatMap((v, j) => (v.kind === 'continuous' ? [] : [col(j)])),
    options: {
      msglev: hasIntegers(model) ? g.GLP_MSG_ALL : g.GLP_MSG_OFF,
      tmlim: options.timeLimitSeconds,
      mipgap: options.mipGap ?? 0,
      presol: true,
    },
  };
}

/** glpk.js's answer in the engine-neutral terms of solver.ts. */
function readGlpk(
  g: GLPK,
  model: LpModel,
  r: { status: number; z: number; vars: Record<string, number>; dual?: Record<string, number> },
  log: readonly string[],
): SolveResult {
  const x = model.vars.map((_, j) => r.vars[col(j)] ?? 0);
  const mip = hasIntegers(model);
  if (r.status === g.GLP_NOFEAS || r.status === g.GLP_INFEAS) return { status: 'infeasible' };
  if (r.status === g.GLP_UNBND) return { status: 'unbounded' };
  // A branch and bound stopped early with a plan: at the gap asked for (optimal within that gap,
  // as HiGHS reports it) or by its time limit (feasible); the gap from the bound GLPK printed.
  if (r.status === g.GLP_FEAS && mip) {
    const stop = glpkStop(log, r.z);
    return stop.atGapTarget
      ? { status: 'optimal', engine: 'glpk', objective: r.z, x, duals: undefined, mipGap: stop.gap }
      : { status: 'feasible', engine: 'glpk', objective: r.z, x, mipGap: stop.gap };
  }
  if (r.status !== g.GLP_OPT)
    return {
      status: 'error',
      message: `glpk.js stopped with status ${r.status}${r.status === g.GLP_UNDEF ? ' (no solution: time limit or numerical trouble)' : ''}`,
    };
  const duals = mip ? undefined : model.rows.map((_, i) => r.dual?.[`r${i}`] ?? 0);
  return { status: 'optimal', engine: 'glpk', objective: r.z, x, duals, mipGap: mip ? 0 : undefined };
}

/**
 * GLPK 5 in WebAssembly (glpk.js). Proves the site-economics MILPs bestshore builds 4–18×
 * faster than HiGHS's WebAssembly (docs/performance.md): `auto` gives it those. Its answer goes
 * through the same certificate and verifiers as any engine's.
 */
export const glpkSolver: Solver = {
  name: 'glpk',
  async solve(model, options): Promise<SolveResult> {
    if (model.vars.length === 0)
      return {
        status: 'optimal',
        engine: 'glpk',
        objective: 0,
        x: [],
        duals: model.rows.map(() => 0),
        mipGap: undefined,
      };
    const g = await loadGlpk();
    const lp = toGlpk(g, model, options);
    const log: string[] = [];
    sink = log;
    try {
      const first = g.solve(lp).result;
      // GLPK's presolver stops on an infeasible model without a status (undefined): solved again
      // without it, the simplex or the branch and bound says which.
      if (first.status !== g.GLP_UNDEF) return readGlpk(g, model, first, log);
      log.length = 0;
      return readGlpk(g, model, g.solve({ ...lp, options: { ...lp.options, presol: false } }).result, log);
    } finally {
      sink = undefined;
    }
  },
};
