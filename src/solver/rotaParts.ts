import { isShift, itemAt, objectiveAt, type LpModel, type Row } from '../model/lp.js';
import type { SolveResult } from './solver.js';

type Solve = (model: LpModel) => Promise<SolveResult>;
type Solved = Extract<SolveResult, { status: 'optimal' | 'feasible' }>;

/** One independent part of a rota's shifts: its model, and each of its variables' index in the whole model. */
export type ShiftsPart = { readonly model: LpModel; readonly original: readonly number[] };

/** Every variable at its value in `x`, integers rounded: the choices made before the shifts. */
const settled = (model: LpModel, x: readonly number[]): number[] =>
  model.vars.map((v, j) => (v.kind === 'continuous' ? (x[j] ?? 0) : Math.round(x[j] ?? 0)));

/**
 * The shifts of a rota once every other choice is fixed at `x` (step 2 of rota.ts), split into
 * the parts that no row joins. A part holds shift variables, and the continuous variables that
 * share a row with one (a country's hours without a clock under whole FTEs); every other variable
 * keeps its value in `x`, where its rows already hold, so it is a constant of the rows it is in.
 * What then joins shifts is their country's seats, part-time cap and paid hours: a part is a
 * country, or one of its skill groups, and the parts together are the whole problem. Branch and
 * bound on a few small models is far quicker than on their union (the engine's root work grows
 * faster than the model).
 */
export function shiftsParts(model: LpModel, x: readonly number[]): ShiftsPart[] {
  const n = model.vars.length;
  const inPart = model.vars.map((v) => isShift(v));
  const withShift = model.rows.filter((r) => r.terms.some((t) => inPart[t.v]));
  for (const r of withShift) for (const t of r.terms) if (model.vars[t.v]?.kind === 'continuous') inPart[t.v] = true;
  const parent = Array.from({ length: n }, (_, j) => j);
  const find = (j: number): number => {
    let k = j;
    while (parent[k] !== k) k = parent[k] ?? k;
    parent[j] = k;
    return k;
  };
  const rows = model.rows.filter((r) => r.terms.some((t) => inPart[t.v]));
  for (const r of rows) {
    const first = r.terms.find((t) => inPart[t.v]);
    if (first === undefined) continue;
    for (const t of r.terms) if (inPart[t.v]) parent[find(t.v)] = find(first.v);
  }
  const members = new Map<number, number[]>();
  for (let j = 0; j < n; j++) {
    if (!inPart[j]) continue;
    const root = find(j);
    const list = members.get(root);
    if (list) list.push(j);
    else members.set(root, [j]);
  }
  const value = settled(model, x);
  const rowsOf = new Map<number, Row[]>();
  for (const r of rows) {
    const first = r.terms.find((t) => inPart[t.v]);
    if (first === undefined) continue;
    const root = find(first.v);
    const list = rowsOf.get(root);
    if (list) list.push(r);
    else rowsOf.set(root, [r]);
  }
  return [...members].map(([root, original]) => {
    const index = new Map(original.map((j, k) => [j, k]));
    const partRows = (rowsOf.get(root) ?? []).map((r): Row => {
      let constant = 0;
      const terms = r.terms.flatMap((t) => {
        const k = index.get(t.v);
        if (k !== undefined) return [{ v: k, coef: t.coef }];
        constant += t.coef * (value[t.v] ?? 0);
        return [];
      });
      return { ...r, rhs: r.rhs - constant, terms };
    });
    return { model: { vars: original.map((j) => itemAt(model.vars, j)), rows: partRows }, original };
  });
}

/**
 * The rota at `x` with each part's shifts as `solve` answers its model (every part its own
 * optimum: together, the optimum of the shifts for the choices at `x`). Undefined when a part
 * has no answer (a choice fixed at `x` that only moving a continuous variable could serve).
 */
export async function solveParts(
  model: LpModel,
  x: readonly number[],
  parts: readonly ShiftsPart[],
  solve: Solve,
): Promise<Solved | undefined> {
  const out = settled(model, x);
  let proven = true;
  let engine: string | undefined;
  let gap = 0;
  for (const p of parts) {
    const r = await solve(p.model);
    if (r.status !== 'optimal' && r.status !== 'feasible') return undefined;
    p.original.forEach((j, k) => {
      const v = model.vars[j];
      out[j] = v && v.kind !== 'continuous' ? Math.round(r.x[k] ?? 0) : (r.x[k] ?? 0);
    });
    proven &&= r.status === 'optimal';
    engine ??= r.engine;
    // Each part's gap is relative to its own cost: the whole's, to the sum, is no larger.
    gap = Math.max(gap, r.mipGap ?? 0);
  }
  const objective = objectiveAt(model, out);
  const found = { engine: engine ?? 'none', objective, x: out, mipGap: gap };
  return proven ? { status: 'optimal', duals: undefined, ...found } : { status: 'feasible', ...found };
}
