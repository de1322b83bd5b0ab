import { buildModel, factorKey } from '../model/buildModel.js';
import { isHours, type LpModel } from '../model/lp.js';
import type { Scenario } from '../scenario/types.js';
import { solveModel } from '../solver/solveModel.js';
import type { SolveOptions, SolveResult, Solver } from '../solver/solver.js';
import { agentsFor } from '../staffing/contacts.js';

/** Iterations with free updates before factors may only rise (which guarantees convergence). */
const FREE_ROUNDS = 8;
const MAX_ROUNDS = 100;

export type Pooled = { readonly model: LpModel; readonly result: SolveResult; readonly rounds: number; readonly converged: boolean };

/** Does the scenario have a contact queue (voice/chat with Erlang staffing)? */
export const hasQueues = (s: Scenario): boolean => s.activities.some((a) => a.contacts?.queued === true);

/**
 * Pooling is real: a queue split over countries needs more agents than one queue. Each country's
 * share of a queue-hour is staffed as its own queue, f(t) = agents(t) / t agents per Erlang, which
 * depends on the share t the plan gives it. The LP takes f as fixed; this iteration re-solves with
 * each used share's own f until the shares it gives need exactly the agents it assumed. Unused
 * countries keep the fully pooled f (an optimistic guess that lets the LP try them). After a few
 * free rounds f may only rise, so the plan never assumes fewer agents than its shares need.
 * `transform` edits each model built (explain drops the rows of a rule it prices).
 */
export async function solvePooled(s: Scenario, solver: Solver, options: SolveOptions & { wholeFte: boolean },
  transform: (m: LpModel) => LpModel = (m) => m): Promise<Pooled> {
  let factors = new Map<string, number>();
  let model = transform(buildModel(s, { wholeFte: options.wholeFte, factors }));
  let result = await solveModel(model, solver, options);
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    if (result.status !== 'optimal' && result.status !== 'feasible') return { model, result, rounds: round, converged: false };
    const next = new Map(factors);
    let changed = false;
    const weeks = model.time?.weeksPerPeriod ?? 1;
    model.vars.forEach((v, j) => {
      if (!isHours(v) || v.perErlang === undefined || v.timeClass === undefined) return;
      const hours = result.status === 'optimal' || result.status === 'feasible' ? result.x[j] ?? 0 : 0;
      if (hours <= 1e-9 * Math.max(1, v.impliedUpper)) return;
      const members = model.time?.classes[v.timeClass]?.members.length ?? 1;
      const traffic = hours / v.perErlang / (members * weeks);
      const real = agentsFor(contactsOf(s, v.activity), traffic) / traffic;
      const f = round > FREE_ROUNDS ? Math.max(real, v.perErlang) : real;
      if (Math.abs(f - v.perErlang) > 1e-7 * f) changed = true;
      next.set(factorKey(v.activity, v.country, v.timeClass), f);
    });
    if (!changed) return { model, result, rounds: round, converged: true };
    factors = next;
    model = transform(buildModel(s, { wholeFte: options.wholeFte, factors }));
    result = await solveModel(model, solver, options);
  }
  return { model, result, rounds: MAX_ROUNDS, converged: false };
}

function contactsOf(s: Scenario, id: string) {
  const c = s.activities.find((a) => a.id === id)?.contacts;
  if (!c) throw new Error(`activity ${id} has no contacts`);
  return c;
}
