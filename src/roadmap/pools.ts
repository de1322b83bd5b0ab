import type { Horizon, Workforce } from '../scenario/horizon.js';
import { workforceOf } from '../scenario/horizon.js';
import type { Scenario } from '../scenario/types.js';
import { monthsShare, startRate } from './months.js';

/** A pool of agents: a country's provider staff, or the client's in-house team in its country. */
export type Pool = {
  /** The country code, or `in-house`. */
  readonly id: string;
  readonly country: string;
  readonly inHouse: boolean;
  readonly costPerHour: number;
  readonly hoursPerFte: number;
  readonly terms: Workforce;
  /** Activity id → FTE today. */
  readonly today: ReadonlyMap<string, number>;
};

export const IN_HOUSE = 'in-house';

/** Every pool of a scenario: one per country, then the in-house team when there is one. */
export function poolsOf(s: Scenario, h: Horizon): Pool[] {
  // Hours per FTE per month, whatever the scenario's period.
  const f = monthsShare(s);
  const pools: Pool[] = s.countries.map((c) => ({
    id: c.code,
    country: c.code,
    inHouse: false,
    costPerHour: c.costPerHour,
    hoursPerFte: c.hoursPerFte * f,
    terms: h.countries.get(c.code) ?? workforceOf(undefined),
    today: new Map(
      [...h.current].flatMap(([a, m]) => ((m.get(c.code) ?? 0) > 0 ? [[a, m.get(c.code) ?? 0] as const] : [])),
    ),
  }));
  const ih = h.inHouse;
  const home = ih && s.countries.find((c) => c.code === ih.country);
  if (ih && home) {
    pools.push({
      id: IN_HOUSE,
      country: ih.country,
      inHouse: true,
      // Written in its own currency: in the scenario's at the start's rate (it moves with fxIndex).
      costPerHour: ih.costPerHour / startRate(h, ih.currency),
      hoursPerFte: home.hoursPerFte * f,
      terms: ih,
      today: new Map([...ih.fte].filter(([, n]) => n > 0)),
    });
  }
  return pools;
}

/**
 * FTE of a month's new agents still missing from productive capacity k months after they start:
 * (1 − ramp[k]) × the share still there, (1 − attrition)^k.
 */
export function rampLoss(w: Workforce, k: number): number {
  const r = w.ramp[k];
  return r === undefined ? 0 : (1 - r) * (1 - w.attrition) ** k;
}
