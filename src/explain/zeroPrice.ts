import { dualBound } from '../model/dualBound.js';
import { hasIntegers, itemAt, type LpModel, type Var } from '../model/lp.js';
import { pathKey } from '../scenario/path.js';
import type { Scenario } from '../scenario/types.js';
import { PRICE_PROOF_GAP } from '../tolerances.js';
import { liftScenario, type Lever } from './levers.js';
import { int32Of } from '../solver/typedArrays.js';

/** Says, for a lever, whether lifting it is proven not to lower the plan's cost (no re-plan needed). */
export type ZeroPrice = (l: Lever) => boolean;

const never: ZeroPrice = () => false;

/** Scenario levers that only let more countries serve an activity: lifted, they add variables and nothing else. */
const admitsPairs = (l: Lever): boolean => l.lift !== undefined && (l.kind === 'residency' || l.kind === 'allow-list');

const clip = (op: string, raw: number | undefined): number => {
  const y = raw === undefined || !Number.isFinite(raw) ? 0 : raw;
  return op === '>=' ? Math.max(0, y) : op === '<=' ? Math.min(0, y) : y;
};

/** A variable's part of the bound, min(0, d)·u (no part when d ≥ 0, even for an unbounded variable). */
const part = (d: number, u: number): number => (d < 0 ? d * u : 0);

const activityOf = (v: Var): string | undefined => ('activity' in v ? v.activity : undefined);

/**
 * Rules of an LP plan whose price is proven zero by the plan's own duals, so that explain need
 * not re-plan them. For any duals y, dualBound(M′, y) is a lower bound on the cost of the model
 * M′ without the rule (model/dualBound.ts: wrong or inexact duals only weaken it); without the
 * rule the plan is still feasible, so its cost is at most the plan's. When that bound, computed
 * from the plan's duals, is within PRICE_PROOF_GAP of the plan's cost, re-planning would find
 * the plan's cost: the rule costs nothing, and its lifted cost is the plan's.
 * - A rule of rows (a floor, a share, a capacity): M′ is the model without them; the bound moves
 *   only by their duals (zero on every row that does not bind), updated in place.
 * - A residency class or an allow-list: M′ has more variables. One model with every such rule
 *   lifted at once holds them all; a variable it adds for another activity is kept at zero in
 *   M′, so the bound for one rule counts only the reduced costs of its own activity's new
 *   variables (negative ones: hours that the plan's prices say would pay).
 * Mixed-integer plans (no duals of their own) and other rules are re-planned.
 */
export function zeroPrice(
  s: Scenario,
  model: LpModel,
  solved: { readonly objective: number; readonly duals?: readonly number[] | undefined },
  levers: readonly Lever[],
  build: (s: Scenario) => LpModel,
): ZeroPrice {
  const duals = solved.duals;
  if (!duals || hasIntegers(model) || duals.length !== model.rows.length) return never;
  const floor = solved.objective - PRICE_PROOF_GAP * Math.max(1, Math.abs(solved.objective));
  const base = dualBound(model, duals);
  if (!(base.lowerBound >= floor)) return never;
  const rowsOf = new Map<string, number[]>();
  model.rows.forEach((r, i) => {
    const key = pathKey(r.source);
    const list = rowsOf.get(key);
    if (list) list.push(i);
    else rowsOf.set(key, [i]);
  });
  const pairs = levers.filter(admitsPairs);
  let pairBound: ((activity: string) => number) | undefined;
  return (l) => {
    if (l.lift === undefined) return withoutRowsBound(model, duals, base, rowsOf.get(l.key) ?? []) >= floor;
    if (!admitsPairs(l) || l.path[1] === undefined) return false;
    pairBound ??= pairsLiftedBound(model, duals, build(liftScenario(s, pairs))) ?? (() => -Infinity);
    return pairBound(l.path[1]) >= floor;
  };
}

