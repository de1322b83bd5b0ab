import { itemAt } from '../model/lp.js';

/**
 * `Float64Array.from(list, f)` as a plain index loop. V8's `from` with a mapping function goes
 * through the iteration protocol: on 12,000 variables it took 0.9 ms against 0.3 ms for the
 * loop, and a session hands HiGHS five such arrays for every model it loads (explain: about 70).
 */
export function float64Of<T>(list: readonly T[], f: (x: T) => number): Float64Array {
  const out = new Float64Array(list.length);
  for (let k = 0; k < list.length; k++) out[k] = f(itemAt(list, k));
  return out;
}

/** `Int32Array.from(list, f)` as a plain index loop (float64Of). */
export function int32Of<T>(list: readonly T[], f: (x: T) => number): Int32Array {
  const out = new Int32Array(list.length);
  for (let k = 0; k < list.length; k++) out[k] = f(itemAt(list, k));
  return out;
}
