import type { Plan } from '../../plan/types.js';
import type { Ctx, CountryRef } from './model.js';

/**
 * The service commitments as data: per activity the volume, handling time, service level
 * targeted and reached, agents at the peak and opening hours; the buyer's global rules with the
 * share the plan gives; the delivery sites.
 */
export type CommitmentsData = {
  readonly kind: 'commitments';
  readonly activities: readonly {
    readonly activity: string;
    readonly hours: number;
    readonly channel: string | undefined;
    readonly volume: number | undefined;
    readonly aht: number | undefined;
    readonly slTarget: { readonly share: number; readonly seconds: number } | undefined;
    /** Contact-weighted service level the plan reaches over the week (queues only). */
    readonly slReached: number | undefined;
    /** Agents at once in the busiest hour, all countries together (sum of each country's peak: an upper bound). */
    readonly peakAgents: number | undefined;
    /** Opening hours, index day × 24 + hour, in the customers' time zone. */
    readonly open: readonly boolean[] | undefined;
  }[];
  readonly timezone: string | undefined;
  /** The buyer's global rules (`rules`), each with the share the plan gives. */
  readonly rules: readonly {
    readonly label: string;
    readonly kind: 'max' | 'min';
    readonly limit: number;
    /** The countries capped together, or undefined: each country (max) / home (min). */
    readonly countries: readonly CountryRef[] | undefined;
    /** The plan's share: of the countries together, the largest country's, or home's. */
    readonly planned: number;
  }[];
  readonly sites: readonly {
    readonly country: CountryRef;
    readonly description: string | undefined;
    readonly seats: number | undefined;
    readonly fte: number;
  }[];
};

const sum = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((t, x) => t + f(x), 0);

function reached(plan: Plan, activity: string): { sl: number | undefined; peak: number | undefined } {
  const qs = plan.pooling?.queues.filter((q) => q.activity === activity) ?? [];
  if (qs.length === 0) return { sl: undefined, peak: undefined };
  const withSl = qs.filter((q) => q.serviceLevel !== undefined);
  const volume = sum(withSl, (q) => q.volume);
  return {
    sl: volume > 0 ? sum(withSl, (q) => q.volume * (q.serviceLevel ?? 0)) / volume : undefined,
    peak: sum(qs, (q) => q.peakAgents),
  };
}

/** Each global rule with the share the plan gives (shares of the hours planned, as the verifier counts them). */
function ruleShares({ plan, scenario, ref }: Ctx): CommitmentsData['rules'] {
  return scenario.globalRules.flatMap((r) => {
    const group = new Set(r.activities ?? scenario.activities.map((a) => a.id));
    const rows = plan.allocation.filter((x) => group.has(x.activity));
    const total = sum(rows, (x) => x.hours);
    const share = (codes: readonly string[]): number =>
      total > 0
        ? sum(
            rows.filter((x) => codes.includes(x.country)),
            (x) => x.hours,
          ) / total
        : 0;
    const out: CommitmentsData['rules'][number][] = [];
    if (r.maxShare !== undefined) {
      out.push({
        label: r.label,
        kind: 'max',
        limit: r.maxShare,
        countries: r.countries?.map(ref),
        planned: r.countries ? share(r.countries) : Math.max(0, ...scenario.countries.map((c) => share([c.code]))),
      });
    }
    if (r.minHomeShare !== undefined)
      out.push({
        label: r.label,
        kind: 'min',
        limit: r.minHomeShare,
        countries: undefined,
        planned: share([scenario.home]),
      });
    return out;
  });
}

export function commitments(ctx: Ctx): CommitmentsData | undefined {
  const { plan, scenario, ref } = ctx;
  const any =
    scenario.activities.some((a) => a.contacts !== undefined || a.coverage !== undefined) ||
    scenario.globalRules.length > 0;
  if (!any && !scenario.bid) return undefined;
  const activities = plan.activities.map((a) => {
    const s = scenario.activities.find((x) => x.id === a.activity);
    const c = s?.contacts;
    const sl = c?.targets.serviceLevel;
    const r = reached(plan, a.activity);
    return {
      activity: a.label ?? a.activity,
      hours: a.hours,
      channel: c?.channel,
      volume: c?.volume,
      aht: c?.aht,
      slTarget: sl === undefined ? undefined : { share: sl.share, seconds: sl.withinSeconds },
      slReached: r.sl,
      peakAgents: r.peak,
      open: s?.coverage?.mask,
    };
  });
  const sites = plan.countries.map((t) => {
    const c = scenario.countries.find((k) => k.code === t.country);
    return { country: ref(t.country), description: c?.description, seats: c?.time.seats, fte: t.fte };
  });
  return { kind: 'commitments', activities, timezone: plan.week?.timezone, rules: ruleShares(ctx), sites };
}
