/**
 * A worker thread of explain (rulesPool.ts): reads the scenario from its YAML layer like the main
 * thread and, while the main thread plans, plans a MILP too or loads HiGHS with an LP; then takes
 * the LP plan's optimal basis (or plans it, when none is sent), so that its engine session
 * starts every re-plan from the plan's optimum as the main thread's does; then prices the share of
 * the rules it is sent, in order, posting one message per rule (progress) and the lifted costs at
 * the end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { basePlan } from './basePlan.js';
import { hasIntegers } from '../model/lp.js';
import { readLayer } from '../scenario/variants.js';
import { pickEngine } from '../solver/engines.js';
import { explainContext } from './context.js';
import { leversOf } from './levers.js';
import { costWithout } from './priceOfRules.js';
import type { PricedMessage, RulesJob, RulesMessage, RulesRequest } from './rulesPool.js';

/** The share of rules asked for, once sent. */
const request = new Promise<RulesRequest>((resolve) => parentPort?.once('message', resolve));

async function run(job: RulesJob): Promise<RulesMessage> {
  const engine = pickEngine(job.engine);
  const read = readLayer(job.layer, job.sets);
  if (!engine || !read.ok) return { kind: 'failed', message: 'the explain worker could not read the scenario' };
  const s = read.scenario;
  const ctx = explainContext(engine, { timeLimitSeconds: job.timeLimitSeconds });
  try {
    const model = ctx.build(s);
    const mixed = hasIntegers(model);
    // While the main thread plans: a MILP is planned here as the main thread plans it (it has no
    // basis to hand over), an LP only has HiGHS and its model loaded.
    const ready = mixed ? basePlan(ctx, s, ctx.options) : ctx.solver.warm(model, ctx.options);
    const [{ keys, basis }] = await Promise.all([request, ready]);
    if (!mixed && basis) {
      // An LP: the plan's optimal basis, from the main thread, is this session's reference too
      // (its solve takes no iteration), so every re-plan starts where the main thread's do.
      ctx.solver.seed(basis);
      await ctx.solve(model);
    } else if (!mixed) {
      // No basis (an engine other than HiGHS): planned as the main thread plans it.
      await basePlan(ctx, s, ctx.options);
    }
    const levers = new Map(leversOf(s, model, ctx.prepare(s).pairs).map((l) => [l.key, l]));
    const costs: (PricedMessage | null)[] = [];
    for (const key of keys) {
      const l = levers.get(key);
      if (!l) return { kind: 'failed', message: `the explain worker found no rule ${key}` };
      const lifted = await costWithout(s, l, ctx);
      costs.push(lifted ? { cost: lifted.cost, bound: lifted.bound ?? null } : null);
      parentPort?.postMessage({ kind: 'rule' } satisfies RulesMessage);
    }
    return { kind: 'done', costs };
  } finally {
    ctx.close();
  }
}

const reply = await run(workerData as RulesJob).catch((e: unknown): RulesMessage => ({
  kind: 'failed',
  message: e instanceof Error ? e.message : String(e),
}));
parentPort?.postMessage(reply);
