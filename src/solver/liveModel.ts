import type { Highs } from 'highs';
import type { LpModel, Row } from '../model/lp.js';
import type { HighsModel } from './highsResult.js';
import { sameTerms } from './modelShape.js';

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
};

const lowerOf = (r: Row): number => (r.op === '<=' ? -Infinity : r.rhs);
const upperOf = (r: Row): number => (r.op === '>=' ? Infinity : r.rhs);

export function liveModel(model: LpModel, m: HighsModel): LiveModel {
  return {
    model,
    m,
    cost: Float64Array.from(model.vars, (v) => v.cost),
    colLower: Float64Array.from(model.vars, (v) => v.lower),
    colUpper: Float64Array.from(model.vars, (v) => v.upper),
    rowLower: Float64Array.from(model.rows, lowerOf),
    rowUpper: Float64Array.from(model.rows, upperOf),
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
  for (const [k, r] of model.rows.entries()) {
    while (i < live.rows.length && live.rows[i]?.id !== r.id) i++;
    const q = live.rows[i];
    if (q === undefined || (q !== r && !sameTerms(q.terms, r.terms))) return undefined;
    at[k] = i++;
  }
  return at;
}

/** Change the live model's costs and bounds to those of `model` (placed by `rowsWithin`); the other rows become free. */
export function changeTo(h: Highs, live: LiveModel, model: LpModel, at: Int32Array): void {
  const inf = (x: number): number => (x === Infinity ? h.infinity : x === -Infinity ? -h.infinity : x);
  const cost: number[] = [];
  const bounds: number[] = [];
  model.vars.forEach((v, j) => {
    if (live.cost[j] !== v.cost) {
      cost.push(j);
      live.cost[j] = v.cost;
    }
    if (live.colLower[j] !== v.lower || live.colUpper[j] !== v.upper) {
      bounds.push(j);
      live.colLower[j] = v.lower;
      live.colUpper[j] = v.upper;
    }
  });
  if (cost.length > 0)
    live.m.changeColsCost(
      { kind: 'set', indices: cost },
      cost.map((j) => live.cost[j] ?? 0),
    );
  if (bounds.length > 0)
    live.m.changeColsBounds(
      { kind: 'set', indices: bounds },
      bounds.map((j) => inf(live.colLower[j] ?? 0)),
      bounds.map((j) => inf(live.colUpper[j] ?? 0)),
    );
  const lower = new Float64Array(live.rowLower.length).fill(-Infinity);
  const upper = new Float64Array(live.rowUpper.length).fill(Infinity);
  model.rows.forEach((r, k) => {
    const i = at[k] ?? 0;
    lower[i] = lowerOf(r);
    upper[i] = upperOf(r);
  });
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
      rows.map((i) => inf(live.rowLower[i] ?? 0)),
      rows.map((i) => inf(live.rowUpper[i] ?? 0)),
    );
}
