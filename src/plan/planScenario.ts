import { EXIT, ExitError, VerificationError } from '../errors.js';
import { buildPreparedModel } from '../model/buildModel.js';
import { prepare, type PreparedScenario } from '../model/prepare.js';
import { fixIntegers } from '../model/fixIntegers.js';
import { hasIntegers, objectiveAt, type LpModel } from '../model/lp.js';
import type { Scenario } from '../scenario/types.js';
import { solveModel } from '../solver/solveModel.js';
import { preferredOptimum } from '../solver/tieBreak.js';
import { tieBreakPreference } from '../model/preference.js';
import type { SolveOptions, SolveResult, Solver } from '../solver/solver.js';
import { allocationFrom, buildPlan, decisionsFrom, scheduleFrom, weekFrom } from './buildPlan.js';
import { certify, mipCertificate } from './certify.js';
import { diagnose } from './diagnose.js';
import type { Certificate, Outcome } from './types.js';
import { verifyAllocation } from './verify.js';
import { verifyCoverage } from './verifyCoverage.js';
import { verifySites } from './verifySites.js';
import { verifyStaffing } from './verifyStaffing.js';
import { hasQueues, queueSummaries } from './queueSummary.js';
import { rotaFrom } from './rota.js';
import { verifyRota } from './verifyRota.js';
import { MIP_PROVEN_GAP, OPTIMALITY_GAP } from '../tolerances.js';
import { verifyEsg } from './verifyEsg.js';

export type PlanScenarioOptions = SolveOptions & {
  /** Staff whole FTEs per country (--whole-fte). */
  readonly wholeFte?: boolean;
};

type Solved = Extract<SolveResult, { status: 'optimal' | 'feasible' }>;

/**
 * The optimality certificate of a solution. LP: the dual bound, checked here. MILP: fix the
 * integer decisions, re-solve the hours for them (a search stopped by its time limit may not
 * have finished them), prove those hours optimal with the same dual bound, and report the
 * engine's branch-and-bound gap for the decisions themselves. Returns the values to plan with.
 */
export async function certificateOf(
  model: LpModel,
  result: Solved,
  solver: Solver,
  options: SolveOptions,
  home?: string,
): Promise<{ certificate: Certificate; x: readonly number[] }> {
  // With `home`, the hours among equal-cost ones that the plan prefers (solver/tieBreak.ts).
  const settle = async (m: LpModel, x: readonly number[], duals: readonly number[] | undefined) =>
    home === undefined || duals === undefined
      ? x
      : preferredOptimum(m, x, duals, tieBreakPreference(m, home), (face) => solveModel(face, solver, options));
  if (!hasIntegers(model)) {
    const duals = result.status === 'optimal' ? result.duals : undefined;
    const x = await settle(model, result.x, duals);
    return { certificate: certify(model, x, duals), x };
  }
  const fixed = fixIntegers(model, result.x);
  const lp = await solveModel(fixed.model, solver, options);
  const x = [...result.x];
  if (lp.status === 'optimal') {
    const hours = await settle(fixed.model, lp.x, lp.duals);
    fixed.original.forEach((j, k) => {
      x[j] = hours[k] ?? 0;
    });
  }
  const inner = certify(
    fixed.model,
    fixed.original.map((j) => x[j] ?? 0),
    lp.status === 'optimal' ? lp.duals : undefined,
  );
  if (inner.kind !== 'dual') return { certificate: inner, x };
  const certificate = mipCertificate(inner, fixed.constant, objectiveAt(model, x), result.mipGap);
  return {
    certificate: { ...certificate, ...(result.pricedOut ? { pricedOut: result.pricedOut } : {}) },
    x,
  };
}

/**
 * scenario → model → engine → plan, verified. Returns a plan or an explained infeasibility;
 * throws VerificationError rather than ever returning a plan that breaks a rule.
 */
export async function planScenario(s: Scenario, solver: Solver, options: PlanScenarioOptions): Promise<Outcome> {
  // The derived facts (allowed pairs, time model, queues' agents) once, for every stage below.
  return planPrepared(prepare(s), solver, options);
}

/** planScenario of a scenario already prepared (explain prepares it for its own analyses too). */
export async function planPrepared(
  prepared: PreparedScenario,
  solver: Solver,
  options: PlanScenarioOptions,
): Promise<Outcome> {
  return (await planWithSolution(prepared, solver, options)).outcome;
}

/**
 * planPrepared, with the values of the model's variables behind the plan (undefined: no plan):
 * explain measures every figure from the plan `plan` shows, its mixed-integer one included.
 */
export async function planWithSolution(
  prepared: PreparedScenario,
  solver: Solver,
  options: PlanScenarioOptions,
): Promise<{ readonly outcome: Outcome; readonly x: readonly number[] | undefined }> {
  const s = prepared.scenario;
  const wholeFte = options.wholeFte === true;
  const model = buildPreparedModel(prepared, { wholeFte });
  const result = await solveModel(model, solver, options);
  if (result.status === 'infeasible') {
    const feasible = async (m: LpModel): Promise<boolean> =>
      ['optimal', 'feasible'].includes((await solveModel(m, solver, options)).status);
    const outcome: Outcome = {
      status: 'infeasible',
      name: s.name,
      file: s.source.file,
      currency: s.currency,
      period: s.period,
      diagnosis: await diagnose(prepared, model, feasible),
    };
    return { outcome, x: undefined };
  }
  if (result.status === 'unbounded') {
    // Costs are positive and hours fixed: an unbounded answer is an engine fault.
    throw new VerificationError(solver.name, ['the engine reported the plan unbounded, which this model cannot be']);
  }
  if (result.status === 'error') throw new ExitError(EXIT.internal, `the solver gave no plan: ${result.message}`);
  const { certificate, x } = await certificateOf(model, result, solver, options, s.home);
  const rota = rotaFrom(s, model, x);
  const rows = allocationFrom(s, model, x, rota ? { rota, pairs: prepared.pairs } : undefined);
  const decisions = decisionsFrom(model, x, wholeFte);
  // A search stopped by its time limit whose gap is already closed has found the optimum.
  const status = result.status === 'feasible' && (result.mipGap ?? 1) <= MIP_PROVEN_GAP ? 'optimal' : result.status;
  const schedule = scheduleFrom(model, x);
  const plan = buildPlan(prepared, rows, {
    status,
    engine: result.engine,
    certificate,
    decisions,
    schedule,
    week: weekFrom(s, model),
    queues: hasQueues(s) ? queueSummaries(s, schedule, model) : undefined,
    rota,
  });
  const violations = [
    ...verifyAllocation(
      s,
      rows,
      rows.reduce((t, r) => t + r.cost - r.premiumCost, 0),
      prepared.pairs,
    ),
    ...verifyCoverage(s, plan),
    ...verifyStaffing(s, plan),
    ...verifySites(s, plan),
    ...verifyRota(s, plan),
    ...verifyEsg(s, plan),
  ];
  if (certificate.kind !== 'none' && certificate.gap > OPTIMALITY_GAP) {
    violations.push(
      `not proven optimal: cost ${plan.totalCost} is ${(certificate.gap * 100).toPrecision(3)}% above the dual bound ${certificate.lowerBound}`,
    );
  }
  if (violations.length > 0) throw new VerificationError(result.engine, violations);
  return { outcome: plan, x };
}
