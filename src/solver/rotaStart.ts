import { isPattern, itemAt, relaxed, type LpModel, type Var } from '../model/lp.js';
import { dutyDive } from './rotaDive.js';
import type { SolveResult } from './solver.js';

type Solve = (model: LpModel) => Promise<SolveResult>;

/**
 * The dive's rounds: a class's staffing is fixed to its leading pattern once that pattern
 * carries at least this share of the class's hours in the relaxation, re-solved between rounds;
 * the last round fixes every class left.
 */
const DIVE_SHARES = [0.7, 0.5, 0] as const;

/** The whole-agent staffing patterns of each queue's time class: their variable indices. */
function patternClasses(model: LpModel): number[][] {
  const byClass = new Map<string, number[]>();
  model.vars.forEach((v, j) => {
    if (!isPattern(v) || v.kind === 'continuous') return;
    const key = `${v.activity}\u0000${v.timeClass}`;
    const list = byClass.get(key);
    if (list) list.push(j);
    else byClass.set(key, [j]);
  });
  return [...byClass.values()];
}

/**
 * A first rota for branch and bound to start from, when a rota staffs whole-agent queues. The
 * engine's own search spends its time limit on cuts at the root of such models without finding
 * a plan (telecom rota: 65 % above the bound after 60 s); once each queue hour has its staffing
 * pattern, the rest (agents on duty, hours work) is an easy model. So: dive on the relaxation,
 * fixing each queue hour to the pattern that carries most of it (rounds of DIVE_SHARES,
 * re-solved between), then dive on the agents on duty once every queue hour is fixed
 * (rotaDive.ts), or else solve the model with those patterns fixed (`solveFixed`, a short time
 * limit). A dive fixed too far to leave a plan steps back one round; none found, or the time
 * limit reached first: undefined.
 * Only a start: the search that follows may change every choice, and its bound is the plan's.
 */
export async function rotaStart(
  model: LpModel,
  solveRelaxed: Solve,
  solveFixed: Solve,
): Promise<readonly number[] | undefined> {
  const classes = patternClasses(model);
  if (classes.length === 0) return undefined;
  let vars: readonly Var[] = model.vars;
  const done = new Set<number>();
  const rounds: (readonly Var[])[] = [];
  for (const share of DIVE_SHARES) {
    const lp = await solveRelaxed(relaxed({ ...model, vars }));
    if (lp.status !== 'optimal') break;
    const next = [...vars];
    classes.forEach((js, k) => {
      if (done.has(k)) return;
      const hours = js.reduce((t, j) => t + (lp.x[j] ?? 0), 0);
      const lead = js.reduce((b, j) => ((lp.x[j] ?? 0) > (lp.x[b] ?? 0) ? j : b), js[0] ?? 0);
      if (hours <= 0 || (lp.x[lead] ?? 0) < share * hours - 1e-9) return;
      done.add(k);
      const whole = Math.round(hours);
      for (const j of js) {
        const value = j === lead ? whole : 0;
        next[j] = { ...itemAt(next, j), lower: value, upper: value };
      }
    });
    vars = next;
    rounds.push(next);
  }
  for (const fixed of rounds.reverse()) {
    // The rest, agents on duty, by diving on its relaxation too (rotaDive.ts); else the engine's search.
    const dived = await dutyDive({ ...model, vars: fixed }, solveRelaxed);
    if (dived) return dived.x;
    const r = await solveFixed({ ...model, vars: fixed });
    if (r.status === 'optimal' || r.status === 'feasible') return r.x;
    // A shallower dive leaves more to search: worth it only when the deeper one has no plan at all.
    if (r.status !== 'infeasible') return undefined;
  }
  return undefined;
}
