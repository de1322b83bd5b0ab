import { VerificationError } from '../errors.js';
import type { LpModel } from '../model/lp.js';
import { proofOf } from '../plan/proof.js';
import type { Infeasible } from '../plan/types.js';
import type { Scenario } from '../scenario/types.js';
import { feasibleWithout, MAX_CONFLICT_LEVERS, minimalConflict } from './conflict.js';
import { isSolved, pricedResult, type ExplainContext, type ExplainProgress, type Priced } from './context.js';
import { basePlan } from './basePlan.js';
import { countryChoices } from './countryChoice.js';
import { leversOf, type Lever } from './levers.js';
import { marginals } from './marginals.js';
import { replannedMarginals, staffsWholeAgents } from './replanned.js';
import { leverValue, priceOfRules, type RulesPool } from './priceOfRules.js';
import { sensitivity } from './sensitivity.js';
import type { ExplainInfeasible, ExplainPlan, Explanation } from './types.js';
import { waysOut } from './waysOut.js';
import { zeroPrice } from './zeroPrice.js';
import { ruleThreads, startRulesWorker, type RuleThreads } from './rulesPool.js';

/** What the CLI adds: a status line and worker threads. */
export type ExplainMore = {
  /** Names each step (the plan's own solve steps included), for a terminal. */
  readonly status?: (text: string) => void;
  /** Worker threads sharing the re-plans of the rules (the figures do not depend on them). */
  readonly threads?: RuleThreads;
};

/**
 * `bestshore explain`: the verified optimal plan, then what each rule costs (re-solved without
 * it), the marginal values of the binding rules (duals, with their ranges from HiGHS), and
 * why each country is or is not used for each activity. An infeasible scenario gets a minimal
 * conflict and the cheapest ways out instead. `progress` counts the rules priced.
 */
export async function explainScenario(
  s: Scenario,
  ctx: ExplainContext,
  progress?: ExplainProgress,
  more: ExplainMore = {},
): Promise<Explanation> {
  const { status, threads } = more;
  const built = ctx.build(s);
  const levers = leversOf(s, built, ctx.prepare(s).pairs);
  // Workers plan the scenario while this thread does; they get their share of the rules after.
  const pool = threads ? startPool(threads, levers.length, ctx) : undefined;
  try {
    status?.('planning');
    const options = status ? { ...ctx.options, onStep: status } : ctx.options;
    const { outcome, mip } = await basePlan(ctx, s, options);
    if (outcome.status === 'infeasible') {
      status?.('no plan: looking for a minimal conflict');
      return await explainInfeasible(s, outcome, levers, ctx);
    }
    const proof = proofOf(outcome);
    const plan = { totalCost: outcome.totalCost, engine: outcome.engine, gap: proof.proven ? 0 : proof.gap };
    if (mip)
      return await explainPlan(s, built, levers, { ...mip, duals: undefined }, plan, ctx, progress, status, pool);
    // An LP's own model: the engine session answers it from memory (no second solve).
    const solved = await ctx.solve(built);
    if (!isSolved(solved))
      throw new VerificationError(ctx.solver.name, [
        `the plan could not be solved again for its analysis (${solved.status})`,
      ]);
    const base = {
      x: solved.x,
      duals: solved.status === 'optimal' ? solved.duals : undefined,
      priced: pricedResult(solved),
    };
    return await explainPlan(s, built, levers, base, plan, ctx, progress, status, pool);
  } finally {
    pool?.workers.forEach((w) => w.stop());
  }
}

/** Worker threads for the rules: one per thread worth its start beyond this one, if any. */
function startPool(threads: RuleThreads, rules: number, ctx: ExplainContext): RulesPool {
  const count = ruleThreads(rules, threads.workers, threads.minPerThread) - 1;
  const job = {
    layer: threads.layer,
    sets: threads.sets,
    engine: ctx.solver.name,
    timeLimitSeconds: ctx.options.timeLimitSeconds,
  };
  return {
    workers: Array.from({ length: count }, () => startRulesWorker(job, threads.script)),
    ...(threads.minPerThread === undefined ? {} : { least: threads.minPerThread }),
  };
}

async function explainPlan(
  s: Scenario,
  model: LpModel,
  levers: readonly Lever[],
  solved: { readonly x: readonly number[]; readonly duals: readonly number[] | undefined; readonly priced: Priced },
  plan: { readonly totalCost: number; readonly engine: string; readonly gap: number | undefined },
  ctx: ExplainContext,
  progress: ExplainProgress | undefined,
  status: ((text: string) => void) | undefined,
  pool: RulesPool | undefined,
): Promise<ExplainPlan> {
  status?.('marginal values and their ranges');
  const { duals } = solved;
  const sens = await sensitivity(model, solved.x, duals, ctx);
  // Whole-agent queues: no dual prices exist; marginal values are re-planned differences.
  const replanned = staffsWholeAgents(model);
  status?.(`the price of ${levers.length.toLocaleString('en-US')} rules`);
  // The plan's cost and the bound it proves: each rule's saving is measured from it.
  const base = solved.priced;
  const rules = await priceOfRules(
    s,
    levers,
    base,
    ctx,
    progress,
    zeroPrice(s, model, { objective: base.cost, duals }, levers, ctx.build),
    pool,
  );
  if (replanned) status?.('marginal values, re-planned one step at a time');
  const margins = replanned ? await replannedMarginals(s, levers, base, ctx) : sens ? marginals(s, levers, sens) : [];
  return {
    status: 'optimal',
    name: s.name,
    file: s.source.file,
    currency: s.currency,
    period: s.period,
    totalCost: plan.totalCost,
    gap: plan.gap,
    engine: plan.engine,
    // Measured from this model's own optimum, re-solved like each lifted one (the plan's cost,
    // but for a second solve of a mixed-integer model stopped by the time limit).
    rules,
    marginals: margins,
    marginalsFrom: replanned ? 'replanned' : (sens?.source ?? 'none'),
    fixedDecisions: !replanned && (sens?.fixedDecisions ?? false),
    choices: countryChoices(s, model, solved.x, sens, ctx.prepare(s).pairs),
  };
}

async function explainInfeasible(
  s: Scenario,
  outcome: Infeasible,
  levers: readonly Lever[],
  ctx: ExplainContext,
): Promise<ExplainInfeasible> {
  const conflict = await minimalConflict(s, levers, ctx);
  const notEnoughAlone: string[] = [];
  for (const l of conflict ?? []) if (!(await feasibleWithout(s, [l], ctx))) notEnoughAlone.push(l.key);
  return {
    status: 'infeasible',
    name: s.name,
    file: s.source.file,
    currency: s.currency,
    period: s.period,
    conflict: conflict?.map((l) => ({ rule: l.key, kind: l.kind, where: l.where, value: leverValue(s, l) })),
    noConflict: conflict ? undefined : levers.length > MAX_CONFLICT_LEVERS ? 'too-many-rules' : 'no-rule-to-blame',
    notEnoughAlone,
    waysOut: conflict ? await waysOut(s, conflict, ctx) : [],
    diagnosis: outcome.diagnosis,
  };
}
