import { itemAt, type LpModel, type Row, type RowKind, type Var } from '../model/lp.js';
import { sameKindsAs } from '../model/varFacts.js';
import type { Scenario } from '../scenario/types.js';

/**
 * Sweeps re-use the neutral model: a change of a rate, a capacity, a floor, a share or an
 * activity's hours only touches costs and right-hand sides, so the model is patched rather than
 * rebuilt from the scenario. A field not handled here (or a patch that would need new rows,
 * e.g. a capacity the scenario does not have) returns undefined: the caller rebuilds.
 */
export type Patch = (model: LpModel, value: number) => LpModel;

/** Indices of the items that pass `test`, found once on the base model (patches keep the order of rows and variables). */
const where = <T>(list: readonly T[], test: (x: T) => boolean): number[] =>
  list.flatMap((x, k) => (test(x) ? [k] : []));

/** `list` with the items at `at` changed by `f` (the others shared). */
function changed<T>(list: readonly T[], at: readonly number[], f: (x: T) => T): T[] {
  const out = list.slice();
  for (const k of at) out[k] = f(itemAt(list, k));
  return out;
}

const rowsWhere = (base: LpModel, test: (r: Row) => boolean, f: (r: Row, value: number) => Row): Patch => {
  const at = where(base.rows, test);
  return (m, value) => ({ ...m, rows: changed(m.rows, at, (r) => f(r, value)) });
};
const varsWhere = (base: LpModel, test: (v: Var) => boolean, f: (v: Var, value: number) => Var): Patch => {
  const at = where(base.vars, test);
  return (m, value) => {
    const vars = changed(m.vars, at, (v) => f(v, value));
    // Costs and bounds change, never a kind or a role (model/varFacts.ts).
    sameKindsAs(vars, m.vars);
    return { ...m, vars };
  };
};
const hasRow = (m: LpModel, test: (r: Row) => boolean): boolean => m.rows.some(test);

function activityPatch(s: Scenario, model: LpModel, id: string, field: string): Patch | undefined {
  const a = s.activities.find((x) => x.id === id);
  if (!a) return undefined;
  const rhsTimesHours = (kind: RowKind): Patch | undefined => {
    const test = (r: Row): boolean => r.kind === kind && r.activity === id;
    // A queue's rule is a share of the hours planned, written in the coefficients: rebuild.
    if (model.rows.some((r) => test(r) && r.valueInTerms)) return undefined;
    return hasRow(model, test) ? rowsWhere(model, test, (r, v) => ({ ...r, rhs: v * a.hours })) : undefined;
  };
  if (field === 'min_quality') return rhsTimesHours('quality');
  if (field === 'max_share') return rhsTimesHours('max-share');
  if (field === 'min_home_share') return rhsTimesHours('min-home-share');
  if (field !== 'hours') return undefined;
  // Hours scale every row proportional to them; only for a plain LP with one demand row.
  const demand = model.rows.filter((r) => r.kind === 'demand' && r.activity === id);
  if (demand.length !== 1 || model.vars.some((v) => v.role !== 'hours')) return undefined;
  const scaled = new Set<RowKind>(['demand', 'quality', 'max-share', 'min-home-share']);
  return (m, v) => {
    const vars = m.vars.map((x) => (x.role === 'hours' && x.activity === id ? { ...x, impliedUpper: v } : x));
    sameKindsAs(vars, m.vars);
    return {
      vars,
      rows: m.rows.map((r) => (r.activity === id && scaled.has(r.kind) ? { ...r, rhs: (r.rhs * v) / a.hours } : r)),
      ...(m.time ? { time: m.time } : {}),
    };
  };
}

function countryPatch(s: Scenario, model: LpModel, code: string, rest: readonly string[]): Patch | undefined {
  const c = s.countries.find((x) => x.code === code);
  if (!c) return undefined;
  const [field, lang, sub] = rest;
  if (field === 'cost_per_hour' && rest.length === 1) {
    // A variable's cost is the rate × its night/Sunday multiplier: scale it.
    return varsWhere(
      model,
      (x) => x.role === 'hours' && x.country === code,
      (x, v) => ({ ...x, cost: (x.cost * v) / c.costPerHour }),
    );
  }
  if (field === 'capacity_hours' && rest.length === 1) {
    const test = (r: Row): boolean => r.kind === 'capacity' && r.country === code;
    return hasRow(model, test) ? rowsWhere(model, test, (r, v) => ({ ...r, rhs: v })) : undefined;
  }
  if (field === 'languages' && lang !== undefined && sub === 'capacity_hours' && rest.length === 3) {
    const test = (r: Row): boolean => r.kind === 'language-capacity' && r.country === code && r.language === lang;
    return hasRow(model, test) ? rowsWhere(model, test, (r, v) => ({ ...r, rhs: v })) : undefined;
  }
  if (field === 'fixed_cost' && rest.length === 1 && model.vars.some((x) => x.role === 'site' && x.country === code)) {
    return varsWhere(
      model,
      (x) => x.role === 'site' && x.country === code,
      (x, v) => ({ ...x, cost: v }),
    );
  }
  return undefined;
}

/** How to apply a value of `path` to `model` (built from `s`) without rebuilding, if possible. */
export function patchFor(s: Scenario, model: LpModel, path: readonly string[]): Patch | undefined {
  const [head, id, ...rest] = path;
  if (id === undefined) return undefined;
  if (head === 'activities' && rest.length === 1 && rest[0] !== undefined) return activityPatch(s, model, id, rest[0]);
  if (head === 'countries') return countryPatch(s, model, id, rest);
  return undefined;
}
