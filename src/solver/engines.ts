import { jsLpSolver } from './jsLpSolver.js';
import type { Solver } from './solver.js';

/** Engines by name; `auto` picks one for the model. Another engine joins here. */
export const ENGINES: Readonly<Record<string, Solver>> = {
  'javascript-lp-solver': jsLpSolver,
};

export const ENGINE_NAMES = ['auto', ...Object.keys(ENGINES)] as const;

export function pickEngine(name: string): Solver | undefined {
  if (name === 'auto') return jsLpSolver;
  return ENGINES[name];
}
