import type { ParetoResult } from '../../options/paretoTypes.js';
import type { AlternativesResult } from '../../options/types.js';
import type { CountryRef, Ctx } from './model.js';

/**
 * The options section (internal edition only): the trade-off front and the near-optimal
 * alternatives the annex command was asked for (`--front cost,home-share`, `--alternatives 3%`),
 * as `bestshore pareto` and `bestshore alternatives` find them. Left out when neither was asked.
 */
export type OptionsData = {
  readonly kind: 'options';
  readonly front: ParetoResult | undefined;
  readonly alternatives: AlternativesResult | undefined;
  /** Every country of the scenario, by code, for names. */
  readonly countries: readonly CountryRef[];
};

/** What the annex is given to fill its options section. */
export type AnnexOptionsInput = {
  readonly front?: ParetoResult | undefined;
  readonly alternatives?: AlternativesResult | undefined;
};

export function optionsData(input: AnnexOptionsInput | undefined, ctx: Ctx): OptionsData | undefined {
  if (ctx.edition !== 'internal' || input === undefined) return undefined;
  if (input.front === undefined && input.alternatives === undefined) return undefined;
  return {
    kind: 'options',
    front: input.front,
    alternatives: input.alternatives,
    countries: ctx.scenario.countries.map((c) => ctx.ref(c.code)),
  };
}
