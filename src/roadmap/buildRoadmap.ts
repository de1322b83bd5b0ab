import type { LpModel, Row, Var } from '../model/lp.js';
import { normaliseHorizon, type Horizon } from '../scenario/horizon.js';
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

/** The scenario's horizon, or the default one (36 months, constant volumes, nothing delivered today). */
export const horizonOf = (s: Scenario): Horizon => s.horizon ?? normaliseHorizon({}, s.countries.map((c) => c.code));

/**
 * One multi-period model (docs/roadmap.md): every month's single-month model at its volume,
 * linked by the staff flows. Minimises the net present value of the costs.
 */
export function buildRoadmap(s: Scenario, options: WorkforceOptions = { asIs: false, elastic: false }): RoadmapModel {
  const horizon = horizonOf(s);
  const vars: Var[] = [];
  const rows: Row[] = [];
  const months = monthBlocks(s, horizon, vars, rows);
  const pools = poolsOf(s, horizon);
  const { pairs, sites, shortfalls } = workforce(s, pools, months, vars, rows, options);
  return { model: { vars, rows }, horizon, months, pools, pairs, sites, shortfalls };
}
