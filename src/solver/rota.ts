import { isShift, relaxed, type LpModel, type Row, type Var } from '../model/lp.js';
import { varFacts } from '../model/varFacts.js';
import { dutyDive } from './rotaDive.js';
import { shiftsParts, solveParts } from './rotaParts.js';
import { preferredWhole } from './rotaPreferred.js';
import { rotaStart } from './rotaStart.js';
import type { SolveResult } from './solver.js';

type Solve = (model: LpModel) => Promise<SolveResult>;
export type FindStart = (model: LpModel) => Promise<readonly number[] | undefined>;

/** The engine calls a rota is solved with. */
export type RotaEngines = {
  /**
   * The search over the whole model (staffing patterns priced out); `findStart`, given the
   * smaller model of the patterns kept in play, a plan of it to start from.
   */
  readonly search: (model: LpModel, findStart?: FindStart) => Promise<SolveResult>;
  /** Proven optimal: LPs, and the shifts once every other choice is fixed. */
  readonly exact: Solve;
  /** One part of the shifts, every other choice fixed (rotaParts.ts): proven optimal. */
  readonly part: Solve;
  /** The starting rota's search, with its patterns fixed: a share of the time limit. */
  readonly quick: Solve;
  /** The preferred rota among those of equal cost: a short time limit. */
  readonly tieBreak: Solve;
  /** The whole rota model, shifts in whole agents, from a rota (a small model left short of `gap`). */
  readonly whole: (model: LpModel, start: readonly number[]) => Promise<SolveResult>;
  /** The relative gap asked for. */
  readonly gap: number;
};

/**
 * A rota model with at most this many integers, left by the three steps above the gap asked
 * for, is solved once more whole, from that rota: the steps' bound (shifts relaxed) can stay
 * short of a small rota's optimum, which the engine proves on the whole model in seconds.
 */
const WHOLE_AT_MOST = 2500;

type Solved = Extract<SolveResult, { status: 'optimal' | 'feasible' }>;
const solved = (r: SolveResult): r is Solved => r.status === 'optimal' || r.status === 'feasible';

/**
 * A rota model (model/shiftModel.ts) in three steps.
 * 1. The shift counts continuous: the whole agents on duty carry the integrality. It is a
 *    relaxation of the rota model, so its cost bounds every rota from below. With whole-agent
 *    queues, its search starts from a dived plan (rotaStart.ts).
 * 2. Every other integer choice fixed (duty, queue patterns, sites), the shifts alone in whole
 *    agents, proven optimal for those choices: for given duty counts the covering rows form an
 *    interval matrix, so this is quick and costs the first step's shifts or little more (a shift
 *    wrapping around the week, a part-time cap, seats). The plan's gap is measured against 1.
 * 3. Among the rotas of that same cost, the one the shifts' preference puts first (fewer shifts,
 *    full-time first, home first, earlier starts): the rota does not depend on the engine's path.
 *    A small rota proven optimal at gap 0 is chosen on the whole model (rotaPreferred.ts), so
 *    that its hours, not only its shifts, are the same whatever the engine.
 * Without shifts, the model is solved as it is.
 */
export async function solveRota(
  model: LpModel,
  engines: RotaEngines,
  step?: (what: string) => void,
): Promise<SolveResult> {
  const { search: solve, exact: solveExact, part, tieBreak: solveTieBreak } = engines;
  if (varFacts(model.vars).shifts === 0) return solve(model);
  const shiftsRelaxed = relaxed(model, isShift);
  step?.('rota, step 1 of 3: agents on duty in whole numbers, shifts relaxed');
  const stepOne = await firstStep(shiftsRelaxed, engines, step);
  if (!solved(stepOne)) return stepOne;
  step?.('rota, step 2 of 3: shifts in whole agents');
  const rounded =
    (await solveParts(model, stepOne.x, shiftsParts(model, stepOne.x), part)) ??
    (await solveExact(fixedAt(model, stepOne.x)));
  if (!solved(rounded)) return solve(model);
  // The relaxation's bound: its cost, less the gap its own search left. A search stopped without
  // a gap (an engine that reports none) leaves no bound: the plan's gap is then unknown.
  const stepsBound = boundOf(stepOne);
  const { best, bound, proven } = await provenWhole(model, engines, rounded, stepsBound, step);
  step?.('rota, step 3 of 3: the preferred rota among those of equal cost');
  const x =
    (await preferredWhole(model, best, bound, engines.gap, solveTieBreak)) ??
    (await preferred(model, best, solveTieBreak));
  const gap =
    bound === undefined ? undefined : Math.max(0, best.objective - bound) / Math.max(1, Math.abs(best.objective));
  const ownGap = best === rounded ? rounded.mipGap : 0;
  const mipGap = gap === undefined || ownGap === undefined ? undefined : Math.max(gap, ownGap);
  const pricedOut = stepOne.pricedOut ? { pricedOut: stepOne.pricedOut } : {};
  // A first step stopped by its time limit leaves the plan a best-found one, whatever the second
  // proves, unless the whole model was proven.
  if (stepOne.status === 'feasible' && !proven)
    return { status: 'feasible', engine: best.engine, objective: best.objective, x, mipGap, ...pricedOut };
  return { ...best, x, mipGap, ...pricedOut };
}

