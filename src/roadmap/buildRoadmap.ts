import type { LpModel, Row, Var } from '../model/lp.js';
import { normaliseHorizon, type Horizon, type Workforce } from '../scenario/horizon.js';
import type { Scenario } from '../scenario/types.js';
import { monthBlocks, type MonthBlock } from './monthBlocks.js';
import { poolsOf, type Pool } from './pools.js';
import { workforce, type PairVars, type PoolSites, type Shortfall, type WorkforceOptions } from './workforce.js';

/** The roadmap's model and the map from its variables back to months, pools and staff. */
export type RoadmapModel = {
  readonly model: LpModel;
  readonly horizon: Horizon;
  readonly months: readonly MonthBlock[];
  readonly pools: readonly Pool[];
  readonly pairs: readonly PairVars[];
  readonly sites: readonly PoolSites[];
  readonly shortfalls: readonly Shortfall[];
};

/** Roadmap LPs with more variables than this are given to the interior-point method. */
export const INTERIOR_POINT_VARS = 10_000;

/**
 * Today's delivery continued: each pool recruits as it does today, without the lead time of
 * setting up a transition's recruitment; its hiring limit holds, but a limit of 0 (a
 * transition's decision to stop hiring, e.g. an in-house team left to attrition) is lifted.
 */
const asIsTerms = (w: Workforce): Workforce => ({
  ...w,
  leadMonths: 0,
  hiringPerMonth: w.hiringPerMonth > 0 ? w.hiringPerMonth : Infinity,
});

/** The scenario's horizon, or the default one (36 months, constant volumes, nothing delivered today). */
export const horizonOf = (s: Scenario): Horizon =>
  s.horizon ??
  normaliseHorizon(
    {},
    s.countries.map((c) => c.code),
  );

/**
 * One multi-period model (docs/roadmap.md): every month's single-month model at its volume,
 * linked by the staff flows. Minimises the net present value of the costs.
 */
export function buildRoadmap(s: Scenario, options: WorkforceOptions = { asIs: false, elastic: false }): RoadmapModel {
  const horizon = horizonOf(s);
  const vars: Var[] = [];
  const rows: Row[] = [];
  const months = monthBlocks(s, horizon, vars, rows);
  const pools = poolsOf(s, horizon).map((p) => (options.asIs ? { ...p, terms: asIsTerms(p.terms) } : p));
  const { pairs, sites, shortfalls } = workforce(s, horizon, pools, months, vars, rows, options);
  // Past this size, simplex crawls along the months' chains (300 s+ at 60 × 40 × 10) where the
  // interior-point method takes 28 s of CPU (docs/roadmap.md).
  const model = vars.length > INTERIOR_POINT_VARS ? { vars, rows, method: 'interior-point' as const } : { vars, rows };
  return { model, horizon, months, pools, pairs, sites, shortfalls };
}
