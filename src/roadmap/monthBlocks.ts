import { buildModel } from '../model/buildModel.js';
import { isHours, type LpModel, type Row, type Var } from '../model/lp.js';
import type { Horizon } from '../scenario/horizon.js';
import type { Scenario } from '../scenario/types.js';
import { discountFactor, fxIndex, monthIndices, monthLabel, monthScenario, wageIndex } from './months.js';

/** One month of the roadmap: the single-month model at that month's volume, placed in the whole. */
export type MonthBlock = {
  readonly t: number;
  readonly label: string;
  readonly scenario: Scenario;
  /** The month's own model (its variables at `offset` in the roadmap's, its costs undiscounted). */
  readonly model: LpModel;
  readonly offset: number;
  readonly discount: number;
  /** `activity\0country` → roadmap indices of the month's hours of work of that pair. */
  readonly worked: ReadonlyMap<string, readonly number[]>;
};

export const pairKey = (activity: string, country: string): string => `${activity}\u0000${country}`;

/**
 * Every month's model, built once per distinct volume level (a season that comes back reuses
 * its model), placed one after the other: variables and rows renamed `m<t>:…`. The hours keep
 * only their night/Sunday uplift as cost (the agents are paid through their headcount, by the
 * workforce rows), inflated with the country's wages; site costs stay; all discounted.
 */
export function monthBlocks(s: Scenario, h: Horizon, vars: Var[], rows: Row[]): MonthBlock[] {
  const built = new Map<string, { scenario: Scenario; model: LpModel }>();
  const inflation = new Map([...h.countries].map(([code, w]) => [code, w.wageInflation]));
  // A country's costs in the scenario's currency move with the currency its agents are paid in.
  const fx = (country: string, t: number): number => fxIndex(h, h.countries.get(country)?.currency, t);
  const blocks: MonthBlock[] = [];
  for (let t = 1; t <= h.months; t += 1) {
    const indices = monthIndices(s, h, t);
    const key = indices.join(',');
    let month = built.get(key);
    if (!month) {
      const scenario = monthScenario(s, indices);
      month = { scenario, model: buildModel(scenario) };
      built.set(key, month);
    }
    const offset = vars.length;
    const discount = discountFactor(h, t);
    const worked = new Map<string, number[]>();
    month.model.vars.forEach((v, j) => {
      const id = `m${t}:${v.id}`;
      if (isHours(v)) {
        const list = worked.get(pairKey(v.activity, v.country));
        if (list) list.push(offset + j);
        else worked.set(pairKey(v.activity, v.country), [offset + j]);
        vars.push({
          ...v,
          id,
          cost: v.premium * wageIndex(inflation.get(v.country) ?? 0, t) * fx(v.country, t) * discount,
        });
      } else if (v.role === 'site') {
        vars.push({ ...v, id, cost: v.cost * fx(v.country, t) * discount });
      } else {
        vars.push({ ...v, id, cost: v.cost * discount });
      }
    });
    for (const r of month.model.rows)
      rows.push({ ...r, id: `m${t}:${r.id}`, terms: r.terms.map((x) => ({ v: x.v + offset, coef: x.coef })) });
    blocks.push({ t, label: monthLabel(h, t), scenario: month.scenario, model: month.model, offset, discount, worked });
  }
  return blocks;
}