/** The dual bound of the model without the given rows, from the plan's duals and bound. */
function withoutRowsBound(
  model: LpModel,
  duals: readonly number[],
  base: { readonly lowerBound: number; readonly reduced: readonly number[] },
  rows: readonly number[],
): number {
  let bound = base.lowerBound;
  const changed = new Map<number, number>();
  for (const i of rows) {
    const r = model.rows[i];
    const y = r ? clip(r.op, duals[i]) : 0;
    if (!r || y === 0) continue;
    bound -= y * r.rhs;
    for (const t of r.terms) changed.set(t.v, (changed.get(t.v) ?? base.reduced[t.v] ?? 0) + y * t.coef);
  }
  for (const [j, d] of changed) {
    const u = model.vars[j]?.impliedUpper ?? Infinity;
    bound += part(d, u) - part(base.reduced[j] ?? 0, u);
  }
  return Number.isNaN(bound) ? -Infinity : bound;
}

/**
 * The dual bound, per activity, of the model with every pair lever lifted (`lifted`), the new
 * variables of the other activities kept at zero; undefined when `lifted` is not the plan's
 * model plus variables (a variable of the plan missing or priced otherwise, a new variable of
 * no activity): those rules are then re-planned.
 */
function pairsLiftedBound(
  model: LpModel,
  duals: readonly number[],
  lifted: LpModel,
): ((activity: string) => number) | undefined {
  const known = new Map<string, Var>(model.vars.map((v) => [v.id, v]));
  const rowAt = new Map<string, number>(model.rows.map((r, i) => [r.id, i]));
  if (!onlyAddsVariables(model, lifted, rowAt)) return undefined;
  const y = lifted.rows.map((r) => {
    const i = rowAt.get(r.id);
    return i === undefined ? 0 : clip(r.op, duals[i]);
  });
  const { reduced } = dualBound(lifted, y);
  let rest = lifted.rows.reduce((b, r, i) => b + (y[i] ?? 0) * r.rhs, 0);
  const own = new Map<string, number>();
  let seen = 0;
  for (let j = 0; j < lifted.vars.length; j++) {
    const v = itemAt(lifted.vars, j);
    const was = known.get(v.id);
    const d = reduced[j] ?? 0;
    if (was) {
      if (was.cost !== v.cost || was.kind !== v.kind) return undefined;
      seen++;
      rest += part(d, v.impliedUpper);
      continue;
    }
    const activity = activityOf(v);
    if (activity === undefined || v.kind !== 'continuous') return undefined;
    own.set(activity, (own.get(activity) ?? 0) + part(d, v.impliedUpper));
  }
  if (seen !== model.vars.length || Number.isNaN(rest)) return undefined;
  return (activity) => {
    const b = rest + (own.get(activity) ?? 0);
    return Number.isNaN(b) ? -Infinity : b;
  };
}

/**
 * Does `lifted` only add variables to `model` (with their terms, and rows of their own)? Every row
 * it shares with the model by id has the same sense, right-hand side and terms on the model's
 * variables; every row it adds holds new variables only. Then fixing the new variables of the
 * other activities at zero leaves, for one activity's rule, a relaxation of the model without it.
 */
function onlyAddsVariables(model: LpModel, lifted: LpModel, rowAt: ReadonlyMap<string, number>): boolean {
  const at = new Map<string, number>(model.vars.map((v, j) => [v.id, j]));
  const was = int32Of(lifted.vars, (v) => at.get(v.id) ?? -1);
  return lifted.rows.every((r) => {
    const i = rowAt.get(r.id);
    if (i === undefined) return r.terms.every((t) => was[t.v] === -1);
    const q = model.rows[i];
    if (!q || q.op !== r.op || q.rhs !== r.rhs) return false;
    let k = 0;
    for (const t of r.terms) {
      const j = was[t.v] ?? -1;
      if (j === -1) continue;
      const u = q.terms[k++];
      if (!u || u.v !== j || u.coef !== t.coef) return false;
    }
    return k === q.terms.length;
  });
}
