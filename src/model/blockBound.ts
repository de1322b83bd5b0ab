import { itemAt, type LpModel, type Var } from './lp.js';

/**
 * A stronger bound than the LP relaxation's for a model whose integers sit in time classes
 * (a whole-agent queue model: one pattern per queue and hour, seats per hour).
 *
 * Split the rows in two: the rows of one class alone (its queues' demand and links, its seats)
 * and the rest (capacities, quality, shares: coupling the classes). Price the coupling rows at
 * the relaxation's duals y and the model falls apart into one small problem per class:
 *   any plan x costs at least  K + Σ_k z_k,   z_k = min { d̃_k·x_k : x_k meets class k's rows, whole where whole },
 * with d̃ = c − Aᵀy over the coupling rows only and K = Σ_coupling y·b + Σ_{j in no class} min(0, d̃_j)·u_j
 * (Lagrangian relaxation: valid for any y of the right signs). The relaxation's own bound is
 * the same sum with each z_k replaced by ℓ_k, the bound y gives class k's LP, so z_k ≥ ℓ_k and
 * the gain g_k = z_k − ℓ_k is the integrality the relaxation gave away in class k: mixing
 * staffings to fill an hour's seats exactly, say.
 *
 * A pattern j of class k with reduced cost d_j (all rows) is in no plan cheaper than
 * B − g_k + d_j, B = K + Σ z_k: class k's part of such a plan costs at least ℓ_k + d_j. A class
 * whose relaxed solution is already whole gains nothing (g_k = 0): only the others are solved.
 * With an incumbent plan, class k's problem needs only the patterns with ℓ_k + d_j ≤ its part
 * of the incumbent (any other does worse than the incumbent there).
 */
export type ClassProblem = {
  readonly timeClass: number;
  /** The class's problem over its own variables, costs d̃; `vars[i]` is the model's variable index of its column i. */
  readonly model: LpModel;
  readonly vars: readonly number[];
  /** ℓ_k: what the relaxation's duals prove of this class. */
  readonly relaxedBound: number;
};

export type BlockSplit = {
  /** K + Σ ℓ_k over every class: the relaxation's bound, split. */
  readonly relaxedBound: number;
  /** The classes whose relaxed solution is not whole, each with its problem. */
  readonly problems: readonly ClassProblem[];
  /** Class of each variable (undefined: in none). */
  readonly classOf: readonly (number | undefined)[];
};

const classOfVar = (v: Var): number | undefined => ('timeClass' in v ? v.timeClass : undefined);

/** Row duals clipped to their rows' signs, as in model/dualBound.ts. */
function clipped(model: LpModel, duals: readonly number[]): number[] {
  return model.rows.map((r, i) => {
    const raw = duals[i] ?? 0;
    if (!Number.isFinite(raw)) return 0;
    return r.op === '>=' ? Math.max(0, raw) : r.op === '<=' ? Math.min(0, raw) : raw;
  });
}

/**
 * The class problems of `model` priced at `duals` (the relaxation's), for the classes whose
 * relaxed solution `relaxedX` has a fractional integer; `reduced` are the reduced costs over all
 * rows (model/dualBound.ts). With `incumbent`, each problem keeps only the patterns that could beat it.
 */
