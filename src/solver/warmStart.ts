import { itemAt, type LpModel } from '../model/lp.js';
import type { LiveModel } from './liveModel.js';

/**
 * Where a solve starts from: the optimal basis of an LP (a status per column and per row), or
 * the solution of a MILP (a value per column), of the model it belongs to.
 */
export type Reference =
  | { readonly model: LpModel; readonly kind: 'basis'; readonly cols: Int32Array; readonly rows: Int32Array }
  | { readonly model: LpModel; readonly kind: 'solution'; readonly x: Float64Array };

const BASIC = 1;
const AT_LOWER = 0;
/** HiGHS's `simplex_strategy` for primal simplex (its default, 1, is dual). */
const PRIMAL = 4;

/**
 * The id a variable or row of `model` would have in `ref`: the same, but for the hour classes
 * (`t12` in `x[a1,MA,t12]`), numbered afresh when a rule changes the week's partition (an
 * activity's opening hours or a country's working hours lifted): a class is matched with the
 * reference class holding its first hour. Only the start depends on this matching.
 */
function idMap(model: LpModel, ref: LpModel): (id: string) => string {
  const now = model.time;
  const before = ref.time;
  if (!now || !before || now === before) return (id) => id;
  const classAt = new Map<number, number>();
  for (const k of before.classes)
    for (const i of k.members) {
      const t = before.grid[i]?.utcMs;
      if (t !== undefined) classAt.set(t, k.id);
    }
  const to = new Map<string, string>();
  let renamed = now.classes.length !== before.classes.length;
  for (const k of now.classes) {
    const first = k.members[0];
    const t = first === undefined ? undefined : now.grid[first]?.utcMs;
    const old = t === undefined ? undefined : classAt.get(t);
    if (old !== undefined) to.set(String(k.id), String(old));
    if (old !== k.id) renamed = true;
  }
  // The same classes (a model rebuilt for a rule that leaves the week's partition alone): ids as they are.
  if (!renamed) return (id) => id;
  return (id) => renameClass(id, to);
}

const OPEN = 91; // [
const COMMA = 44;
const CLOSE = 93; // ]
const PLUS = 43;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * `id` with its hour class renamed by `to`: the first `t<digits>` that follows `[` or `,` and is
 * followed by `]`, `,` or `+` (`x[a1,MA,t12]`, `seats[MA,t3]`). A scan rather than a regular
 * expression: it runs for every variable and row of every model whose classes were renumbered.
 */
export function renameClass(id: string, to: ReadonlyMap<string, string>): string {
  for (let i = id.indexOf('t', 1); i > 0; i = id.indexOf('t', i + 1)) {
    const before = id.charCodeAt(i - 1);
    if (before !== OPEN && before !== COMMA) continue;
    let k = i + 1;
    while (k < id.length && isDigit(id.charCodeAt(k))) k++;
    const after = id.charCodeAt(k);
    if (k === i + 1 || (after !== CLOSE && after !== COMMA && after !== PLUS)) continue;
    const old = to.get(id.slice(i + 1, k));
    return old === undefined ? id : `${id.slice(0, i + 1)}${old}${id.slice(k)}`;
  }
  return id;
}

/** Index of each id, per list of variables or rows (a reference serves many solves). */
const indexes = new WeakMap<readonly { id: string }[], Map<string, number>>();

function indexOf(list: readonly { id: string }[]): Map<string, number> {
  const known = indexes.get(list);
  if (known) return known;
  const at = new Map(list.map((item, k) => [item.id, k]));
  indexes.set(list, at);
  return at;
}

/** Values of `ref` (one per column or row of its model) carried over to `model` by id; `fill` for the new ones. */
function carry<T extends Int32Array | Float64Array>(
  ids: readonly { id: string }[],
  refIds: readonly { id: string }[],
  values: T,
  fill: number,
  make: (n: number) => T,
  key: (id: string) => string,
): T {
  const at = indexOf(refIds);
  const out = make(ids.length);
  // Models built from related scenarios list their items in the same order, with a block added
  // or removed here and there: the item `shift` places on from the last match is tried before
  // the index (a comparison of two strings instead of hashing a new one).
  let shift = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = key(itemAt(ids, k).id);
    const guess = k + shift;
    const i = refIds[guess]?.id === id ? guess : at.get(id);
    if (i !== undefined) shift = i - k;
    out[k] = i === undefined ? fill : (values[i] ?? fill);
  }
  return out;
}

/**
 * Give HiGHS a start for `model` from `ref`: the basis (columns and rows matched by id; a new
 * column at its lower bound, a new row's slack basic — HiGHS completes or repairs a basis that
 * does not fit, as it does any basis from outside) or the MILP solution (new columns at 0; HiGHS
 * checks it and ignores it when it is not feasible). A start that HiGHS refuses only costs
 * the speed-up: the solve then starts as it would without one.
 */
export function startFrom(live: LiveModel, ref: Reference | undefined): void {
  const { model, m } = live;
  if (!ref || model.vars.length === 0) return;
  const same = ref.model === model;
  const key = same ? (id: string): string => id : idMap(model, ref.model);
  try {
    if (ref.kind === 'solution') {
      const colValue = same ? ref.x : carry(model.vars, ref.model.vars, ref.x, 0, (n) => new Float64Array(n), key);
      m.setSolution({ colValue });
      return;
    }
    const colStatus = same
      ? ref.cols
      : carry(model.vars, ref.model.vars, ref.cols, AT_LOWER, (n) => new Int32Array(n), key);
    const rowStatus = same
      ? Int32Array.from(ref.rows)
      : carry(model.rows, ref.model.rows, ref.rows, BASIC, (n) => new Int32Array(n), key);
    m.setBasis({ colStatus, rowStatus });
    // From an optimal basis of a related model, primal simplex: a rule lifted or a cost changed
    // leaves the basis feasible, and primal simplex needed half the iterations of dual simplex
    // on the benchmark's explain runs.
    m.options.set({ simplex_strategy: PRIMAL });
  } catch {
    // Refused (an inconsistent basis, say): solve from scratch.
  }
}
