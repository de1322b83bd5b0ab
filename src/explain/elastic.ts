import type { LpModel, Var } from '../model/lp.js';
import { pathKey } from '../scenario/path.js';
import type { Scenario } from '../scenario/types.js';
import { isSolved, type ExplainContext } from './context.js';
import type { Lever } from './levers.js';
import { ruleField } from './ruleValues.js';

/**
 * Priced slack on one rule: a variable t ≥ 0 that moves the rule's value (raises a capacity or a
 * share cap, lowers a floor) in every row of the rule at once, priced 1 per unit while every
 * other cost is 0. Its optimum t* is the smallest change of that rule alone that gives a plan.
 */
export function elasticModel(model: LpModel, key: string, value: number): LpModel {
  const t = model.vars.length;
  const slack: Var = {
    role: 'aux',
    id: `slack[${key}]`,
    cost: 1,
    kind: 'continuous',
    lower: 0,
    upper: Infinity,
    impliedUpper: Infinity,
  };
  return {
    vars: [...model.vars.map((v) => ({ ...v, cost: 0 })), slack],
    rows: model.rows.map((r) => {
      if (pathKey(r.source) !== key || r.op === '=' || r.rhs === 0) return r;
      const k = r.rhs / value;
      return { ...r, terms: [...r.terms, { v: t, coef: r.op === '<=' ? -k : k }] };
    }),
  };
}

export type Relaxation = { readonly from: number; readonly to: number; readonly direction: 'up' | 'down' };

/** The smallest change of a numeric rule alone that gives a plan; undefined when none does. */
export async function smallestRelaxation(
  s: Scenario,
  lever: Lever,
  ctx: ExplainContext,
): Promise<Relaxation | undefined> {
  const field = ruleField(lever.path);
  const value = field?.get(s);
  if (!field || value === undefined || value === 0) return undefined;
  const model = ctx.build(s);
  const rows = model.rows.filter((r) => pathKey(r.source) === lever.key && r.op !== '=' && r.rhs !== 0);
  const op = rows[0]?.op;
  if (!op || rows.some((r) => r.op !== op)) return undefined;
  const solved = await ctx.solve(elasticModel(model, lever.key, value));
  if (!isSolved(solved)) return undefined;
  const t = Math.max(0, solved.x[model.vars.length] ?? 0);
  const direction = op === '<=' ? 'up' : 'down';
  return { from: value, to: direction === 'up' ? value + t : Math.max(0, value - t), direction };
}
