import { VerificationError } from '../../src/errors.js';
import { planScenario } from '../../src/plan/planScenario.js';
import type { Outcome, Plan } from '../../src/plan/types.js';
import { readScenarioText } from '../../src/scenario/readScenario.js';
import type { Scenario } from '../../src/scenario/types.js';
import { jsLpSolver } from '../../src/solver/jsLpSolver.js';
import { contractLp } from './contractLp.js';
import { toYaml, type GenScenario } from './randomScenario.js';
import { solveReference, type RefResult } from './referenceSimplex.js';
import { liftRule, rulePaths } from './transform.js';

/** Checks shared by the property tests: plan through the library, compare with the reference. */
export const REL = 1e-6;
export const close = (a: number, b: number, rel = REL): boolean =>
  Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

export const reference = (g: GenScenario): RefResult => solveReference(contractLp(g));

export type Planned = { readonly scenario: Scenario; readonly outcome: Outcome };

export async function plan(g: GenScenario): Promise<Planned> {
  const read = readScenarioText('random.yaml', toYaml(g));
  if (!read.ok)
    throw new Error(
      `generated scenario is invalid: ${read.diagnostics.map((d) => `${d.path}: ${d.message}`).join('; ')}`,
    );
  try {
    return {
      scenario: read.scenario,
      outcome: await planScenario(read.scenario, jsLpSolver, { timeLimitSeconds: 30 }),
    };
  } catch (e) {
    // A plan that failed verification must fail the property, with the violations in the message.
    if (e instanceof VerificationError) throw new Error(`VerificationError: ${e.violations.join('; ')}`, { cause: e });
    throw e;
  }
}

/** Check the plan against the generator's own rules (not the program's verifier): problems in words. */
export function independentCheck(g: GenScenario, p: Plan): string[] {
  const lp = contractLp(g);
  const index = new Map(lp.pairs.map((q, j) => [`${q.activity}@${q.country}`, j]));
  const x = new Array<number>(lp.pairs.length).fill(0);
  const out: string[] = [];
  for (const r of p.allocation) {
    const j = index.get(`${r.activity}@${r.country}`);
    if (j === undefined) out.push(`${r.activity} in ${r.country} is not allowed`);
    else if (!(r.hours >= 0)) out.push(`${r.activity} in ${r.country}: ${r.hours} h`);
    else x[j] = r.hours;
  }
  lp.rows.forEach((row, i) => {
    const lhs = row.coefs.reduce((t, a, j) => t + a * (x[j] ?? 0), 0);
    const tol = 1e-6 * Math.max(1, Math.abs(row.rhs));
    const ok =
      row.op === '=' ? Math.abs(lhs - row.rhs) <= tol : row.op === '<=' ? lhs <= row.rhs + tol : lhs >= row.rhs - tol;
    if (!ok) out.push(`row ${i} (${row.op} ${row.rhs}) has ${lhs}`);
  });
  const cost = x.reduce((t, v, j) => t + v * (lp.cost[j] ?? 0), 0);
  if (!close(cost, p.totalCost)) out.push(`cost ${p.totalCost} ≠ recomputed ${cost}`);
  return out;
}

const liftAll = (g: GenScenario, paths: readonly string[]): GenScenario => paths.reduce(liftRule, g);

/** What is wrong with a `combination` message about scenario g, checked with the reference; undefined if nothing. */
export function combinationProblem(g: GenScenario, message: string): string | undefined {
  const named = [...message.matchAll(/([\w.-]+) \(line \d+\)/g)].map((m) => m[1] as string);
  if (named.length === 0) return `combination names no rule: ${message}`;
  // A minimal conflict: the named rules alone leave no plan, and each of them is needed for that.
  const others = rulePaths(g).filter((p) => !named.includes(p));
  if (reference(liftAll(g, others)).status !== 'infeasible') return `the named rules alone do not conflict: ${message}`;
  for (const p of named) {
    if (reference(liftAll(g, [...others, p])).status !== 'optimal')
      return `${p} is not needed for the conflict: ${message}`;
  }
  // What the message promises about lifting one rule in the whole scenario.
  const all = message.endsWith('Lifting any one of them makes a plan possible');
  const some = /Lifting (.+) makes a plan possible; /.exec(message)?.[1]?.split(' or ') ?? [];
  for (const p of named) {
    const promised = all || some.includes(p);
    if ((reference(liftRule(g, p)).status === 'optimal') !== promised)
      return `lifting ${p} ${promised ? 'leaves no plan' : 'gives a plan'}: ${message}`;
  }
  return undefined;
}
