import { VerificationError } from '../errors.js';
import { buildModel } from '../model/buildModel.js';
import type { Scenario } from '../scenario/types.js';
import { solveModel } from '../solver/solveModel.js';
import type { SolveOptions, Solver } from '../solver/solver.js';
import { allocationFrom, buildPlan } from './buildPlan.js';
import { certify, OPTIMALITY_GAP } from './certify.js';
import { diagnose } from './diagnose.js';
import type { Outcome } from './types.js';
import { verifyAllocation } from './verify.js';

/**
 * scenario → model → engine → plan, verified. Returns a plan or an explained infeasibility;
 * throws VerificationError rather than ever returning a plan that breaks a rule.
 */
export async function planScenario(s: Scenario, solver: Solver, options: SolveOptions): Promise<Outcome> {
  const model = buildModel(s);
  const result = await solveModel(model, solver, options);
  if (result.status === 'infeasible') {
    const feasible = async (m: typeof model): Promise<boolean> => (await solveModel(m, solver, options)).status === 'optimal';
    return { status: 'infeasible', name: s.name, file: s.source.file, currency: s.currency, period: s.period, diagnosis: await diagnose(s, model, feasible) };
  }
  if (result.status === 'unbounded') {
    // Costs are positive and hours fixed: an unbounded answer is an engine fault.
    throw new VerificationError(solver.name, ['the engine reported the plan unbounded, which this model cannot be']);
  }
  if (result.status === 'error') throw new VerificationError(solver.name, [result.message]);
  const rows = allocationFrom(s, model, result.x);
  const certificate = certify(model, result.x, result.duals);
  const plan = buildPlan(s, rows, result.engine, certificate);
  const violations = verifyAllocation(s, rows, plan.totalCost);
  if (certificate.kind === 'dual' && certificate.gap > OPTIMALITY_GAP) {
    violations.push(`not proven optimal: cost ${plan.totalCost} is ${(certificate.gap * 100).toPrecision(3)}% above the dual bound ${certificate.lowerBound}`);
  }
  if (violations.length > 0) throw new VerificationError(solver.name, violations);
  return plan;
}