export function splitByClass(
  model: LpModel,
  duals: readonly number[],
  reduced: readonly number[],
  relaxedX: readonly number[],
  incumbent?: readonly number[],
): BlockSplit {
  const y = clipped(model, duals);
  const classOf = model.vars.map(classOfVar);
  const rowClass = model.rows.map((r) => {
    let k: number | undefined;
    for (const t of r.terms) {
      const c = classOf[t.v];
      if (c === undefined || (k !== undefined && c !== k)) return undefined;
      k = c;
    }
    return k;
  });
  const coupled = model.vars.map((v) => v.cost);
  let bound = 0;
  model.rows.forEach((r, i) => {
    const yi = y[i] ?? 0;
    if (yi === 0 || rowClass[i] !== undefined) return;
    bound += yi * r.rhs;
    for (const t of r.terms) coupled[t.v] = (coupled[t.v] ?? 0) - yi * t.coef;
  });
  const members = new Map<number, { vars: number[]; rows: number[] }>();
  const of = (k: number): { vars: number[]; rows: number[] } => {
    let m = members.get(k);
    if (!m) {
      m = { vars: [], rows: [] };
      members.set(k, m);
    }
    return m;
  };
  model.vars.forEach((v, j) => {
    const k = classOf[j];
    if (k === undefined) bound += Math.min(0, coupled[j] ?? 0) * v.impliedUpper;
    else of(k).vars.push(j);
  });
  model.rows.forEach((_, i) => {
    const k = rowClass[i];
    if (k !== undefined) of(k).rows.push(i);
  });
  const problems: ClassProblem[] = [];
  for (const [k, m] of members) {
    const ell =
      m.rows.reduce((s, i) => s + (y[i] ?? 0) * (model.rows[i]?.rhs ?? 0), 0) +
      m.vars.reduce((s, j) => s + Math.min(0, reduced[j] ?? 0) * (model.vars[j]?.impliedUpper ?? 0), 0);
    bound += ell;
    const whole = m.vars.every(
      (j) =>
        model.vars[j]?.kind === 'continuous' || Math.abs((relaxedX[j] ?? 0) - Math.round(relaxedX[j] ?? 0)) <= 1e-6,
    );
    if (whole) continue;
    const part = incumbent && m.vars.reduce((s, j) => s + (coupled[j] ?? 0) * (incumbent[j] ?? 0), 0);
    const slack = part === undefined ? Infinity : part - ell + 1e-6 * Math.max(1, Math.abs(part));
    // The incumbent's part already at the relaxation's bound: nothing to gain in this class.
    if (part !== undefined && part - ell <= 1e-9 * Math.max(1, Math.abs(part))) continue;
    const vars = m.vars.filter((j) => model.vars[j]?.role !== 'pattern' || (reduced[j] ?? 0) <= slack);
    problems.push({ timeClass: k, model: classModel(model, m.rows, vars, coupled), vars, relaxedBound: ell });
  }
  return { relaxedBound: bound, problems, classOf };
}

/** Class k's problem: its variables at costs d̃ (bounded by what the rows imply), its own rows. */
function classModel(
  model: LpModel,
  rows: readonly number[],
  vars: readonly number[],
  coupled: readonly number[],
): LpModel {
  const at = new Map(vars.map((j, i) => [j, i]));
  return {
    vars: vars.map((j): Var => {
      const v = itemAt(model.vars, j);
      return { ...v, cost: coupled[j] ?? 0, upper: Math.min(v.upper, v.impliedUpper) };
    }),
    rows: rows.flatMap((i) => {
      const r = model.rows[i];
      return r
        ? [
            {
              ...r,
              terms: r.terms.flatMap((t) => {
                const c = at.get(t.v);
                return c === undefined ? [] : [{ v: c, coef: t.coef }];
              }),
            },
          ]
        : [];
    }),
  };
}

/**
 * The bound once each class problem has its value (a proven lower bound of its optimum, or
 * undefined when it was not solved: ℓ_k stands), and the gain g_k of each class.
 */
export function blockBound(
  split: BlockSplit,
  values: readonly (number | undefined)[],
): { readonly bound: number; readonly gain: ReadonlyMap<number, number> } {
  let bound = split.relaxedBound;
  const gain = new Map<number, number>();
  split.problems.forEach((p, i) => {
    const z = values[i];
    if (z === undefined || !Number.isFinite(z)) return;
    const g = Math.max(0, z - p.relaxedBound);
    bound += g;
    gain.set(p.timeClass, g);
  });
  return { bound, gain };
}

/**
 * No plan using variable j costs less than floors[j]: B − g_k + d_j for a variable of class k
 * (B when that is less), B − 0 + d_j for one in no class; B and g from blockBound.
 */
export function floorsOf(
  split: BlockSplit,
  hourly: { readonly bound: number; readonly gain: ReadonlyMap<number, number> },
  reduced: readonly number[],
): number[] {
  return split.classOf.map((k, j) => {
    const gain = k === undefined ? 0 : (hourly.gain.get(k) ?? 0);
    return Math.max(hourly.bound, hourly.bound - gain + (reduced[j] ?? 0));
  });
}
