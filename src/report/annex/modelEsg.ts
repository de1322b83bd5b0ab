import type { Ctx } from './model.js';
import type { CountryRef } from './model.js';

/** The ESG section (only when the plan carries ESG figures, i.e. the scenario writes `esg`). */
export type EsgData = {
  readonly kind: 'esg';
  readonly rows: readonly {
    readonly country: CountryRef;
    readonly hours: number;
    readonly teleworkShare: number;
    readonly kgPerHour: number | undefined;
    readonly tonnes: number | undefined;
    readonly tonnesPerYear: number | undefined;
  }[];
  readonly hours: number;
  readonly teleworkShare: number;
  readonly tonnes: number | undefined;
  readonly tonnesPerYear: number | undefined;
  readonly cap: { readonly tonnes: number; readonly per: 'year' | 'month' } | undefined;
  /** Internal edition only: the carbon price the plan was optimised with, and the cost with and without it. */
  readonly price:
    | {
        readonly perTonne: number;
        readonly carbonCost: number;
        readonly costWithout: number;
        readonly costWith: number;
      }
    | undefined;
  readonly social: { readonly minShare: number; readonly hours: number; readonly home: CountryRef } | undefined;
  /** Where each used country's grid intensity comes from (carbon only). */
  readonly grids: readonly {
    readonly country: CountryRef;
    readonly gPerKwh: number;
    readonly year: number | undefined;
  }[];
};

export function esgData({ plan, scenario, ref, edition }: Ctx): EsgData | undefined {
  const e = plan.esg;
  const se = scenario.esg;
  if (!e || !se) return undefined;
  const c = e.carbon;
  return {
    kind: 'esg',
    rows: e.countries.map((k) => ({
      country: ref(k.country),
      hours: k.hours,
      teleworkShare: k.teleworkShare,
      kgPerHour: k.kgPerHour,
      tonnes: k.tonnes,
      tonnesPerYear: k.tonnesPerYear,
    })),
    hours: plan.totalHours,
    teleworkShare: e.teleworkShare,
    tonnes: c?.tonnes,
    tonnesPerYear: c?.tonnesPerYear,
    cap: c?.cap && { tonnes: c.cap.tonnes, per: c.cap.per },
    price:
      edition === 'internal' && c?.price !== undefined
        ? { perTonne: c.price, carbonCost: c.carbonCost, costWithout: plan.totalCost, costWith: c.costWithCarbon }
        : undefined,
    social: e.social && { minShare: e.social.minShare, hours: e.social.hours, home: ref(plan.home) },
    grids:
      c === undefined
        ? []
        : e.countries.flatMap((k) => {
            const f = se.factors[k.country];
            return f?.gridGPerKwh === undefined
              ? []
              : [
                  {
                    country: ref(k.country),
                    gPerKwh: f.gridGPerKwh,
                    year: f.gridFrom === 'table' ? f.gridYear : undefined,
                  },
                ];
          }),
  };
}
