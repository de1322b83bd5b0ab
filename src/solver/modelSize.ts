import { UsageError } from '../errors.js';
import type { LpModel } from '../model/lp.js';
import { formatNumber } from '../text/formatNumber.js';

/**
 * How large a model javascript-lp-solver is given. Its simplex keeps a dense tableau of
 * variables × rows (and the adapter solves the dual LP too, the same size): 3,600 × 4,410
 * cells take about 3 s, 7,600 × 8,420 three minutes — and on LPs it ignores its time limit.
 * Above this many cells only HiGHS is used (docs/performance.md has the measurements).
 */
export const JS_LP_MAX_CELLS = 20_000_000;

export type ModelSize = { readonly vars: number; readonly rows: number; readonly nonzeros: number };

export function modelSize(model: LpModel): ModelSize {
  return {
    vars: model.vars.length,
    rows: model.rows.length,
    nonzeros: model.rows.reduce((t, r) => t + r.terms.length, 0),
  };
}

/** Cells of javascript-lp-solver's tableau: each variable bound other than [0, ∞) is a row of its own. */
export function tableauCells(model: LpModel): number {
  const boundRows = model.vars.reduce((t, v) => t + (v.lower > 0 ? 1 : 0) + (v.upper < Infinity ? 1 : 0), 0);
  return model.vars.length * (model.rows.length + boundRows);
}

export const sizeText = (s: ModelSize): string =>
  `${formatNumber(s.vars, 0)} variables, ${formatNumber(s.rows, 0)} rows and ${formatNumber(s.nonzeros, 0)} nonzeros`;

/**
 * A model too large for javascript-lp-solver, asked for by name (`--solver javascript-lp-solver`):
 * a usage error (exit 2) rather than minutes of a solve no time limit stops.
 */
export class ModelTooLargeError extends UsageError {
  constructor(model: LpModel) {
    const cells = tableauCells(model);
    super(
      `--solver javascript-lp-solver: the model has ${sizeText(modelSize(model))} (a tableau of ${formatNumber(cells, 0)} cells); ` +
        `javascript-lp-solver is limited to ${formatNumber(JS_LP_MAX_CELLS, 0)} cells, beyond which it runs for minutes and no --time-limit stops it: use --solver highs (or auto)`,
    );
    this.name = 'ModelTooLargeError';
  }
}
