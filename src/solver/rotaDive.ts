import { objectiveAt, relaxed, type LpModel, type Var } from '../model/lp.js';
import type { SolveResult } from './solver.js';

type Solve = (model: LpModel) => Promise<SolveResult>;

/** A whole plan found by diving, and the relaxation's cost: no plan of the model costs less. */
export type Dived = {
  readonly x: readonly number[];
  readonly objective: number;
  readonly bound: number;
  /** The engine that solved the relaxations. */
  readonly engine: string;
};

/**
 * The dive's rounds: each round raises to the next whole number the counts whose fraction is at
 * least this share (the last round, every fraction), and from the second round on holds the whole
 * counts where they are, re-solving the relaxation between rounds.
 */
const SHARES = [0.6, 0.5, 0.4, 0.2, 0] as const;
/** A round whose raised counts leave no plan (seats) is tried again raising only the larger fractions, this many times. */
const RETRIES = 2;
const EPS = 1e-6;

const fraction = (x: number): number => x - Math.floor(x + EPS);

/**
 * A first rota of a model whose only integers left free are its agents on duty (shifts relaxed:
 * step 1 of rota.ts, without queues or with each queue hour's staffing fixed), by diving on its relaxation: solve it; raise the larger fractions of agents
 * to the next whole agent (a lower bound, so the relaxation may move the hours elsewhere);
 * re-solve; hold the whole counts; raise the next fractions; and so on until every count is
 * whole. Raising only adds agents, so a dive leaves a plan unless a country's seats stop it; a
 * round that leaves none is retried raising fewer counts. The relaxation's first cost bounds
 * every rota from below: the rota found is proven within (objective − bound) / objective of the
 * optimum, without branch and bound (tourism with shifts: 0.36 % after six LPs, where branch and
 * bound took 2.3 s to go below the default 0.5 %). Undefined when the model has other integers,
 * or no plan was found.
 */
export async function dutyDive(model: LpModel, solveRelaxed: Solve): Promise<Dived | undefined> {
  if (model.vars.some((v) => v.kind !== 'continuous' && v.role !== 'duty' && v.lower !== v.upper)) return undefined;
  let vars: readonly Var[] = model.vars;
  let lp = await solveRelaxed(relaxed(model));
  if (lp.status !== 'optimal') return undefined;
  const bound = lp.objective;
  for (let round = 0; round < SHARES.length + 2; round++) {
    const now = lp;
    const fractional = vars.some((v, j) => v.kind !== 'continuous' && fraction(now.x[j] ?? 0) > EPS);
    if (!fractional) break;
    let share: number = SHARES[Math.min(round, SHARES.length - 1)] ?? 0;
    let next: SolveResult = { status: 'infeasible' };
    let nextVars = vars;
    for (let attempt = 0; attempt <= RETRIES && next.status !== 'optimal'; attempt++) {
      nextVars = raised(vars, now.x, share, round > 0);
      next = await solveRelaxed(relaxed({ ...model, vars: nextVars }));
      share = (share + 1) / 2;
    }
    if (next.status !== 'optimal') return undefined;
    vars = nextVars;
    lp = next;
  }
  const last = lp;
  if (last.status !== 'optimal') return undefined;
  const whole = last.x.map((x, j) => (model.vars[j]?.kind === 'continuous' ? x : Math.round(x)));
  if (model.vars.some((v, j) => v.kind !== 'continuous' && Math.abs((last.x[j] ?? 0) - (whole[j] ?? 0)) > EPS))
    return undefined;
  return { x: whole, objective: objectiveAt(model, whole), bound, engine: last.engine };
}

/** `vars` with the counts of `x` whose fraction is at least `share` raised to the next whole; `hold`: whole counts fixed. */
function raised(vars: readonly Var[], x: readonly number[], share: number, hold: boolean): Var[] {
  return vars.map((v, j) => {
    if (v.kind === 'continuous') return v;
    const value = x[j] ?? 0;
    const f = fraction(value);
    if (f <= EPS || 1 - f <= EPS) {
      const at = Math.round(value);
      return hold ? { ...v, lower: at, upper: at } : v;
    }
    return f >= share - 1e-9 ? { ...v, lower: Math.ceil(value) } : v;
  });
}
