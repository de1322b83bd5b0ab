import { hasIntegers, type LpModel } from '../model/lp.js';
import { highsSession, type SolverSession } from './highsSession.js';
import { glpkSolver } from './glpkSolver.js';
import { highsSolver } from './highsSolver.js';
import { jsLpSolver } from './jsLpSolver.js';
import { JS_LP_MAX_CELLS, tableauCells } from './modelSize.js';
import type { Solver } from './solver.js';

/** Engines by name. Another engine joins here and becomes a `--solver` choice. */
export const ENGINES: Readonly<Record<string, Solver>> = {
  'javascript-lp-solver': jsLpSolver,
  highs: highsSolver,
  glpk: glpkSolver,
};

/**
 * Largest model (in variables) left to javascript-lp-solver under `auto`: below it, its pure-JS
 * start beats loading HiGHS's WebAssembly (~35 ms); above it its dense tableau loses fast
 * (docs/performance.md has the measurements behind this figure).
 */
export const AUTO_JS_MAX_VARS = 150;

/**
 * `auto`: javascript-lp-solver for small LPs; glpk.js for site economics (a mixed-integer model
 * whose integers are only sites opened and countries used: it proves them 4–18× faster than
 * HiGHS, docs/performance.md); HiGHS for every other model (larger LPs, whole-agent queues,
 * rotas, whole FTEs: measured on HiGHS only). javascript-lp-solver's branch and bound is known to
 * freeze on larger models. Small means few variables and a tableau within its size limit (many
 * rows on few variables count too). The result names the engine used.
 */
export const autoSolver: Solver = {
  name: 'auto',
  solve: (model, options) =>
    (forJsLp(model) ? jsLpSolver : forGlpk(model) ? glpkSolver : highsSolver).solve(model, options),
};

export const forJsLp = (model: LpModel): boolean =>
  model.vars.length <= AUTO_JS_MAX_VARS && tableauCells(model) <= JS_LP_MAX_CELLS && !hasIntegers(model);

/** Site economics: integers, and every one of them a site opened or a country used. */
export const forGlpk = (model: LpModel): boolean =>
  hasIntegers(model) && model.vars.every((v) => v.kind === 'continuous' || v.role === 'site' || v.role === 'use');

export const ENGINE_NAMES = ['auto', ...Object.keys(ENGINES)] as const;

export function pickEngine(name: string): Solver | undefined {
  return name === 'auto' ? autoSolver : ENGINES[name];
}

/**
 * The engine a command that solves many related models keeps open (highsSession.ts): HiGHS
 * changes its model in place and starts from a reference basis; `auto` still gives small LPs to
 * javascript-lp-solver and site economics to glpk.js, as it does for `plan` (one engine per
 * model family, so that explain's and sweep's plans are plan's). Any other solver is used as it is.
 */
export function sessionOf(solver: Solver): SolverSession {
  if (solver !== highsSolver && solver !== autoSolver)
    return {
      name: solver.name,
      solve: (m, o) => solver.solve(m, o),
      close: () => undefined,
      startFrom: () => undefined,
      basis: () => undefined,
      seed: () => undefined,
      warm: () => Promise.resolve(),
    };
  const highs = highsSession();
  if (solver === highsSolver) return highs;
  return {
    ...highs,
    name: solver.name,
    solve: (m, o) => (forJsLp(m) ? jsLpSolver : forGlpk(m) ? glpkSolver : highs).solve(m, o),
    warm: (m, o) => (forJsLp(m) || forGlpk(m) ? Promise.resolve() : highs.warm(m, o)),
  };
}
