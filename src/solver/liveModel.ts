import type { Highs } from 'highs';
import { hasIntegers, itemAt, type LpModel, type Row } from '../model/lp.js';
import type { HighsModel } from './highsResult.js';
import { sameTerms } from './modelShape.js';
import { float64Of } from './typedArrays.js';

/**
 * The model held by HiGHS in a session, with the costs and bounds it has now. A model with
 * the same variables and some of its rows (a rule lifted) is solved in place: the rows left
 * out become free (−∞ ≤ row ≤ ∞), which is the same program, and HiGHS keeps its factorised
 * matrix and the dimensions of the basis it starts from.
 */
export type LiveModel = {
  readonly model: LpModel;
  readonly m: HighsModel;
  readonly cost: Float64Array;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  /** Whether the model has integer variables (its variables' kinds never change in place). */
  readonly mip: boolean;
};

const lowerOf = (r: Row): number => (r.op === '<=' ? -Infinity : r.rhs);
const upperOf = (r: Row): number => (r.op === '>=' ? Infinity : r.rhs);

export function liveModel(model: LpModel, m: HighsModel, mip = hasIntegers(model)): LiveModel {
  return {
    model,
    m,
    mip,
    cost: float64Of(model.vars, (v) => v.cost),
    colLower: float64Of(model.vars, (v) => v.lower),
    colUpper: float64Of(model.vars, (v) => v.upper),
    rowLower: float64Of(model.rows, lowerOf),
    rowUpper: float64Of(model.rows, upperOf),
  };
}

/**
 * Where each row of `model` sits among the live model's rows, when `model` is the live one with
 * other costs, bounds or right-hand sides and possibly fewer rows (in the same order); else
 * undefined (the model is passed afresh).
 */
export function rowsWithin(live: LpModel, model: LpModel): Int32Array | undefined {
  if (live.vars.length !== model.vars.length || model.rows.length > live.rows.length) return undefined;
  for (let j = 0; j < live.vars.length; j++) {
    const u = live.vars[j];
    const v = model.vars[j];
    if (u !== v && (u === undefined || v === undefined || u.id !== v.id || u.kind !== v.kind)) return undefined;
  }
  const at = new Int32Array(model.rows.length);
  let i = 0;
  // Index loops: this runs for every solve of a session (hundreds in a sweep), over every row.
  for (let k = 0; k < model.rows.length; k++) {
    const r = itemAt(model.rows, k);
    while (i < live.rows.length && live.rows[i]?.id !== r.id) i++;
    const q = live.rows[i];
    if (q === undefined || (q !== r && !sameTerms(q.terms, r.terms))) return undefined;
    at[k] = i++;
  }
  return at;
}

/** The entries of `values` at `at`, as HiGHS takes them (a typed array: no array of boxed numbers per solve). */
function pick(values: Float64Array, at: readonly number[], f: (x: number) => number = (x) => x): Float64Array {
  const out = new Float64Array(at.length);
  for (let k = 0; k < at.length; k++) out[k] = f(values[at[k] ?? 0] ?? 0);
  return out;
}

/**
 * Change the live model's costs and bounds to those of `model` (placed by `rowsWithin`); the
 * other rows become free. Index loops: a sweep runs this for every point, over every column.
 */
export function changeTo(h: Highs, live: LiveModel, model: LpModel, at: Int32Array): void {
  const inf = (x: number): number => (x === Infinity ? h.infinity : x === -Infinity ? -h.infinity : x);
  const cost: number[] = [];
  const bounds: number[] = [];
  for (let j = 0; j < model.vars.length; j++) {
    const v = itemAt(model.vars, j);
    if (live.cost[j] !== v.cost) {
      cost.push(j);
      live.cost[j] = v.cost;
    }
    if (live.colLower[j] !== v.lower || live.colUpper[j] !== v.upper) {
      bounds.push(j);
      live.colLower[j] = v.lower;
      live.colUpper[j] = v.upper;
    }
  }
  if (cost.length > 0) live.m.changeColsCost({ kind: 'set', indices: cost }, pick(live.cost, cost));
  if (bounds.length > 0)
    live.m.changeColsBounds(
      { kind: 'set', indices: bounds },
      pick(live.colLower, bounds, inf),
      pick(live.colUpper, bounds, inf),
    );
  const lower = new Float64Array(live.rowLower.length).fill(-Infinity);
  const upper = new Float64Array(live.rowUpper.length).fill(Infinity);
  for (let k = 0; k < model.rows.length; k++) {
    const r = itemAt(model.rows, k);
    const i = at[k] ?? 0;
    lower[i] = lowerOf(r);
    upper[i] = upperOf(r);
  }
  const rows: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    if (live.rowLower[i] === lower[i] && live.rowUpper[i] === upper[i]) continue;
    rows.push(i);
    live.rowLower[i] = lower[i] ?? -Infinity;
    live.rowUpper[i] = upper[i] ?? Infinity;
  }
  if (rows.length > 0)
    live.m.changeRowsBounds(
      { kind: 'set', indices: rows },
      pick(live.rowLower, rows, inf),
      pick(live.rowUpper, rows, inf),
    );
}