/**
 * Step 1. With queues, the search over the patterns in play, from a dived start (rotaStart.ts).
 * Without, a dive on the agents on duty (rotaDive.ts): a rota within the gap asked for of the
 * relaxation's bound stands as it is; any other is where the search starts.
 */
async function firstStep(
  shiftsRelaxed: LpModel,
  engines: RotaEngines,
  step?: (what: string) => void,
): Promise<SolveResult> {
  const { search, exact, quick, gap } = engines;
  if (varFacts(shiftsRelaxed.vars).patterns > 0)
    return search(shiftsRelaxed, (kept) => {
      step?.('rota, step 1 of 3: a first rota, the queue hours fixed by diving on the relaxation');
      return rotaStart(kept, exact, quick);
    });
  step?.('rota, step 1 of 3: a first rota, diving on the relaxation');
  const dived = await dutyDive(shiftsRelaxed, exact);
  if (!dived) return search(shiftsRelaxed);
  const scale = Math.max(1, Math.abs(dived.objective));
  const mipGap = Math.max(0, dived.objective - dived.bound) / scale;
  if (mipGap <= gap)
    return {
      status: 'optimal',
      engine: dived.engine,
      objective: dived.objective,
      x: dived.x,
      duals: undefined,
      mipGap,
    };
  return search(shiftsRelaxed, () => Promise.resolve(dived.x));
}

/** The model with every integer but the shifts fixed at `x`. */
const fixedAt = (model: LpModel, x: readonly number[]): LpModel => ({
  ...model,
  vars: model.vars.map((v, j): Var => {
    if (v.kind === 'continuous' || isShift(v)) return v;
    const value = Math.round(x[j] ?? 0);
    return { ...v, lower: value, upper: value };
  }),
});

/**
 * The three steps' rota, or a better one with a better bound: a small model left above the
 * gap asked for is solved whole from it (WHOLE_AT_MOST). `proven`: the whole model's search
 * closed its gap.
 */
async function provenWhole(
  model: LpModel,
  engines: RotaEngines,
  rounded: Solved,
  stepsBound: number | undefined,
  step?: (what: string) => void,
): Promise<{ best: Solved; bound: number | undefined; proven: boolean }> {
  const scale = Math.max(1, Math.abs(rounded.objective));
  const short = stepsBound === undefined || (rounded.objective - stepsBound) / scale > engines.gap + 1e-9;
  const { integers } = varFacts(model.vars);
  if (!short || integers > WHOLE_AT_MOST) return { best: rounded, bound: stepsBound, proven: false };
  step?.('rota: the whole model, from this rota, to prove it');
  const w = await engines.whole(model, rounded.x);
  if (!solved(w) || w.objective > rounded.objective + 1e-9 * scale)
    return { best: rounded, bound: stepsBound, proven: false };
  const own = boundOf(w);
  const bound = own === undefined ? stepsBound : stepsBound === undefined ? own : Math.max(stepsBound, own);
  return { best: w, bound, proven: w.status === 'optimal' };
}

/**
 * A solve's lower bound: its cost less the gap it states (none stated: an optimal solve is its own
 * bound; a search stopped by its time limit has none).
 */
const boundOf = (r: Solved): number | undefined => {
  const gap = r.mipGap ?? (r.status === 'optimal' ? 0 : undefined);
  return gap === undefined ? undefined : r.objective - gap * Math.abs(r.objective);
};

/**
 * The shifts of the preferred rota among those costing no more than `best` (step 3), part by
 * part (rotaParts.ts): minimise Σ preference · n with the part's shift cost held at its value in
 * `best`; the rest of `best` is kept. A part whose search finds nothing keeps `best`'s shifts.
 */
async function preferred(model: LpModel, best: Solved, solveTieBreak: Solve): Promise<readonly number[]> {
  const x = best.x.map((v, j) => (model.vars[j]?.kind === 'continuous' ? v : Math.round(v)));
  for (const part of shiftsParts(model, x)) {
    const { vars } = part.model;
    const shifts = vars.flatMap((v, k) => (isShift(v) ? [k] : []));
    const cost = shifts.reduce((t, k) => t + (vars[k]?.cost ?? 0) * (x[part.original[k] ?? -1] ?? 0), 0);
    const held: Row = {
      id: 'rota_cost',
      kind: 'dual',
      op: '<=',
      rhs: cost + 1e-7 * Math.max(1, cost),
      source: [],
      terms: shifts.map((k) => ({ v: k, coef: vars[k]?.cost ?? 0 })),
    };
    const atValue = vars.map((v, k): Var => {
      if (isShift(v)) return { ...v, cost: v.preference };
      // The part's continuous variables stay where `best` has them: only the shifts move.
      const value = x[part.original[k] ?? -1] ?? 0;
      return { ...v, cost: 0, lower: value, upper: value };
    });
    const r = await solveTieBreak({ vars: atValue, rows: [...part.model.rows, held] });
    if (!solved(r)) continue;
    shifts.forEach((k) => {
      const j = part.original[k];
      if (j !== undefined) x[j] = Math.round(r.x[k] ?? 0);
    });
  }
  return x;
}
